import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { writeMixedCorpus } from '../../bench/mixed-files.js';

const root = new URL('../..', import.meta.url).pathname;
const entry = join(root, 'test/ingest/cli-entry.ts');
const dir = mkdtempSync(join(tmpdir(), 'dossier-interrupt-'));
const news = join(dir, 'news');
const corpus = writeMixedCorpus(news, {
  text: 400, html: 0, feedItems: 0, jsonlFiles: 0, linesPerJsonl: 0, warcFiles: 0, pagesPerWarc: 0, brokenEach: 0, badJsonlLine: false,
}, 5);

function ingest(db: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, 'ingest', news, '--db', db, '--commit-every', '4'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c) => { stderr += c; });
  const done = new Promise<{ code: number | null; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { child, done };
}

function stored(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not migrated yet
  }
}

test('Ctrl-C (SIGINT) stops an ingest with one line saying what is kept and how to resume, exit 130; the same command finishes it', async () => {
  const db = join(dir, 'store.db');
  const first = ingest(db);
  // Interrupted once the first articles are committed, well before the 400 are.
  const deadline = Date.now() + 60_000;
  while (stored(db) === 0 && Date.now() < deadline) await sleep(20);
  first.child.kill('SIGINT');
  const stopped = await first.done;
  assert.equal(stopped.code, 130, stopped.stderr);
  const line = /dossier ingest: interrupted; the articles stored so far \(at least (\d+)\) are kept, and the same command resumes where this one stopped\n$/.exec(stopped.stderr);
  assert.ok(line, stopped.stderr);
  assert.ok(!existsSync(`${db}-ingest.lock`), 'the lock is released');
  const kept = stored(db);
  assert.ok(kept >= Number(line[1]) && kept < corpus.articles, `${kept} stored, ${line[1]} reported`);
  const resumed = await ingest(db).done;
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stderr, new RegExp(`stored ${(corpus.articles - kept).toLocaleString('en')} articles?, skipped ${kept.toLocaleString('en')} `));
  assert.equal(stored(db), corpus.articles);
});
