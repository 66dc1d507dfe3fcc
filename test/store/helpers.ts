import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh path for a store file in its own temporary directory (removed when the tests end). */
export function tempStorePath(name = 'test.db'): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  made.push(dir);
  return join(dir, name);
}

/** Runs one SQL query on a store file directly, to check what the Store API wrote. */
export function sql<T>(path: string, query: string, ...params: unknown[]): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(query).all(...params) as T[];
  } finally {
    db.close();
  }
}

export function count(path: string, table: string): number {
  return sql<{ n: number }>(path, `SELECT count(*) AS n FROM ${table}`)[0]!.n;
}

/**
 * Every row of every table (full-text indexes by their contents), sorted, with
 * the write time left out: two stores built from the same records in the
 * same order must dump the same.
 */
export function dumpStore(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%fts%'")
      .pluck().all() as string[];
    const rows = tables.flatMap((table) => (db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[])
      .map((row) => `${table} ${JSON.stringify({ ...row, stored_at: undefined })}`));
    for (const fts of ['articles_fts', 'quotes_fts']) {
      rows.push(...(db.prepare(`SELECT rowid, * FROM ${fts}`).all() as object[]).map((row) => `${fts} ${JSON.stringify(row)}`));
    }
    return rows.sort();
  } finally {
    db.close();
  }
}
