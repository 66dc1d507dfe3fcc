import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeMixedCorpus } from '../../bench/mixed-files.js';
import { spawnIngest, storedCount } from './cli-child.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-interrupt-'));
const news = join(dir, 'news');
const corpus = writeMixedCorpus(news, {
  text: 400, html: 0, feedItems: 0, jsonlFiles: 0, linesPerJsonl: 0, warcFiles: 0, pagesPerWarc: 0, brokenEach: 0, badJsonlLine: false,
}, 5);

function ingest(db: string) {
  return spawnIngest([news, '--db', db, '--commit-every', '4']);
}

test('Ctrl-C (SIGINT) stops an ingest with one line saying what is kept and how to resume, exit 130; the same command finishes it', async () => {
  const db = join(dir, 'store.db');
  const first = ingest(db);
  // Interrupted once the first articles are committed, well before the 400 are.
  const deadline = Date.now() + 60_000;
  while (storedCount(db) === 0 && Date.now() < deadline) await sleep(20);
  first.child.kill('SIGINT');
  const stopped = await first.done;
  assert.equal(stopped.code, 130, stopped.stderr);
  const line = /dossier ingest: interrupted; the articles stored so far \(at least (\d+)\) are kept, and the same command resumes where this one stopped\n$/.exec(stopped.stderr);
  assert.ok(line, stopped.stderr);
  assert.ok(!existsSync(`${db}-ingest.lock`), 'the lock is released');
  const kept = storedCount(db);
  assert.ok(kept >= Number(line[1]) && kept < corpus.articles, `${kept} stored, ${line[1]} reported`);
  const resumed = await ingest(db).done;
  assert.equal(resumed.code, 0, resumed.stderr);
  assert.match(resumed.stderr, new RegExp(`stored ${(corpus.articles - kept).toLocaleString('en')} articles?, skipped ${kept.toLocaleString('en')} `));
  assert.equal(storedCount(db), corpus.articles);
});
