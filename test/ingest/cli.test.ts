import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { runCli } from '../cli/io.js';

const examples = new URL('../../examples', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-cli-'));

test('dossier ingest examples/: every bundled format stored, only the summary in a pipe, exit 0; again: a no-op', async () => {
  const db = join(dir, 'examples.db');
  const first = await runCli(['ingest', examples, '--db', db, '--jobs', '2']);
  assert.equal(first.code, 0);
  assert.equal(first.stdout, '');
  assert.match(first.stderr, /^stored 10 articles, skipped 0 \(already stored\), no problems; 7 files in /);
  const store = openStore(db, { readonly: true });
  try {
    assert.equal(store.stats().articles, 10);
  } finally {
    store.close();
  }
  const again = await runCli(['ingest', examples, '--db', db, '--jobs', '1', '--quiet']);
  assert.deepEqual(again, { code: 0, stdout: '', stderr: '' });
});

test('bad files: one line each with path and reason, then a summary, exit code 1', async () => {
  const news = join(dir, 'mixed');
  mkdirSync(news);
  copyFileSync(join(examples, 'grain-talks.txt'), join(news, 'grain-talks.txt'));
  writeFileSync(join(news, 'empty.txt'), '');
  writeFileSync(join(news, 'feed.rss'), '<rss><channel><item><title>x</channel></rss>');
  const { code, stdout, stderr } = await runCli(['ingest', news, join(dir, 'missing.html'), '--db', join(dir, 'bad.db')]);
  assert.equal(code, 1);
  assert.equal(stdout, '');
  const lines = stderr.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 3).sort(), [
    `${join(dir, 'missing.html')}: no such file`,
    `${join(news, 'empty.txt')}: empty file`,
    `${join(news, 'feed.rss')}: malformed XML feed: The XML document is not well-formed`,
  ].sort());
  assert.match(lines[3]!, /^stored 1 article, skipped 0 \(already stored\), 3 problems in 3 files; 3 files in /);
  assert.equal(lines.length, 4);
});

test('usage errors', async () => {
  assert.equal((await runCli(['ingest'])).code, 2);
  assert.match((await runCli(['ingest', examples, '--jobs', 'many'])).stderr, /--jobs takes a positive whole number/);
  const bad = await runCli(['ingest', examples, '--db', join(dir, 'x.db'), '--published-default', 'soon']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /--published-default "soon" is not a date/);
});
