import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/input/errors.js';
import { ingestInThread } from '../../src/ingest/thread.js';
import { openStore } from '../../src/store/index.js';

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-thread-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'a.txt'), 'Harbour strike\n\nDock workers in Rotterdam walked out on Tuesday, the union said.\n');
  writeFileSync(join(dir, 'in', 'b.txt'), 'Budget vote\n\n"We will not support this budget," the opposition leader told reporters on Monday.\n');
  writeFileSync(join(dir, 'in', 'c.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
  return dir;
}

test('ingest on its own thread stores the articles and reports problems and progress through the callbacks', async () => {
  const dir = corpus();
  const problems: string[] = [];
  let progressed = 0;
  const summary = await ingestInThread([join(dir, 'in')], join(dir, 'store.db'), {
    jobs: 1, onProblem: (line) => problems.push(line), onProgress: () => progressed++,
  });
  assert.equal(summary.stored, 2);
  assert.equal(summary.failedFiles, 1);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /c\.bin: /);
  assert.ok(progressed >= 1);
  const store = openStore(join(dir, 'store.db'), { readonly: true });
  assert.equal(store.stats().articles, 2);
  store.close();
});

test('bad input found on the ingest thread comes back as an InputError', async () => {
  const dir = corpus();
  await assert.rejects(ingestInThread([join(dir, 'in')], join(dir, 'store.db'), { jobs: 1, publishedDefault: 'last Tuesday' }),
    (err: Error) => err instanceof InputError && /not a date/.test(err.message));
  await assert.rejects(ingestInThread([join(dir, 'in')], dir, { jobs: 1 }),
    (err: Error) => err instanceof InputError && /is a directory/.test(err.message));
});

test('one ingest at a time per store: a running one is named, a lock left by a killed one is taken over', async () => {
  const dir = corpus();
  const db = join(dir, 'store.db');
  const lock = `${db}-ingest.lock`;
  // This test's own process is running: the ingest refuses, and leaves its lock alone.
  writeFileSync(lock, `${process.pid}\n`);
  await assert.rejects(ingestInThread([join(dir, 'in')], db, { jobs: 1 }),
    (err: Error) => err instanceof InputError && err.message.includes(`another ingest (process ${process.pid}) is writing to ${db}`));
  assert.ok(existsSync(lock));
  // A process that has ended: its lock is stale, the ingest runs and removes the lock when done.
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(lock, `${gone.stdout}\n`);
  const summary = await ingestInThread([join(dir, 'in')], db, { jobs: 1 });
  assert.equal(summary.stored, 2);
  assert.ok(!existsSync(lock));
});
