import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { openStore, SCHEMA_VERSION, StoreError } from '../../src/store/index.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { loadRecords } from './fixtures.js';
import { count, sql, tempStorePath } from './helpers.js';

const TABLES = ['articles', 'entities', 'mentions', 'quotes', 'quote_sources', 'events', 'event_parties', 'amounts', 'times'];

function counts(path: string): Record<string, number> {
  return Object.fromEntries(TABLES.map((t) => [t, count(path, t)]));
}

test('a new store gets the current schema version and WAL journal', () => {
  const path = tempStorePath();
  openStore(path).close();
  assert.equal(sql<{ user_version: number }>(path, 'PRAGMA user_version')[0]!.user_version, SCHEMA_VERSION);
  assert.equal(sql<{ journal_mode: string }>(path, 'PRAGMA journal_mode')[0]!.journal_mode, 'wal');
});

test('a new store has 16 KB pages; a store made with smaller pages keeps them and takes records as before', () => {
  const path = tempStorePath();
  openStore(path).close();
  assert.equal(sql<{ page_size: number }>(path, 'PRAGMA page_size')[0]!.page_size, 16384);

  const older = tempStorePath();
  const db = new Database(older);
  db.pragma('page_size = 4096');
  db.exec('CREATE TABLE placeholder (x); DROP TABLE placeholder;'); // the file now exists with 4 KB pages, and no tables
  db.close();
  const store = openStore(older);
  const records = loadRecords();
  store.putRecords(records);
  store.close();
  assert.equal(sql<{ page_size: number }>(older, 'PRAGMA page_size')[0]!.page_size, 4096);
  assert.equal(count(older, 'articles'), records.length);
});

test('putRecord stores a record once; hasArticle finds it by id and by URL', () => {
  const path = tempStorePath();
  const [first] = loadRecords();
  const store = openStore(path);
  assert.equal(store.hasArticle(first!.article.id), false);
  assert.equal(store.putRecord(first!, { path: 'reports/one.txt' }), true);
  assert.equal(store.hasArticle(first!.article.id), true);
  assert.equal(store.hasArticle('0000000000000000', first!.article.url), true);
  assert.equal(store.hasArticle('0000000000000000', 'https://elsewhere.example/'), false);
  assert.equal(store.putRecord(first!), false);
  store.close();
  assert.equal(count(path, 'articles'), 1);
  assert.equal(sql<{ origin: string }>(path, 'SELECT origin FROM articles')[0]!.origin, 'reports/one.txt');
});

test('re-putting every record is a no-op: the same rows, nothing duplicated', () => {
  const path = tempStorePath();
  const records = loadRecords();
  const store = openStore(path);
  for (const r of records) assert.equal(store.putRecord(r), true);
  const once = counts(path);
  for (const r of records) assert.equal(store.putRecord(r), false);
  assert.equal(store.putRecords(records), 0);
  store.close();
  assert.deepEqual(counts(path), once);
  assert.equal(once.articles, records.length);
});

test('an article with a stored URL but different text is not stored again', () => {
  const path = tempStorePath();
  const [first] = loadRecords();
  const store = openStore(path);
  store.putRecord(first!);
  const edited = { ...first!, article: { ...first!.article, id: 'edited0000000000', text: `${first!.article.text} Updated.` } };
  assert.equal(store.putRecord(edited), false);
  store.close();
});

test('a record that fails half-way writes nothing at all', () => {
  const path = tempStorePath();
  const [first] = loadRecords();
  const broken = { ...first!, amounts: [{ value: Number.NaN, unit: 'GBP', span: { start: 0, end: 1, text: 'K' } }] };
  const store = openStore(path);
  assert.throws(() => store.putRecord(broken));
  assert.equal(store.hasArticle(first!.article.id), false);
  store.close();
  assert.deepEqual(Object.values(counts(path)), TABLES.map(() => 0));
});

test('the store survives closing and reopening', () => {
  const path = tempStorePath();
  const records = loadRecords();
  const store = openStore(path);
  store.putRecords(records);
  store.close();
  const again = openStore(path);
  assert.ok(records.every((r) => again.hasArticle(r.article.id)));
  again.close();
  const reader = openStore(path, { readonly: true });
  assert.ok(reader.hasArticle(records[0]!.article.id));
  assert.throws(() => reader.putRecord(records[0]!), StoreError);
  reader.close();
});

test('mentions, events, amounts and times are stored with their spans', () => {
  const path = tempStorePath();
  const records = loadRecords();
  const store = openStore(path);
  store.putRecords(records);
  store.close();
  const expected = (f: (r: (typeof records)[number]) => number) => records.reduce((n, r) => n + f(r), 0);
  // One row per entity per article, holding each of its mentions.
  assert.equal(count(path, 'mentions'), expected((r) => r.entities.length));
  const spans = sql<{ n: number }>(path, 'SELECT sum(json_array_length(spans)) AS n FROM mentions')[0]!.n;
  assert.equal(spans, expected((r) => r.entities.reduce((n, e) => n + e.mentions.length, 0)));
  assert.equal(count(path, 'events'), expected((r) => r.events.length));
  assert.equal(count(path, 'amounts'), expected((r) => r.amounts.length));
  assert.equal(count(path, 'times'), expected((r) => r.times.length));
  const rows = sql<{ text: string; start: number; end: number; body: string }>(path,
    `SELECT s.value ->> 0 AS start, s.value ->> 1 AS end, a.text AS body, e.name AS text
     FROM mentions m, json_each(m.spans) s JOIN articles a ON a.rowid = m.article JOIN entities e ON e.rowid = m.entity`);
  assert.equal(rows.length, spans);
  for (const r of rows) assert.ok(r.body.slice(r.start, r.end).length > 0);
});

test('missing, non-SQLite and foreign SQLite files are refused with a StoreError', () => {
  assert.throws(() => openStore(tempStorePath('absent.db'), { readonly: true }), (e: Error) => e instanceof StoreError && /no store at/.test(e.message));
  const text = tempStorePath('notes.db');
  writeFileSync(text, 'these are my notes, not a database\n'.repeat(200));
  assert.throws(() => openStore(text), (e: Error) => e instanceof StoreError && /not a dossier store/.test(e.message));
  assert.throws(() => openStore(text, { readonly: true }), StoreError);
  const foreign = tempStorePath('other.db');
  const db = new Database(foreign);
  db.exec('CREATE TABLE recipes (name TEXT)');
  db.close();
  assert.throws(() => openStore(foreign), (e: Error) => e instanceof StoreError && /not a dossier store/.test(e.message));
  assert.deepEqual(sql<{ name: string }>(foreign, "SELECT name FROM sqlite_master WHERE type = 'table'"), [{ name: 'recipes' }]);
});

test('a store of schema 2 (a row per mention) migrates to one row per entity per article, keeping every mention', () => {
  const path = tempStorePath('v2.db');
  const db = new Database(path);
  for (const m of MIGRATIONS.filter((m) => m.version <= 2)) db.exec(m.sql);
  db.pragma('user_version = 2');
  db.exec(`INSERT INTO articles (rowid, id, text, words, layers, stored_at) VALUES (1, 'a1', 'Ana Ruiz met Ben Cole. Ruiz left.', 7, '{}', '2025-01-01');
    INSERT INTO entities (rowid, name, norm_name, type) VALUES (1, 'Ana Ruiz', 'ana ruiz', 'PERSON'), (2, 'Ben Cole', 'ben cole', 'PERSON');
    INSERT INTO mentions (article, start, end, entity, kind) VALUES (1, 23, 28, 1, 'surname'), (1, 0, 8, 1, 'name'), (1, 13, 21, 2, 'name');`);
  db.close();
  openStore(path).close();
  assert.equal(sql<{ user_version: number }>(path, 'PRAGMA user_version')[0]!.user_version, SCHEMA_VERSION);
  assert.deepEqual(sql(path, 'SELECT article, entity, spans FROM mentions ORDER BY entity'), [
    { article: 1, entity: 1, spans: '[[0,8,"name"],[23,28,"surname"]]' },
    { article: 1, entity: 2, spans: '[[13,21,"name"]]' },
  ]);
});
