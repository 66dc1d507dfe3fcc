import type Database from 'better-sqlite3';
import type { DossierRecord } from '../record/types.js';
import { openDatabase, StoreError } from './open.js';
import { planRecord } from './plan.js';
import { StoreQueries } from './queries.js';
import type {
  BatchOptions, Digest, EntityQuery, EntityRow, EventQuery, EventRow, QuoteQuery, QuoteRow, RecordEntry, RecordOrigin, SearchHit, SearchQuery, Store,
  StoredArticle, StoreOptions, StoreStats,
} from './types.js';
import { RecordWriter } from './writer.js';

/** The SQLite-backed Store. Queries live in queries.ts; writing in writer.ts. */
export class SqliteStore implements Store {
  readonly path: string;
  protected readonly db: Database.Database;
  private writer: RecordWriter | undefined;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly queries: StoreQueries;
  private readonly readonly: boolean;

  constructor(path: string, options: StoreOptions = {}) {
    this.path = path;
    this.readonly = options.readonly ?? false;
    this.db = openDatabase(path, this.readonly);
    this.queries = new StoreQueries(this.db, path);
  }

  hasArticle(id: string, url?: string): boolean {
    return this.recordWriter().has(id, url);
  }

  putRecord(record: DossierRecord, origin?: RecordOrigin): boolean {
    return this.putBatch([{ record, ...(origin && { origin }) }])[0]!;
  }

  putRecords(records: Iterable<DossierRecord>, origin?: RecordOrigin): number {
    const plans = Array.from(records, (record) => ({ plan: planRecord(record), ...(origin && { origin }) }));
    return this.putBatch(plans).filter(Boolean).length;
  }

  putBatch(entries: readonly RecordEntry[], options: BatchOptions = {}): boolean[] {
    this.assertWritable();
    const writer = this.recordWriter();
    const plans = entries.map((e) => ('plan' in e ? e.plan : planRecord(e.record)));
    // An open transaction here is one held by an earlier putBatch (nothing else opens one on this connection).
    if (!this.db.inTransaction) this.statement('BEGIN IMMEDIATE').run();
    try {
      writer.begin();
      const written = plans.map((plan, i) => writer.write(plan, entries[i]!.origin));
      if (!options.hold) this.commit();
      return written;
    } catch (err) {
      this.rollback();
      throw err;
    }
  }

  /**
   * Writes the summed counter updates of every batch since the last commit
   * (an entity seen in 40 of them is one update), then commits. A failure
   * rolls back everything held, as a failing batch does.
   */
  commit(): void {
    if (!this.db.inTransaction) return;
    try {
      this.writer?.flush();
      this.statement('COMMIT').run();
    } catch (err) {
      this.rollback();
      throw err;
    }
  }

  private rollback(): void {
    if (this.db.inTransaction) this.statement('ROLLBACK').run();
    this.writer?.reset();
  }

  quotes(query: QuoteQuery): QuoteRow[] {
    return this.queries.quotes(query);
  }

  events(query: EventQuery): EventRow[] {
    return this.queries.events(query);
  }

  entities(query: EntityQuery): EntityRow[] {
    return this.queries.entities(query);
  }

  search(query: SearchQuery): SearchHit[] {
    return this.queries.search(query);
  }

  article(idOrUrl: string): StoredArticle | undefined {
    return this.queries.article(idOrUrl);
  }

  stats(): StoreStats {
    return this.queries.stats();
  }

  digest(size?: number): Digest {
    return this.queries.digest(size);
  }

  records(): Generator<StoredArticle> {
    return this.queries.records();
  }

  allEvents(): Generator<EventRow> {
    return this.queries.allEvents();
  }

  /** Commits held batches (whole records, as separate commits would have stored them), then closes. */
  close(): void {
    if (!this.db.open) return;
    this.commit();
    this.db.close();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private recordWriter(): RecordWriter {
    return (this.writer ??= new RecordWriter(this.db));
  }

  private assertWritable(): void {
    if (this.readonly) throw new StoreError(`store ${this.path} is open read-only`);
  }
}
