import type { Database, Statement } from 'better-sqlite3';
import { hash53, sameQuote } from './normalize.js';
import type { QuoteWords } from './plan.js';
import type { FullTextQueue } from './full-text-queue.js';
import { StoredHashes } from './hash-filter.js';

/** Pieces of a quote are stored in 'norm' joined by this (it cannot occur inside a normalised piece). */
const PIECE_SEPARATOR = ' … ';
/** Candidate quotes' words and speakers kept in memory, at most (the cache is dropped past it). */
const MAX_CACHED_QUOTES = 50_000;
/** How many candidate quotes sharing prints are checked word by word. */
const MAX_CANDIDATES = 12;
/**
 * Document-frequency cap: a print is stored for at most this many quotes.
 * A print that many different quotes share is a stock phrase ("wants this to
 * drag on into the new year"): it points at every quote using the phrase, so
 * it does not help find one, and reading and ranking its rows was most of the
 * cost of storing a quote. Which quotes hold the capped rows depends only on
 * the order records were stored in, so equal stores stay equal.
 */
const COMMON_PRINT = 16;
/** Prints whose holders are kept in memory, at most (about 80 bytes each; the cache is dropped past it). */
const MAX_KNOWN_PRINTS = 200_000;
/** Prints looked up per query (SQLite binds at most 32,766 parameters). */
const PRINTS_PER_QUERY = 64;

export interface QuoteSighting extends QuoteWords {
  kind: string;
  speaker: number | null;
  published: string | null;
}

interface CandidateRow {
  rowid: number;
  norm: string;
  speaker: number | null;
  /** `norm` as pieces, and as words joined by spaces: worked out when the quote is first a candidate. */
  pieces?: string[];
  words?: string;
}

/** Sightings of a stored quote since the last flush (a commit), written then. */
interface Seen {
  count: number;
  first: string | null;
  last: string | null;
}

/**
 * Finds the stored quote a new sighting repeats (same words, compatible
 * speaker), or stores it as a new quote. Either way returns the quote's rowid.
 */
export class QuoteMerger {
  private readonly db: Database;
  /** By number of prints looked up. */
  private readonly quotesWithPrints = new Map<number, Statement<number[], { hash: number; quote: number }>>();
  private readonly quotesById: Statement<number[], CandidateRow>;
  private readonly sameWordsBy: Statement<[string, number], CandidateRow>;
  private readonly sameWords: Statement<[string], CandidateRow>;
  private readonly insert: Statement<unknown[]>;
  private readonly addPrint: Statement<[number, number]>;
  private readonly attribute: Statement<[number, number]>;
  private readonly addSightings: Statement<[{ count: number; first: string | null; last: string | null; rowid: number }]>;
  private readonly grow: Statement<[string, string, number]>;
  private readonly seen = new Map<number, Seen>();
  /** Every stored print: most prints of a new quote were never stored and need no look-up. */
  private readonly prints: StoredHashes;
  /** Hashes of every stored quote's words ('norm'): most new quotes need no look-up for an exact repeat. */
  private readonly norms: StoredHashes;
  /** Words and speaker of quotes met as candidates or stored here, kept up to date by this merger. */
  private readonly rows = new Map<number, CandidateRow>();
  /**
   * The stored holders of prints this merger has met, complete and in rowid
   * order, as the table has them: a print looked up once, or stored here, is
   * not looked up again (a quote repeated by several outlets brings its
   * prints back within hours). Kept complete by adding every print stored
   * here; dropped when it grows past MAX_KNOWN_PRINTS.
   */
  private readonly known = new Map<number, number[]>();
  /** Reused by every match: how many prints each candidate shares. */
  private readonly shared = new SharedPrints();

  /** `fullText`: where the quotes' full-text rows go, written before the commit. */
  constructor(db: Database, private readonly fullText: FullTextQueue) {
    this.db = db;
    const allPrints = db.prepare('SELECT hash FROM quote_prints').pluck() as Statement<[], number>;
    const printCount = db.prepare('SELECT count(*) FROM quote_prints').pluck() as Statement<[], number>;
    this.prints = new StoredHashes(() => allPrints.iterate(), () => printCount.get()!);
    const allNorms = db.prepare('SELECT norm FROM quotes').pluck() as Statement<[], string>;
    const quoteCount = db.prepare('SELECT count(*) FROM quotes').pluck() as Statement<[], number>;
    this.norms = new StoredHashes(() => hashesOf(allNorms.iterate()), () => quoteCount.get()!);
    // MAX_CANDIDATES rowids (unused ones bound to 0, which no quote has).
    this.quotesById = db.prepare(`SELECT rowid, norm, speaker FROM quotes WHERE rowid IN (${Array(MAX_CANDIDATES).fill('?').join(', ')})`);
    const byNorm = 'SELECT rowid, norm, speaker FROM quotes WHERE norm = ?';
    // The speaker's own quote first, else an unattributed one.
    this.sameWordsBy = db.prepare(`${byNorm} AND (speaker = ? OR speaker IS NULL) ORDER BY speaker IS NULL, rowid LIMIT 1`);
    this.sameWords = db.prepare(`${byNorm} ORDER BY rowid LIMIT 1`);
    this.insert = db.prepare(`INSERT INTO quotes (text, norm, kind, speaker, first_published, last_published, source_count)
      VALUES (?, ?, ?, ?, ?, ?, 1)`);
    this.addPrint = db.prepare('INSERT OR IGNORE INTO quote_prints (hash, quote) VALUES (?, ?)');
    this.attribute = db.prepare('UPDATE quotes SET speaker = ? WHERE rowid = ?');
    this.addSightings = db.prepare(`UPDATE quotes SET source_count = source_count + @count,
      first_published = CASE WHEN @first IS NOT NULL AND (first_published IS NULL OR @first < first_published)
        THEN @first ELSE first_published END,
      last_published = CASE WHEN @last IS NOT NULL AND (last_published IS NULL OR @last > last_published)
        THEN @last ELSE last_published END
      WHERE rowid = @rowid`);
    this.grow = db.prepare('UPDATE quotes SET text = ?, norm = ? WHERE rowid = ?');
  }

  /** The quote's rowid, or undefined when the text has no words to match on. */
  add(sighting: QuoteSighting): number | undefined {
    const { text, pieces, prints } = sighting;
    if (pieces.length === 0) return undefined;
    const norm = pieces.join(PIECE_SEPARATOR);
    const normHash = hash53(norm);
    const repeat = this.findRepeat(norm, normHash, sighting.speaker);
    if (repeat) {
      // The same words: nothing to grow, and no print the quote lacks.
      this.seenAgain(repeat, sighting);
      return repeat.rowid;
    }
    const holders = this.holders(prints);
    const match = this.findMatch(pieces, holders, sighting.speaker);
    if (!match) {
      const rowid = Number(this.insert.run(text, norm, sighting.kind, sighting.speaker,
        sighting.published, sighting.published).lastInsertRowid);
      this.fullText.newQuote(rowid, text);
      this.norms.add(normHash);
      this.rows.set(rowid, { rowid, norm, speaker: sighting.speaker });
      this.addPrints(prints, holders, rowid);
      return rowid;
    }
    this.seenAgain(match, sighting);
    if (norm.length > match.norm.length) {
      // Keep the fullest version as the quote's text, and find it by its new words too.
      this.grow.run(text, norm, match.rowid);
      this.fullText.quoteGrew(match.rowid, text);
      this.norms.add(normHash);
      match.norm = norm;
      match.pieces = pieces;
      match.words = undefined;
    }
    this.addPrints(prints, holders, match.rowid);
    return match.rowid;
  }

  /** Writes the sighting counts and dates summed since the last flush. */
  flush(): void {
    for (const [rowid, { count, first, last }] of this.seen) this.addSightings.run({ count, first, last, rowid });
    this.seen.clear();
    if (this.rows.size > MAX_CACHED_QUOTES) this.rows.clear();
    if (this.known.size > MAX_KNOWN_PRINTS) this.known.clear();
  }

  /** Forgets the pending counts and what it knows of stored prints (a rollback, or another connection wrote). */
  reset(): void {
    this.seen.clear();
    this.prints.forget();
    this.norms.forget();
    this.known.clear();
    this.rows.clear();
  }

  /**
   * One more sighting of a stored quote. The speaker is written at once (it
   * decides later matches); counts and dates at the next flush.
   */
  private seenAgain(quote: CandidateRow, sighting: QuoteSighting): void {
    if (quote.speaker === null && sighting.speaker !== null) {
      this.attribute.run(sighting.speaker, quote.rowid);
      quote.speaker = sighting.speaker;
    }
    const { published } = sighting;
    const seen = this.seen.get(quote.rowid);
    if (!seen) {
      this.seen.set(quote.rowid, { count: 1, first: published, last: published });
      return;
    }
    seen.count++;
    if (published !== null && (seen.first === null || published < seen.first)) seen.first = published;
    if (published !== null && (seen.last === null || published > seen.last)) seen.last = published;
  }

  /** A stored quote with exactly these normalised words and a compatible speaker, the same speaker first. */
  private findRepeat(norm: string, normHash: number, speaker: number | null): CandidateRow | undefined {
    if (!this.norms.mayHave(normHash)) return undefined;
    const row = speaker === null ? this.sameWords.get(norm) : this.sameWordsBy.get(norm, speaker);
    return row && this.cached(row);
  }

  /** The cached row of a quote read from the table (the table and the cache agree: this merger writes both). */
  private cached(row: CandidateRow): CandidateRow {
    const known = this.rows.get(row.rowid);
    if (known) return known;
    this.rows.set(row.rowid, row);
    return row;
  }

  /**
   * For each print, the quotes holding it (in rowid order, at most
   * COMMON_PRINT of them). Only prints neither known here nor ruled out by
   * the filter are looked up: most prints of a new quote were never stored.
   */
  private holders(prints: number[]): number[][] {
    const holders = new Array<number[]>(prints.length);
    let lookUp: Map<number, number[]> | undefined;
    for (let i = 0; i < prints.length; i++) {
      const hash = prints[i]!;
      const known = this.known.get(hash);
      if (known) {
        holders[i] = known;
        continue;
      }
      const quotes: number[] = [];
      holders[i] = quotes;
      if (this.prints.mayHave(hash)) {
        (lookUp ??= new Map()).set(hash, quotes);
        this.known.set(hash, quotes); // filled in below, complete
      }
    }
    if (lookUp) {
      const hashes = [...lookUp.keys()];
      for (let i = 0; i < hashes.length; i += PRINTS_PER_QUERY) {
        const some = hashes.slice(i, i + PRINTS_PER_QUERY);
        for (const row of this.printQuery(some.length).all(...some)) lookUp.get(row.hash)!.push(row.quote);
      }
    }
    return holders;
  }

  private printQuery(n: number): Statement<number[], { hash: number; quote: number }> {
    let query = this.quotesWithPrints.get(n);
    if (!query) {
      query = this.db.prepare(`SELECT hash, quote FROM quote_prints WHERE hash IN (${Array(n).fill('?').join(', ')})`);
      this.quotesWithPrints.set(n, query);
    }
    return query;
  }

  /** `holders[i]`: the quotes holding `prints[i]` (at most COMMON_PRINT of them). */
  private findMatch(pieces: string[], holders: number[][], speaker: number | null): CandidateRow | undefined {
    // Quotes sharing the most distinctive prints first; stock phrases only when nothing rarer is shared.
    let rare = holders.filter((quotes) => quotes.length < COMMON_PRINT);
    if (!rare.some((quotes) => quotes.length > 0)) rare = holders;
    const shared = this.shared.count(rare);
    if (shared === 0) return undefined;
    const ranked = this.shared.most(MAX_CANDIDATES);
    // Candidates not in memory in one query, then each with a compatible speaker checked word by word in rank order.
    const missing = ranked.filter((quote) => !this.rows.has(quote));
    if (missing.length > 0) {
      const ids = missing.concat(Array<number>(MAX_CANDIDATES - missing.length).fill(0));
      for (const row of this.quotesById.all(...ids)) this.rows.set(row.rowid, row);
    }
    const words = pieces.join(' ');
    for (const quote of ranked) {
      const candidate = this.rows.get(quote);
      if (!candidate || (speaker !== null && candidate.speaker !== null && candidate.speaker !== speaker)) continue;
      candidate.pieces ??= candidate.norm.split(PIECE_SEPARATOR);
      candidate.words ??= candidate.pieces.join(' ');
      if (sameQuote(pieces, candidate.pieces, words, candidate.words)) return candidate;
    }
    return undefined;
  }

  /** Stores the prints that are not yet stock phrases (nor already the quote's), and knows their holders from then on. */
  private addPrints(prints: number[], holders: number[][], rowid: number): void {
    for (let i = 0; i < prints.length; i++) {
      const quotes = holders[i]!;
      if (quotes.length < COMMON_PRINT && !quotes.includes(rowid)) {
        const hash = prints[i]!;
        this.addPrint.run(hash, rowid);
        this.prints.add(hash);
        // In rowid order, as the table gives them: the order ranks candidates, and must not depend on the cache.
        let at = quotes.length;
        while (at > 0 && quotes[at - 1]! > rowid) at--;
        quotes.splice(at, 0, rowid);
        this.known.set(hash, quotes);
      }
    }
  }
}

/**
 * Past this many distinct candidates, a Map finds a quote among them: a scan
 * for each would grow with the square of their number (a long quote sharing
 * prints with hundreds of others).
 */
const SCAN_LIMIT = 128;

/**
 * The quotes holding a new quote's prints, in the order first met, with how
 * many of the prints each holds. Kept in two arrays that only grow, reused
 * for every quote: a Map made for each, and rehashed as it grew, was most
 * of what storing a quote allocated. A new quote has 13-15 candidates at the
 * median, about 90 at the 99th percentile and up to 161 (6,000 news and
 * 3,000 stock-quote bench reports), so they are found by a scan up to
 * SCAN_LIMIT and by a Map made only past it.
 */
class SharedPrints {
  private readonly quotes: number[] = [];
  private readonly counts: number[] = [];
  private size = 0;

  /** Counts the quotes in the lists; returns how many distinct ones there are. */
  count(lists: readonly number[][]): number {
    this.size = 0;
    let index: Map<number, number> | undefined;
    for (const list of lists) {
      for (const quote of list) {
        const at = index ? index.get(quote) ?? -1 : this.indexOf(quote);
        if (at >= 0) {
          this.counts[at]!++;
          continue;
        }
        this.quotes[this.size] = quote;
        this.counts[this.size] = 1;
        index?.set(quote, this.size);
        this.size++;
        if (!index && this.size > SCAN_LIMIT) index = this.indexAll();
      }
    }
    return this.size;
  }

  /**
   * The `k` quotes sharing the most prints, most first, ties in the order
   * first met: the first `k` of a stable sort by count, without sorting them all.
   */
  most(k: number): number[] {
    const top: number[] = [];
    const topCounts: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const count = this.counts[i]!;
      if (top.length === k && count <= topCounts[k - 1]!) continue;
      let at = top.length;
      while (at > 0 && topCounts[at - 1]! < count) at--;
      // Shifted by hand: splice would make an array of what it removes, every time.
      top.push(0);
      topCounts.push(0);
      for (let j = top.length - 1; j > at; j--) {
        top[j] = top[j - 1]!;
        topCounts[j] = topCounts[j - 1]!;
      }
      top[at] = this.quotes[i]!;
      topCounts[at] = count;
      if (top.length > k) {
        top.pop();
        topCounts.pop();
      }
    }
    return top;
  }

  private indexOf(quote: number): number {
    for (let at = 0; at < this.size; at++) if (this.quotes[at] === quote) return at;
    return -1;
  }

  private indexAll(): Map<number, number> {
    const index = new Map<number, number>();
    for (let at = 0; at < this.size; at++) index.set(this.quotes[at]!, at);
    return index;
  }
}

function* hashesOf(texts: Iterable<string>): Generator<number> {
  for (const text of texts) yield hash53(text);
}
