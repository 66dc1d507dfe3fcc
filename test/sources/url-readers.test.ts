import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { readSource } from '../../src/sources/index.js';
import { writeWarc } from '../../src/sources/warc-write.js';
import { MemoryStore } from '../ingest/memory-store.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const STORY = '<article><h1>Bus lane plan approved</h1><p>Councillors in Leeds approved a new bus lane along the ring road on Tuesday after a two-hour debate.</p><p>"It will cut journey times for thousands of commuters," said the transport committee chair, Priya Nair.</p><p>Shop owners on the route said they feared losing parking spaces and would ask for a review.</p></article>';
const PAGE = (head: string) => `<!doctype html><html><head><title>Bus lane</title>${head}</head><body>${STORY}</body></html>`;

test('HTML: the canonical link is normalised', () => {
  const [item] = readSource('p.html', bytes(PAGE('<link rel="canonical" href="HTTPS://Leeds.Example:443/news/bus-lane?utm_source=rss&id=7#comments">'))).items;
  assert.equal(item!.url, 'https://leeds.example/news/bus-lane?id=7');
});

test('HTML: og:url when the canonical link is missing or not absolute, normalised too', () => {
  const [a] = readSource('p.html', bytes(PAGE('<meta property="og:url" content="https://Leeds.example/bus?fbclid=abc">'))).items;
  assert.equal(a!.url, 'https://leeds.example/bus');
  const [b] = readSource('p.html', bytes(PAGE('<link rel="canonical" href="/bus"><meta property="og:url" content="https://leeds.example/bus">'))).items;
  assert.equal(b!.url, 'https://leeds.example/bus');
});

test('RSS: item links are normalised', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
    <item><title>Bus lane</title><link>https://WIRE.example/a?at_medium=RSS&amp;at_campaign=feed&amp;page=2#x</link><description>Councillors approved a bus lane.</description></item>
  </channel></rss>`;
  assert.equal(readSource('f.rss', bytes(rss)).items[0]!.url, 'https://wire.example/a?page=2');
});

test('JSON Lines: the url field is normalised; a non-http one is kept as given', () => {
  const lines = [
    '{"text": "Councillors approved a bus lane.", "url": " https://Leeds.example/a?mc_cid=1&mc_eid=2 "}',
    '{"text": "Shop owners asked for a review.", "url": "urn:example:story:12"}',
  ].join('\n');
  assert.deepEqual(readSource('l.jsonl', bytes(lines)).items.map((i) => i.url), ['https://leeds.example/a', 'urn:example:story:12']);
});

test('WARC: the target URI is normalised, and is the base for a relative canonical link', () => {
  const warc = writeWarc([
    { url: 'https://Leeds.Example/news/one?utm_campaign=x', html: PAGE('') },
    { url: 'https://leeds.example/news/two?ocid=socialflow', html: PAGE('<link rel="canonical" href="/news/two-final?utm_medium=web">').replace('Tuesday', 'Wednesday') },
  ]);
  assert.deepEqual(readSource('c.warc', warc).items.map((i) => i.url), ['https://leeds.example/news/one', 'https://leeds.example/news/two-final']);
});

test('ingest: two links to one report (different tracking, case, fragment) store it once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-url-'));
  mkdirSync(join(dir, 'news'));
  // Different texts (a correction appended), same article by URL: the second is skipped.
  writeFileSync(join(dir, 'news', 'a.jsonl'), `${JSON.stringify({ text: 'Councillors in Leeds approved a bus lane on Tuesday.', url: 'https://Leeds.example/bus?utm_source=twitter#top' })}\n`);
  writeFileSync(join(dir, 'news', 'b.jsonl'), `${JSON.stringify({ text: 'Councillors in Leeds approved a bus lane on Tuesday. Corrected.', url: 'https://leeds.example/bus' })}\n`);
  const store = new MemoryStore();
  const summary = await ingest([join(dir, 'news')], store, { jobs: 0 });
  assert.equal(summary.stored, 1);
  assert.equal(summary.skipped, 1);
  assert.deepEqual([...store.records.values()].map((r) => r.article.url), ['https://leeds.example/bus']);
});
