import type { Database, Statement } from 'better-sqlite3';
import { quotePieces, quotePrints, sameQuote } from './normalize.js';

/** Pieces of a quote are stored in 'norm' joined by this (it cannot occur inside a normalised piece). */
const PIECE_SEPARATOR = ' … ';
/** How many candidate quotes sharing prints are checked word by word. */
const MAX_CANDIDATES = 12;

export interface QuoteSighting {
  text: string;
  kind: string;
  speaker: number | null;
  published: string | null;
}

interface CandidateRow {
  rowid: number;
  norm: string;
  text: string;
  speaker: number | null;
}

/**
 * Finds the stored quote a new sighting repeats (same words, compatible
 * speaker), or stores it as a new quote. Either way returns the quote's rowid.
 */
export class QuoteMerger {
  private readonly quotesWithPrint: Statement<[number], number>;
  private readonly quoteById: Statement<[number], CandidateRow>;
  private readonly insert: Statement<unknown[]>;
  private readonly insertFts: Statement<[number, string]>;
  private readonly updateFts: Statement<[string, number]>;
  private readonly addPrint: Statement<[number, number]>;
  private readonly seen: Statement<[{ speaker: number | null; published: string | null; rowid: number }]>;
  private readonly grow: Statement<[string, string, number]>;

  constructor(db: Database) {
    this.quotesWithPrint = db.prepare('SELECT quote FROM quote_prints WHERE hash = ? LIMIT 64').pluck() as Statement<[number], number>;
    this.quoteById = db.prepare('SELECT rowid, norm, text, speaker FROM quotes WHERE rowid = ?');
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
    const pieces = quotePieces(sighting.text);
    if (pieces.length === 0) return undefined;
    const prints = quotePrints(pieces);
    const match = this.findMatch(pieces, prints, sighting.speaker);
    const norm = pieces.join(PIECE_SEPARATOR);
    if (!match) {
      const rowid = Number(this.insert.run(sighting.text, norm, sighting.kind, sighting.speaker,
        sighting.published, sighting.published).lastInsertRowid);
      this.insertFts.run(rowid, sighting.text);
      this.addPrints(prints, rowid);
      return rowid;
    }
    this.seen.run({ speaker: sighting.speaker, published: sighting.published, rowid: match.rowid });
    if (norm.length > match.norm.length) {
      // Keep the fullest version as the quote's text, and find it by its new words too.
      this.grow.run(sighting.text, norm, match.rowid);
      this.updateFts.run(sighting.text, match.rowid);
    }
    this.addPrints(prints, match.rowid);
    return match.rowid;
  }

  private findMatch(pieces: string[], prints: number[], speaker: number | null): CandidateRow | undefined {
    // Quotes sharing the most prints first.
    const shared = new Map<number, number>();
    for (const hash of prints) for (const quote of this.quotesWithPrint.all(hash)) shared.set(quote, (shared.get(quote) ?? 0) + 1);
    const ranked = [...shared].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES);
    for (const [quote] of ranked) {
      const candidate = this.quoteById.get(quote)!;
      const compatible = speaker === null || candidate.speaker === null || speaker === candidate.speaker;
      if (compatible && sameQuote(pieces, candidate.norm.split(PIECE_SEPARATOR))) return candidate;
    }
    return undefined;
  }

  private addPrints(prints: number[], rowid: number): void {
    for (const hash of prints) this.addPrint.run(hash, rowid);
  }
}
