import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMixedCorpus } from '../../bench/mixed-files.js';
import { ingest } from '../../src/ingest/index.js';
import { InputError } from '../../src/input/errors.js';
import { articleId } from '../../src/record/to-record.js';
import { MemoryStore } from './memory-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
const corpus = writeMixedCorpus(join(dir, 'news'), {
  text: 738, html: 150, feedItems: 6, jsonlFiles: 5, linesPerJsonl: 10, warcFiles: 4, pagesPerWarc: 4, brokenEach: 20, badJsonlLine: true,
});

async function run(store: MemoryStore, paths = [join(dir, 'news')]) {
  const problems: string[] = [];
  const summary = await ingest(paths, store, { jobs: 2, onProblem: (line) => problems.push(line) });
  return { summary, problems };
}

/** One clean run, shared by the tests that compare against it. */
const cleanRun = (async () => {
  const store = new MemoryStore();
  return { store, ...(await run(store)) };
})();

test('1,000 mixed files: every good article stored, each bad file reported in one line', async () => {
  assert.equal(corpus.files, 1000);
  const { store, summary, problems } = await cleanRun;
  assert.equal(summary.filesTotal, 1000);
  assert.equal(summary.stored, corpus.articles, 'every good article is stored');
  assert.equal(store.records.size, corpus.articles);
  assert.equal(problems.length, corpus.bad.length, problems.slice(0, 5).join('\n'));
  for (const { path, reason } of corpus.bad) {
    const line = problems.find((p) => p.startsWith(`${path}: `));
    assert.ok(line, `${path} is reported`);
    assert.match(line, reason);
    assert.doesNotMatch(line, /\n/);
  }
  assert.equal(summary.failedFiles, corpus.bad.length);
  const formats = new Set([...store.origins.values()].map((p) => p?.split('.').slice(1).join('.')));
  assert.deepEqual([...formats].sort(), ['atom', 'html', 'json', 'jsonl', 'rss', 'txt', 'warc', 'warc.gz']);
  const summaries = [...store.records.values()].filter((r) => r.messages?.some((m) => m.text.startsWith('summary only')));
  assert.equal(summaries.length, 2, 'every third RSS item had only a summary');
});

test('each stored record carries the text it was analysed from (the text its id hashes)', async () => {
  const { store } = await cleanRun;
  for (const [id, record] of store.records) {
    assert.equal(articleId(record.article.text), id);
    for (const entity of record.entities) {
      for (const m of entity.mentions) assert.equal(m.text, record.article.text.slice(m.start, m.end));
    }
  }
});

test('re-ingesting is a no-op, and a store holding any subset resumes to the same articles', async () => {
  const { store: clean } = await cleanRun;
  const again = await run(clean);
  assert.equal(again.summary.stored, 0);
  assert.equal(again.summary.skipped, corpus.articles);

  const partial = new MemoryStore();
  const ids = [...clean.records.keys()];
  for (let i = 0; i < ids.length; i += 3) partial.putRecord(clean.records.get(ids[i]!)!, { path: clean.origins.get(ids[i]!)! });
  const resumed = await run(partial);
  assert.equal(resumed.summary.stored, corpus.articles - Math.ceil(ids.length / 3));
  assert.deepEqual([...partial.records.keys()].sort(), ids.sort());
});

test('the same article in two files, or two texts under one URL, is stored once', async () => {
  const sub = join(dir, 'dupes');
  const text = 'Ministers met in Oslo on Friday to discuss fishing quotas.\n\nThe talks ended without agreement, officials said.';
  writeMixedCorpus(sub, { text: 0, html: 0, feedItems: 0, jsonlFiles: 0, linesPerJsonl: 0, warcFiles: 0, pagesPerWarc: 0, brokenEach: 0, badJsonlLine: false });
  writeFileSync(join(sub, 'a.txt'), text);
  writeFileSync(join(sub, 'b.txt'), text);
  writeFileSync(join(sub, 'c.jsonl'), [
    JSON.stringify({ text: 'First version of the report.', url: 'https://one.example/x' }),
    JSON.stringify({ text: 'Updated version of the report.', url: 'https://one.example/x' }),
  ].join('\n'));
  const store = new MemoryStore();
  const { summary } = await run(store, [join(sub, '*.txt'), join(sub, 'c.jsonl')]);
  assert.equal(summary.stored, 2);
  assert.equal(summary.skipped, 2);
});

test('missing paths and globs that match nothing are reported, the rest still ingested', async () => {
  const store = new MemoryStore();
  const { summary, problems } = await run(store, [join(dir, 'nope'), join(dir, 'news', '*.nothing'), join(dir, 'news', 'report-000[0-4].txt')]);
  assert.equal(summary.stored, 5);
  assert.deepEqual(problems.map((p) => p.replace(dir, 'DIR')), ['DIR/nope: no such file', 'DIR/news/*.nothing: no files match']);
});

test('--published-default fills in only where the source has no date', async () => {
  const store = new MemoryStore();
  await ingest([join(dir, 'news', 'report-0001.txt'), join(dir, 'news', 'agency-0001.jsonl')], store, { jobs: 1, publishedDefault: '2025-06-30' });
  const dates = [...store.records.values()].map((r) => r.article.published);
  assert.equal(dates.filter((d) => d === '2025-06-30').length, 1);
  assert.equal(dates.length, 11);
  await assert.rejects(ingest([], store, { publishedDefault: 'last Tuesday' }), /not a date/);
});

for (const jobs of [1, 0]) {
  test(`a knowledge-base file that does not load ends the run with one error, not one per article (jobs ${jobs})`, async () => {
    const kb = join(dir, `broken-kb-${jobs}.json`);
    writeFileSync(kb, '{"entries": [');
    const store = new MemoryStore();
    const problems: string[] = [];
    const run = ingest([join(dir, 'news')], store, { jobs, kbFiles: [kb], onProblem: (line) => problems.push(line) });
    await assert.rejects(run, (err: Error) => err instanceof InputError && err.message.startsWith(`knowledge-base file ${kb}: `));
    // Files read before the run ended may have had problems of their own; no article failed for the knowledge base.
    assert.deepEqual(problems.filter((p) => p.includes('knowledge-base')), []);
    assert.equal(store.records.size, 0);
  });
}
