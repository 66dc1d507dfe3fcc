import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { InputError } from '../input/errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';

/** A store that cannot be opened or used: the CLI prints it in one line (exit code 1). */
export class StoreError extends InputError {
  override name = 'StoreError';
}

/**
 * Opens (creating when allowed) the SQLite file and brings its schema up to
 * date. WAL lets queries read while an ingest writes; synchronous=NORMAL keeps
 * every committed transaction through a killed process (not a power cut).
 */
export function openDatabase(path: string, readonly: boolean): Database.Database {
  if (readonly && !existsSync(path)) throw new StoreError(`no store at ${path} (ingest some reports first, or pass --db FILE)`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new StoreError(`${path} is a directory, not a store file`);
  if (readonly) {
    const version = withDatabase(path, true, (db) => schemaVersion(db, path));
    // An older store is migrated once by a writable connection, then read.
    if (version < SCHEMA_VERSION) withDatabase(path, false, (db) => migrate(db, path));
    return configure(connect(path, true), true);
  }
  const db = configure(connect(path, false), false);
  try {
    migrate(db, path);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function connect(path: string, readonly: boolean): Database.Database {
  try {
    return new Database(path, { readonly, fileMustExist: readonly });
  } catch (err) {
    throw new StoreError(`cannot open store ${path}: ${(err as Error).message}`);
  }
}

function withDatabase<T>(path: string, readonly: boolean, use: (db: Database.Database) => T): T {
  const db = connect(path, readonly);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/**
 * Page size of a new store. Rows are large (an article with its layers is
 * about 7 KB) and every commit appends each page it dirtied to the WAL, one
 * frame (two writes) a page: with 16 KB pages a commit makes a quarter of
 * the frames, and writing a record took about a tenth less CPU time than
 * with SQLite's default 4 KB (npm run bench -- store: 888–897 against
 * 973–978 µs an article, interleaved runs). A store keeps the page size it
 * was created with.
 */
const NEW_STORE_PAGE_BYTES = 16384;
/** Checkpoint every ~40 MB of WAL rather than 4 MB: hot pages (indexes, counters) are then copied back once per checkpoint, not ten times. */
const CHECKPOINT_WAL_BYTES = 40 * 1024 * 1024;

function configure(db: Database.Database, readonly: boolean): Database.Database {
  try {
    if (!readonly) {
      // Only an empty file takes a page size (before WAL mode, which fixes it).
      if (isEmpty(db)) db.pragma(`page_size = ${NEW_STORE_PAGE_BYTES}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      const pageBytes = db.pragma('page_size', { simple: true }) as number;
      db.pragma(`wal_autocheckpoint = ${Math.ceil(CHECKPOINT_WAL_BYTES / pageBytes)}`);
    }
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    // Readers map the file (fast look-ups). A writer does not: pages it reads
    // through a map count towards its resident memory up to the map size,
    // while its page cache above is bounded.
    if (readonly) db.pragma('mmap_size = 268435456');
    return db;
  } catch (err) {
    db.close();
    throw asStoreError(err, db.name);
  }
}

function isEmpty(db: Database.Database): boolean {
  return (db.pragma('page_count', { simple: true }) as number) === 0;
}

/** The schema version of a dossier store; refuses SQLite files that are something else. */
function schemaVersion(db: Database.Database, path: string): number {
  let version: number;
  let tables: number;
  try {
    version = db.pragma('user_version', { simple: true }) as number;
    tables = (db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
  } catch (err) {
    throw asStoreError(err, path);
  }
  if (version === 0 && tables > 0) throw new StoreError(`${path} is an SQLite database but not a dossier store`);
  if (version > SCHEMA_VERSION) {
    throw new StoreError(`${path} was written by a newer dossier (store schema ${version}; this one knows up to ${SCHEMA_VERSION})`);
  }
  return version;
}

function migrate(db: Database.Database, path: string): void {
  const from = schemaVersion(db, path);
  for (const migration of MIGRATIONS) {
    if (migration.version <= from) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

function asStoreError(err: unknown, path: string): Error {
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_NOTADB') return new StoreError(`${path} is not a dossier store (not an SQLite database)`);
  if (code === 'SQLITE_CORRUPT') return new StoreError(`${path} is damaged (SQLite reports corruption)`);
  return err instanceof Error ? err : new Error(String(err));
}
