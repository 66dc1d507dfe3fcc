/** `dossier ingest` from source in a child process, and what it stored: for the tests that kill or interrupt it. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const root = new URL('../..', import.meta.url).pathname;
const entry = join(root, 'test/ingest/cli-entry.ts');

export interface IngestRun { code: number | null; signal: NodeJS.Signals | null; stderr: string }

/** Starts `dossier ingest ARGS…`; `done` settles when it exits, with its stderr. */
export function spawnIngest(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, 'ingest', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => { stderr += c; });
  const done = new Promise<IngestRun>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
  return { child, done };
}

/** Articles committed to the store so far (0 before it is created or migrated). */
export function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}
