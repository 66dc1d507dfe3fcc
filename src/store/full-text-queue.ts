import type { Database, Statement } from 'better-sqlite3';

/**
 * The full-text rows of a transaction, written just before it commits, in
 * the order they were made.
 *
 * FTS5 keeps a transaction's new terms in memory and writes them out as one
 * index segment when the transaction commits, or earlier, whenever a
 * statement opens a statement savepoint (as a multi-row INSERT does). Written
 * last, after every other row of the transaction, they stay one segment per
 * commit, whatever statements write the other rows; and the index's pages
 * are written together rather than between every record's other rows. The
 * texts are held until then: an ingest commits every 512 records or half a
 * second, whichever comes first.
 */
export class FullTextQueue {
  private readonly insertArticle: Statement<[number, string | null, string]>;
  private readonly insertQuote: Statement<[number, string]>;
  private readonly updateQuote: Statement<[string, number]>;
  /** Full-text operations in the order made: [operation, rowid, title, text]. */
  private readonly pending: [FullTextOp, number, string | null, string][] = [];

  constructor(db: Database) {
    this.insertArticle = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.insertQuote = db.prepare('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)');
    this.updateQuote = db.prepare('UPDATE quotes_fts SET text = ? WHERE rowid = ?');
  }

  article(rowid: number, title: string | null, text: string): void {
    this.pending.push([FullTextOp.Article, rowid, title, text]);
  }

  newQuote(rowid: number, text: string): void {
    this.pending.push([FullTextOp.NewQuote, rowid, null, text]);
  }

  /** A stored quote's text became `text` (a longer version of it was seen). */
  quoteGrew(rowid: number, text: string): void {
    this.pending.push([FullTextOp.QuoteGrew, rowid, null, text]);
  }

  /** Writes what waits; call last before the commit. */
  write(): void {
    for (const [op, rowid, title, text] of this.pending) {
      if (op === FullTextOp.Article) this.insertArticle.run(rowid, title, text);
      else if (op === FullTextOp.NewQuote) this.insertQuote.run(rowid, text);
      else this.updateQuote.run(text, rowid);
    }
    this.pending.length = 0;
  }

  /** Drops what waits (the transaction was rolled back). */
  discard(): void {
    this.pending.length = 0;
  }
}

const enum FullTextOp { Article, NewQuote, QuoteGrew }
