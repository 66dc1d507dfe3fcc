import type Database from 'better-sqlite3';
import type { DossierRecord } from '../record/types.js';
import { openDatabase, StoreError } from './open.js';
import { StoreQueries } from './queries.js';
import type {
  Digest, EntityQuery, EntityRow, EventQuery, EventRow, QuoteQuery, QuoteRow, RecordEntry, RecordOrigin, SearchHit, SearchQuery, Store,
  StoredArticle, StoreOptions, StoreStats,
} from './types.js';
import { RecordWriter } from './writer.js';

/** The SQLite-backed Store. Queries live in queries.ts; writing in writer.ts. */
export class SqliteStore implements Store {
  readonly path: string;
  protected readonly db: Database.Database;
  private writer: RecordWriter | undefined;
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
    this.assertWritable();
    const writer = this.recordWriter();
    return this.db.transaction(() => writer.write(record, origin)).immediate();
  }

  putRecords(records: Iterable<DossierRecord>, origin?: RecordOrigin): number {
    this.assertWritable();
    const writer = this.recordWriter();
    return this.db.transaction(() => {
      let added = 0;
      for (const record of records) if (writer.write(record, origin)) added++;
      return added;
    }).immediate();
  }

  putBatch(entries: readonly RecordEntry[]): boolean[] {
    this.assertWritable();
    const writer = this.recordWriter();
    return this.db.transaction(() => entries.map((e) => writer.write(e.record, e.origin, e.prepared))).immediate();
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

  close(): void {
    if (this.db.open) this.db.close();
  }

  private recordWriter(): RecordWriter {
    return (this.writer ??= new RecordWriter(this.db));
  }

  private assertWritable(): void {
    if (this.readonly) throw new StoreError(`store ${this.path} is open read-only`);
  }
}
