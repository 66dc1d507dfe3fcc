import type { Database, Statement } from 'better-sqlite3';
import { sameQuote } from './normalize.js';
import type { QuoteWords } from './prepare.js';

/** Pieces of a quote are stored in 'norm' joined by this (it cannot occur inside a normalised piece). */
const PIECE_SEPARATOR = ' … ';
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

export interface QuoteSighting {
  words: QuoteWords;
  kind: string;
  speaker: number | null;
  published: string | null;
}

interface CandidateRow {
  rowid: number;
  norm: string;
  speaker: number | null;
}

/**
 * Finds the stored quote a new sighting repeats (same words, compatible
 * speaker), or stores it as a new quote. Either way returns the quote's rowid.
 */
export class QuoteMerger {
  private readonly quotesWithPrint: Statement<[number], number>;
  private readonly compatibleQuotes: Statement<unknown[], CandidateRow>;
  private readonly sameWordsBy: Statement<[string, number], CandidateRow>;
  private readonly sameWordsUnattributed: Statement<[string], CandidateRow>;
  private readonly sameWords: Statement<[string], CandidateRow>;
  private readonly insert: Statement<unknown[]>;
  private readonly insertFts: Statement<[number, string]>;
  private readonly updateFts: Statement<[string, number]>;
  private readonly addPrint: Statement<[number, number]>;
  private readonly seen: Statement<[{ speaker: number | null; published: string | null; rowid: number }]>;
  private readonly grow: Statement<[string, string, number]>;

  constructor(db: Database) {
    this.quotesWithPrint = db.prepare(`SELECT quote FROM quote_prints WHERE hash = ? LIMIT ${COMMON_PRINT}`).pluck() as
      Statement<[number], number>;
    // MAX_CANDIDATES rowids (unused ones bound to 0, which no quote has), then { speaker }.
    this.compatibleQuotes = db.prepare(`SELECT rowid, norm, speaker FROM quotes
      WHERE rowid IN (${Array(MAX_CANDIDATES).fill('?').join(', ')}) AND (@speaker IS NULL OR speaker IS NULL OR speaker = @speaker)`);
    const byNorm = 'SELECT rowid, norm, speaker FROM quotes WHERE norm = ?';
    this.sameWordsBy = db.prepare(`${byNorm} AND speaker = ? ORDER BY rowid LIMIT 1`);
    this.sameWordsUnattributed = db.prepare(`${byNorm} AND speaker IS NULL ORDER BY rowid LIMIT 1`);
    this.sameWords = db.prepare(`${byNorm} ORDER BY rowid LIMIT 1`);
    this.insert = db.prepare(`INSERT INTO quotes (text, norm, kind, speaker, first_published, last_published, source_count)
      VALUES (?, ?, ?, ?, ?, ?, 1)`);
    this.insertFts = db.prepare('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)');
    this.updateFts = db.prepare('UPDATE quotes_fts SET text = ? WHERE rowid = ?');
    this.addPrint = db.prepare('INSERT OR IGNORE INTO quote_prints (hash, quote) VALUES (?, ?)');
    this.seen = db.prepare(`UPDATE quotes SET source_count = source_count + 1, speaker = COALESCE(speaker, @speaker),
      first_published = CASE WHEN @published IS NOT NULL AND (first_published IS NULL OR @published < first_published)
        THEN @published ELSE first_published END,
      last_published = CASE WHEN @published IS NOT NULL AND (last_published IS NULL OR @published > last_published)
        THEN @published ELSE last_published END
      WHERE rowid = @rowid`);
    this.grow = db.prepare('UPDATE quotes SET text = ?, norm = ? WHERE rowid = ?');
  }

  /** The quote's rowid, or undefined when the text has no words to match on. */
  add(sighting: QuoteSighting): number | undefined {
    const { text, pieces, prints } = sighting.words;
    if (pieces.length === 0) return undefined;
    const norm = pieces.join(PIECE_SEPARATOR);
    const repeat = this.findRepeat(norm, sighting.speaker);
    if (repeat) {
      // The same words: nothing to grow, and no print the quote lacks.
      this.seen.run({ speaker: sighting.speaker, published: sighting.published, rowid: repeat.rowid });
      return repeat.rowid;
    }
    const holders = prints.map((hash) => this.quotesWithPrint.all(hash));
    const match = this.findMatch(pieces, holders, sighting.speaker);
    if (!match) {
      const rowid = Number(this.insert.run(text, norm, sighting.kind, sighting.speaker,
        sighting.published, sighting.published).lastInsertRowid);
      this.insertFts.run(rowid, text);
      this.addPrints(prints, holders, rowid);
      return rowid;
    }
    this.seen.run({ speaker: sighting.speaker, published: sighting.published, rowid: match.rowid });
    if (norm.length > match.norm.length) {
      // Keep the fullest version as the quote's text, and find it by its new words too.
      this.grow.run(text, norm, match.rowid);
      this.updateFts.run(text, match.rowid);
    }
    this.addPrints(prints, holders, match.rowid);
    return match.rowid;
  }

  /** A stored quote with exactly these normalised words and a compatible speaker, the same speaker first. */
  private findRepeat(norm: string, speaker: number | null): CandidateRow | undefined {
    if (speaker === null) return this.sameWords.get(norm);
    return this.sameWordsBy.get(norm, speaker) ?? this.sameWordsUnattributed.get(norm);
  }

  /** `holders[i]`: the quotes holding `prints[i]` (at most COMMON_PRINT of them). */
  private findMatch(pieces: string[], holders: number[][], speaker: number | null): CandidateRow | undefined {
    // Quotes sharing the most distinctive prints first; stock phrases only when nothing rarer is shared.
    let rare = holders.filter((quotes) => quotes.length < COMMON_PRINT);
    if (!rare.some((quotes) => quotes.length > 0)) rare = holders;
    const shared = new Map<number, number>();
    for (const quotes of rare) for (const quote of quotes) shared.set(quote, (shared.get(quote) ?? 0) + 1);
    if (shared.size === 0) return undefined;
    const ranked = [...shared].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([quote]) => quote);
    // One query for the candidates with a compatible speaker, then checked word by word in rank order.
    const ids = ranked.concat(Array<number>(MAX_CANDIDATES - ranked.length).fill(0));
    const rows = new Map(this.compatibleQuotes.all(...ids, { speaker }).map((row) => [row.rowid, row]));
    for (const quote of ranked) {
      const candidate = rows.get(quote);
      if (candidate && sameQuote(pieces, candidate.norm.split(PIECE_SEPARATOR))) return candidate;
    }
    return undefined;
  }

  /** Stores the prints that are not yet stock phrases (nor already the quote's). */
  private addPrints(prints: number[], holders: number[][], rowid: number): void {
    for (let i = 0; i < prints.length; i++) {
      const quotes = holders[i]!;
      if (quotes.length < COMMON_PRINT && !quotes.includes(rowid)) this.addPrint.run(prints[i]!, rowid);
    }
  }
}
