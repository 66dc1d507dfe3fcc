import type Database from 'better-sqlite3';
import type { DossierRecord } from '../record/types.js';
import { openDatabase, StoreError } from './open.js';
import type { RecordOrigin, Store, StoreOptions } from './types.js';
import { RecordWriter } from './writer.js';

/** The SQLite-backed Store. Queries live in queries.ts; writing in writer.ts. */
export class SqliteStore implements Store {
  readonly path: string;
  protected readonly db: Database.Database;
  private writer: RecordWriter | undefined;
  private readonly readonly: boolean;

  constructor(path: string, options: StoreOptions = {}) {
    this.path = path;
    this.readonly = options.readonly ?? false;
    this.db = openDatabase(path, this.readonly);
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
