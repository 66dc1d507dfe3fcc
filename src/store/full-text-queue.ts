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
 *
 * A quote holds one pending operation, with its latest text: a quote that
 * grows (a longer version is seen) in the transaction that stored it is
 * written once, and one stored before grows once however often it grew.
 * Changing a row of the index costs far more than adding one (it removes
 * the old text's terms first): at 0.2 changes a news-length report, they
 * were 5% of the writer's instructions.
 */
export class FullTextQueue {
  private readonly insertArticle: Statement<[number, string | null, string]>;
  private readonly insertQuote: Statement<[number, string]>;
  private readonly updateQuote: Statement<[string, number]>;
  /** Full-text operations in the order made. */
  private readonly pending: PendingOp[] = [];
  /** The pending operation of each quote, by its rowid. */
  private readonly quotes = new Map<number, PendingOp>();

  constructor(db: Database) {
    this.insertArticle = db.prepare('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.insertQuote = db.prepare('INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)');
    this.updateQuote = db.prepare('UPDATE quotes_fts SET text = ? WHERE rowid = ?');
  }

  article(rowid: number, title: string | null, text: string): void {
    this.pending.push([FullTextOp.Article, rowid, title, text]);
  }

  newQuote(rowid: number, text: string): void {
    this.queueQuote(FullTextOp.NewQuote, rowid, text);
  }

  /** A stored quote's text became `text` (a longer version of it was seen). */
  quoteGrew(rowid: number, text: string): void {
    const waiting = this.quotes.get(rowid);
    if (waiting) waiting[3] = text; // not written yet: written with the longer text
    else this.queueQuote(FullTextOp.QuoteGrew, rowid, text);
  }

  /** Writes what waits; call last before the commit. */
  write(): void {
    for (const [op, rowid,, text] of this.pending) if (op === FullTextOp.QuoteGrew) this.updateQuote.run(text, rowid);
    for (const [op, rowid, title, text] of this.pending) {
      if (op === FullTextOp.Article) this.insertArticle.run(rowid, title, text);
      else if (op === FullTextOp.NewQuote) this.insertQuote.run(rowid, text);
    }
    this.pending.length = 0;
    this.quotes.clear();
  }

  private queueQuote(op: FullTextOp, rowid: number, text: string): void {
    const entry: PendingOp = [op, rowid, null, text];
    this.pending.push(entry);
    this.quotes.set(rowid, entry);
  }

  /** Drops what waits (the transaction was rolled back). */
  discard(): void {
    this.pending.length = 0;
    this.quotes.clear();
  }
}

const enum FullTextOp { Article, NewQuote, QuoteGrew }
/** [operation, rowid, title, text] */
type PendingOp = [FullTextOp, number, string | null, string];
