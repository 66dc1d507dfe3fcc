import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../../src/store/index.js';
import { buildRecord, loadRecords } from './fixtures.js';
import { tempStorePath } from './helpers.js';

const records = loadRecords();
const path = tempStorePath();
const writer = openStore(path);
writer.putRecords(records);
writer.close();
const store: Store = openStore(path, { readonly: true });

test('quotes --speaker finds one row per quote with every outlet as a source', () => {
  const quotes = store.quotes({ speaker: 'Keir Starmer' });
  assert.equal(quotes.length, 3);
  assert.ok(quotes.every((q) => q.speaker?.name === 'Keir Starmer'));
  const pragmatic = quotes.find((q) => /pragmatic/.test(q.text))!;
  assert.deepEqual(pragmatic.sources.map((s) => s.source).sort(), ['Capital Wire', 'The Northern Ledger']);
  assert.equal(pragmatic.sourceCount, 2);
  assert.equal(quotes[0]!.lastPublished, '2025-01-10', 'newest first');
});

test('a speaker is found by a name part, a mention name or a Wikidata id', () => {
  assert.equal(store.quotes({ speaker: 'starmer' }).length, 3);
  assert.equal(store.quotes({ speaker: 'Q6389185' }).length, 3);
  assert.deepEqual(store.quotes({ speaker: 'Nobody Atall' }), []);
});

test('quotes --about matches entities mentioned in the quote and words of it', () => {
  const aboutChina = store.quotes({ speaker: 'Keir Starmer', about: 'China' });
  assert.deepEqual(aboutChina.map((q) => q.text).length, 1);
  assert.match(aboutChina[0]!.text, /pragmatic relationship with China/);
  const aboutClimate = store.quotes({ about: 'climate change' });
  assert.equal(aboutClimate.length, 1);
  assert.equal(store.quotes({ speaker: 'Keir Starmer', about: 'sanctions' }).length, 0);
});

test('quotes --since/--until filter by publication date, with month and year prefixes', () => {
  assert.equal(store.quotes({ speaker: 'Keir Starmer', since: '2025' }).length, 1);
  assert.equal(store.quotes({ speaker: 'Keir Starmer', until: '2024-11' }).length, 2);
  assert.equal(store.quotes({ since: '2024-12-01', until: '2024-12-31' }).length, 2);
  assert.throws(() => store.quotes({ since: 'last week' }), /ISO date/);
});

test('events --between finds events with a party from each country, either way round', () => {
  const gbrChn = store.events({ between: ['GBR', 'CHN'] });
  assert.equal(gbrChn.length, 2);
  assert.ok(gbrChn.every((e) => e.type === 'CONSULT'));
  assert.deepEqual(gbrChn[0]!.actors.map((a) => a.name), ['Keir Starmer']);
  assert.deepEqual(gbrChn[0]!.recipients.map((a) => a.name), ['Xi Jinping']);
  assert.equal(store.events({ between: ['chn', 'gbr'] }).length, 2);
  assert.equal(store.events({ between: ['USA', 'CHN'], type: 'SANCTION' }).length, 1);
  assert.equal(store.events({ between: ['USA', 'CHN'], type: 'CONSULT' }).length, 0);
  assert.equal(store.events({ between: ['USA', 'GBR'] }).length, 0);
});

test('events can be listed by type, party and date', () => {
  assert.equal(store.events({}).length, 5);
  assert.equal(store.events({ type: 'THREATEN' })[0]!.auxiliary, 'future');
  assert.equal(store.events({ party: 'Xi Jinping' }).length, 2);
  assert.equal(store.events({ since: '2024-12' }).length, 3);
  const sanction = store.events({ type: 'SANCTION' })[0]!;
  assert.equal(sanction.cameo, '163');
  assert.equal(sanction.goldstein, -8);
  assert.equal(sanction.evidence, 'sanctioned');
});

test('entities are ranked by how many articles mention them, and filter by type', () => {
  const top = store.entities({ top: 3 });
  assert.equal(top.length, 3);
  assert.ok(top[0]!.articles >= top[1]!.articles && top[1]!.articles >= top[2]!.articles);
  const people = store.entities({ type: 'PERSON' });
  assert.deepEqual(people.slice(0, 2).map((p) => [p.name, p.articles]), [['Keir Starmer', 3], ['Xi Jinping', 2]]);
  assert.ok(people.every((p) => p.type === 'PERSON'));
});

test('search finds phrases in articles and quotes, not scattered words', () => {
  const hits = store.search({ phrases: ['pragmatic relationship'] });
  assert.deepEqual(hits.filter((h) => h.kind === 'article').length, 2);
  assert.deepEqual(hits.filter((h) => h.kind === 'quote').length, 1);
  assert.ok(hits.every((h) => /\[pragmatic\] \[relationship\]|\[pragmatic relationship\]/i.test(h.snippet)), hits.map((h) => h.snippet).join('\n'));
  assert.equal(store.search({ phrases: ['relationship pragmatic'] }).length, 0);
  assert.equal(store.search({ phrases: ['drone', 'treasury'] }).length, 1);
  assert.deepEqual(store.search({ phrases: ['"*'] }), [], 'query syntax in the input is not an error');
  assert.deepEqual(store.search({ phrases: ['sanction'] }).map((h) => h.kind), ['article'], 'stemmed: "sanctioned", "sanctions"');
  assert.equal(store.search({ phrases: ['Défense-Ministry AND OR'] }).length, 0, 'operators are words, accents fold');
});

test('article() gives back the record exactly as it was put, by id, prefix or URL', () => {
  for (const record of records) assert.deepEqual(store.article(record.article.id)?.record, record);
  const first = records[0]!;
  assert.equal(store.article(first.article.id.slice(0, 8))?.record.article.id, first.article.id);
  assert.equal(store.article(first.article.url!)?.record.article.id, first.article.id);
  assert.equal(store.article('ffffffffffffffff'), undefined);
});

test('stats and records() count and return everything stored', () => {
  const stats = store.stats();
  assert.equal(stats.articles, 4);
  assert.equal(stats.events, 5);
  assert.equal(stats.quotes, 6, 'seven quote sightings, two of them the same quote');
  assert.equal(stats.quoteSources, 7);
  assert.equal(stats.firstPublished, '2024-11-19');
  assert.equal(stats.lastPublished, '2025-01-10');
  assert.deepEqual(stats.sources[0], { source: 'The Northern Ledger', articles: 2 });
  assert.deepEqual(stats.entityTypes, [{ type: 'GPE', count: 5 }, { type: 'PERSON', count: 3 }, { type: 'ORG', count: 2 }]);
  assert.deepEqual(stats.eventTypes.find((t) => t.type === 'CONSULT'), { type: 'CONSULT', count: 2 });
  assert.ok(stats.bytes > 0);
  assert.deepEqual([...store.records()].map((r) => r.record), records);
  assert.equal([...store.allEvents()].length, 5);
});

test('the digest names the top speaker, the most-reported quote and the largest figure', () => {
  const digest = store.digest(3);
  assert.equal(digest.speakers[0]!.name, 'Keir Starmer');
  assert.equal(digest.quotes[0]!.sources.length, 2);
  assert.deepEqual(digest.dyads[0], { a: 'CHN', b: 'GBR', events: 2 });
  assert.equal(digest.figures[0]!.text, '£113bn');
});

test('search lists a phrase in up to a thousand articles best first, and one in more the newest first', () => {
  const bare = (text: string, published: string) => buildRecord({ text, published, entities: [], quotes: [], events: [], amounts: [], times: [] });
  // The older half would rank first by bm25 (short, the phrase twice): with over a thousand matches the newest come first anyway.
  const common = Array.from({ length: 1001 }, (_, i) => bare(i < 500
    ? `Bulletin ${i}: harbour tariff up, harbour tariff news.`
    : `Bulletin ${i}: the harbour tariff was raised again, after a long week of talks between the port and its shipping lines.`, '2025-02-01'));
  // Rarer: the report that says "harbour tariff" twice in a short text ranks above the long one stored after it.
  const dense = bare('Harbour tariff talks: the harbour tariff stays.', '2025-03-01');
  const sparse = bare(`The harbour tariff was one item among many. ${'Officials discussed other matters at length. '.repeat(20)}`, '2025-03-02');
  const path = tempStorePath('search.db');
  const writer = openStore(path);
  writer.putRecords([dense, sparse]);
  const rare = openStore(path, { readonly: true });
  assert.deepEqual(rare.search({ phrases: ['harbour tariff'] }).map((h) => h.id), [dense.article.id, sparse.article.id]);
  rare.close();
  writer.putRecords(common);
  writer.close();
  const many = openStore(path, { readonly: true });
  const hits = many.search({ phrases: ['harbour tariff'], limit: 5 });
  assert.deepEqual(hits.map((h) => h.id), common.slice(-5).reverse().map((r) => r.article.id), 'the five stored last, newest first');
  many.close();
});
