import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/index.js';
import { buildRecord, loadRecords, loadSpecs } from './fixtures.js';
import { sql, tempStorePath } from './helpers.js';

function filledStore(): string {
  const path = tempStorePath();
  const store = openStore(path);
  store.putRecords(loadRecords());
  store.close();
  return path;
}

test('entities merge across articles by Wikidata id, and an unlinked name joins its linked namesake', () => {
  const path = filledStore();
  const starmer = sql<{ n: number; article_count: number; wikidata: string }>(path,
    "SELECT count(*) OVER () AS n, article_count, wikidata FROM entities WHERE norm_name = 'keir starmer'");
  assert.equal(starmer.length, 1);
  assert.equal(starmer[0]!.article_count, 3);
  assert.equal(starmer[0]!.wikidata, 'Q6389185');
  const china = sql<{ article_count: number }>(path, "SELECT article_count FROM entities WHERE wikidata = 'Q148'");
  assert.deepEqual(china.map((c) => c.article_count), [3]);
});

test('entities with the same name but different types stay apart', () => {
  const path = tempStorePath();
  const spec = loadSpecs()[0]!;
  const store = openStore(path);
  store.putRecord(buildRecord({ ...spec, entities: [{ id: 'a', name: 'Jordan', type: 'PERSON', mentions: [['Starmer', 'name']] }], quotes: [], events: [] }));
  store.putRecord(buildRecord({ ...spec, text: `${spec.text} Jordan.`, url: 'https://x.example/2',
    entities: [{ id: 'b', name: 'Jordan', type: 'GPE', country: 'JOR', mentions: [['Jordan', 'name']] }], quotes: [], events: [] }));
  store.close();
  assert.deepEqual(sql<{ type: string }>(path, "SELECT type FROM entities WHERE norm_name = 'jordan' ORDER BY type").map((r) => r.type), ['GPE', 'PERSON']);
});

test('the same quote from two outlets, one cut short, is one quote with two sources and the fuller text', () => {
  const path = filledStore();
  const rows = sql<{ text: string; source_count: number }>(path,
    "SELECT text, source_count FROM quotes WHERE norm LIKE 'we will pursue a pragmatic relationship%'");
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.source_count, 2);
  assert.match(rows[0]!.text, /human rights where we disagree/);
  const sources = sql<{ n: number }>(path, 'SELECT count(*) AS n FROM quote_sources WHERE quote = (SELECT rowid FROM quotes WHERE source_count = 2)');
  assert.equal(sources[0]!.n, 2);
  // The full-text index has the quote's fullest words, once.
  const found = sql<{ rowid: number }>(path, `SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH '"human rights where we disagree"'`);
  assert.deepEqual(found, sql(path, 'SELECT rowid FROM quotes WHERE source_count = 2'));
});

test('a quote that grows twice in one transaction and again in the next is indexed once, with its fullest words', () => {
  const path = tempStorePath();
  const base = loadSpecs()[3]!;
  const said = (quote: string) => buildRecord({
    ...base, url: undefined, text: `"${quote}" said Ann Lee.`,
    entities: [{ id: 's', name: 'Ann Lee', type: 'PERSON', mentions: [['Ann Lee', 'name']] }],
    quotes: [{ kind: 'direct', speaker: 's', content: [quote] }], events: [], amounts: [], times: [],
  });
  const words = 'we will build the new harbour at Dunmore and the rail line to the coast before the winter comes';
  const cut = (n: number) => words.split(' ').slice(0, n).join(' ');
  const store = openStore(path);
  store.putBatch([{ record: said(cut(9)) }, { record: said(cut(13)) }, { record: said(cut(16)) }]);
  store.putBatch([{ record: said(words) }]);
  store.close();
  const quotes = sql<{ rowid: number; text: string; source_count: number }>(path, 'SELECT rowid, text, source_count FROM quotes');
  assert.deepEqual(quotes.map((q) => [q.text, q.source_count]), [[words, 4]]);
  assert.deepEqual(sql(path, 'SELECT rowid, text FROM quotes_fts'), [{ rowid: quotes[0]!.rowid, text: words }]);
  assert.deepEqual(sql(path, `SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH '"before the winter comes"'`), [{ rowid: quotes[0]!.rowid }]);
  assert.deepEqual(sql(path, `SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH '"to the coast"'`), [{ rowid: quotes[0]!.rowid }]);
  const db = new Database(path);
  db.prepare("INSERT INTO quotes_fts (quotes_fts) VALUES ('integrity-check')").run();
  db.close();
});

test('quotes match across curly/straight quotes, dashes, commas and case', () => {
  const path = tempStorePath();
  const base = loadSpecs()[3]!;
  const variant = (text: string, quote: string) => buildRecord({
    ...base, url: undefined, text,
    entities: [{ id: 's', name: 'Keir Starmer', type: 'PERSON', mentions: [['Starmer', 'name']] }],
    quotes: [{ kind: 'direct', speaker: 's', content: [quote] }], events: [], amounts: [], times: [],
  });
  const store = openStore(path);
  store.putRecord(variant('Starmer said: “We’ll build — and we won’t stop, not for anyone.”', 'We’ll build — and we won’t stop, not for anyone.'));
  store.putRecord(variant('"We\'ll build, and we won\'t stop; not for anyone," Starmer said.', 'We\'ll build, and we won\'t stop; not for anyone,'));
  store.putRecord(variant('Starmer said "WE\'LL BUILD AND WE WON\'T STOP ... FOR ANYONE".', 'WE\'LL BUILD AND WE WON\'T STOP ... FOR ANYONE'));
  store.close();
  assert.deepEqual(sql<{ source_count: number }>(path, 'SELECT source_count FROM quotes').map((r) => r.source_count), [3]);
});

test('the same short words from different speakers, or different words, stay separate quotes', () => {
  const path = tempStorePath();
  const base = loadSpecs()[3]!;
  const said = (text: string, speaker: string, quote: string) => buildRecord({
    ...base, url: undefined, text,
    entities: [{ id: 's', name: speaker, type: 'PERSON', mentions: [[speaker, 'name']] }],
    quotes: [{ kind: 'direct', speaker: 's', content: [quote] }], events: [], amounts: [], times: [],
  });
  const store = openStore(path);
  store.putRecord(said('"A very good meeting," said Ann Lee.', 'Ann Lee', 'A very good meeting,'));
  store.putRecord(said('"A very good meeting," said Bo Chan.', 'Bo Chan', 'A very good meeting,'));
  store.putRecord(said('"We will not raise taxes on working people," said Ann Lee.', 'Ann Lee', 'We will not raise taxes on working people,'));
  store.putRecord(said('"We will raise taxes on the richest people," said Ann Lee.', 'Ann Lee', 'We will raise taxes on the richest people,'));
  store.close();
  assert.equal(sql<{ n: number }>(path, 'SELECT count(*) AS n FROM quotes')[0]!.n, 4);
});

test('an event between countries is indexed by its sorted country pair', () => {
  const path = filledStore();
  const dyads = sql<{ a: string; b: string; day: string }>(path, 'SELECT a, b, day FROM event_dyads ORDER BY a, b, day');
  assert.deepEqual(dyads, [
    { a: 'CHN', b: 'GBR', day: '2024-11-18' },
    { a: 'CHN', b: 'GBR', day: '2024-11-18' },
    { a: 'CHN', b: 'USA', day: '2024-12-03' },
    { a: 'CHN', b: 'USA', day: '2024-12-03' },
  ]);
});
