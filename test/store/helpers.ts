import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh path for a store file in its own temporary directory. */
export function tempStorePath(name = 'test.db'): string {
  return join(mkdtempSync(join(tmpdir(), 'dossier-store-')), name);
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
