/**
 * The writer sums counter updates over a batch and caches entity look-ups
 * between batches: these tests pin that a batch stores exactly what records
 * put one at a time store, and that the caches never outlive the rows they
 * describe (another connection's writes, a rolled-back batch).
 */
import Database from 'better-sqlite3';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateCorpus } from '../../bench/corpus.js';
import { Analyzer } from '../../src/analyze.js';
import { articleId } from '../../src/record/to-record.js';
import { RECORD_SCHEMA, type DossierRecord, type Entity } from '../../src/record/types.js';
import { openStore, planRecord } from '../../src/store/index.js';
import { loadRecords } from './fixtures.js';
import { count, dumpStore, sql, tempStorePath } from './helpers.js';

test('one batch, several batches and one record at a time build the same store', () => {
  const reported = reportedTwice();
  const single = storedOneByOne(reported);
  const batched = tempStorePath();
  const all = openStore(batched);
  all.putBatch(reported.map((record) => ({ plan: planRecord(record), origin: {} })));
  all.close();
  const pairs = tempStorePath();
  const two = openStore(pairs);
  for (let i = 0; i < reported.length; i += 2) two.putBatch(reported.slice(i, i + 2).map((record) => ({ record })));
  two.close();
  const expected = dumpStore(single);
  assert.ok(expected.some((row) => row.startsWith('quotes ') && /"source_count":2/.test(row)), 'a quote reported twice');
  assert.deepEqual(dumpStore(batched), expected);
  assert.deepEqual(dumpStore(pairs), expected);
});

test('held batches build the same store, and other readers see them only once committed', () => {
  const reported = reportedTwice();
  const single = storedOneByOne(reported);
  const path = tempStorePath();
  const store = openStore(path);
  const half = Math.ceil(reported.length / 2);
  store.putBatch(reported.slice(0, half).map((record) => ({ record })), { hold: true });
  assert.deepEqual(sql(path, 'SELECT count(*) AS n FROM articles'), [{ n: 0 }], 'nothing visible before the commit');
  assert.ok(store.hasArticle(reported[0]!.article.id), 'the writer sees its held rows');
  store.putBatch(reported.slice(half).map((record) => ({ record })), { hold: true });
  store.commit();
  assert.deepEqual(sql(path, 'SELECT count(*) AS n FROM articles'), sql(single, 'SELECT count(*) AS n FROM articles'));
  store.close();
  assert.deepEqual(dumpStore(path), dumpStore(single));
});

test('a failing batch rolls back the batches held with it; close commits what is held', () => {
  const records = loadRecords();
  const broken = { ...records[1]!, amounts: [{ value: Number.NaN, unit: 'GBP', span: { start: 0, end: 1, text: 'K' } }] };
  const path = tempStorePath();
  const store = openStore(path);
  store.putBatch([{ record: records[0]! }], { hold: true });
  assert.throws(() => store.putBatch([{ record: broken }], { hold: true }));
  assert.equal(store.hasArticle(records[0]!.article.id), false);
  store.putBatch(records.map((record) => ({ record })), { hold: true });
  store.close();
  const clean = tempStorePath();
  const fresh = openStore(clean);
  fresh.putBatch(records.map((record) => ({ record })));
  fresh.close();
  assert.deepEqual(dumpStore(path), dumpStore(clean));
});

test('a rolled-back batch leaves no full-text rows behind', () => {
  const records = loadRecords();
  const broken = { ...records[1]!, amounts: [{ value: Number.NaN, unit: 'GBP', span: { start: 0, end: 1, text: 'K' } }] };
  const path = tempStorePath();
  const store = openStore(path);
  assert.throws(() => store.putBatch([{ record: records[0]! }, { record: broken }], { hold: true }));
  store.putBatch([{ record: records[2]! }]);
  store.close();
  assert.equal(count(path, 'articles'), 1);
  assertFullTextComplete(path);
});

/** FTS5's own check that each index holds exactly its content's words; and one quote row for each quote. */
function assertFullTextComplete(path: string): void {
  const db = new Database(path);
  try {
    for (const table of ['articles_fts', 'quotes_fts']) db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run();
    const quotes = db.prepare('SELECT rowid, text FROM quotes ORDER BY rowid').all();
    assert.deepEqual(db.prepare('SELECT rowid, text FROM quotes_fts ORDER BY rowid').all(), quotes);
  } finally {
    db.close();
  }
}

test('a store sees what another connection wrote between its batches', () => {
  const path = tempStorePath();
  const first = openStore(path);
  const second = openStore(path);
  // The same linked person three times; only the second report knows her country.
  first.putRecord(report('Ana Ruiz spoke.', ruiz({})));
  second.putRecord(report('Ana Ruiz flew home.', ruiz({ country: 'ESP' })));
  first.putRecord(report('Ana Ruiz met the envoy.', ruiz({ country: 'PRT' }), true));
  first.close();
  second.close();
  assert.deepEqual(sql(path, 'SELECT country, article_count FROM entities'), [{ country: 'ESP', article_count: 3 }]);
  // The event's party gets the country the store knows, which the other connection set.
  assert.deepEqual(sql(path, 'SELECT country FROM event_parties'), [{ country: 'ESP' }]);
});

test('a shortened quote matches the full one another connection stored', () => {
  const path = tempStorePath();
  const first = openStore(path);
  const second = openStore(path);
  const words = 'the harbour will reopen to every ship once the storm damage is repaired and the pilots are back at work';
  first.putRecord(quoteReport('An unrelated quote about the weather in the hills this week', 'q0'));
  second.putRecord(quoteReport(words, 'q1'));
  first.putRecord(quoteReport(words.split(' ').slice(0, 12).join(' '), 'q2'));
  first.close();
  second.close();
  assert.deepEqual(sql(path, 'SELECT count(*) AS quotes FROM quotes'), [{ quotes: 2 }]);
});

test('after a batch fails, the next one is written as in a store that never saw it', () => {
  const records = loadRecords();
  const broken = { ...records[1]!, amounts: [{ value: Number.NaN, unit: 'GBP', span: { start: 0, end: 1, text: 'K' } }] };
  const path = tempStorePath();
  const store = openStore(path);
  assert.throws(() => store.putBatch([{ record: records[0]! }, { record: broken }]));
  store.putBatch(records.map((record) => ({ record })));
  store.close();
  const clean = tempStorePath();
  const fresh = openStore(clean);
  fresh.putBatch(records.map((record) => ({ record })));
  fresh.close();
  assert.deepEqual(dumpStore(path), dumpStore(clean));
});

/** A new store holding the records, put one at a time: the reference the batched stores must equal. */
/** Each fixture report twice over (as other outlets), so quotes and entities merge inside a batch. */
function reportedTwice(): DossierRecord[] {
  const records = loadRecords();
  return [...records, ...records.map(asReprint)];
}

function storedOneByOne(records: readonly DossierRecord[]): string {
  const path = tempStorePath();
  const store = openStore(path);
  for (const r of records) store.putRecord(r);
  store.close();
  return path;
}

function quoteReport(words: string, tag: string): DossierRecord {
  const text = `"${words}," a harbour official said (${tag}).`;
  const record = report(text, { id: 'e1', name: 'Harbour Office', type: 'ORG', mentions: [] });
  return { ...record, quotes: [{ kind: 'direct', speaker: 'e1', content: [{ start: 1, end: 1 + words.length, text: words }] }] };
}

function asReprint(record: DossierRecord): DossierRecord {
  const text = `${record.article.text}\n\nThis report first appeared elsewhere.`;
  return { ...record, article: { ...record.article, id: articleId(text), text, source: 'Reprints Weekly' } };
}

function ruiz(fields: Partial<Entity>): Entity {
  return { id: 'e1', name: 'Ana Ruiz', type: 'PERSON', kbId: 'test-ana-ruiz', mentions: [{ start: 0, end: 8, text: 'Ana Ruiz', kind: 'name' }], ...fields };
}

function report(text: string, entity: Entity, withEvent = false): DossierRecord {
  return {
    schema: RECORD_SCHEMA, article: { id: articleId(text), text, published: '2025-05-01' }, entities: [entity], quotes: [],
    events: withEvent ? [{ type: 'CONSULT', actors: [entity.id], recipients: [], evidence: [{ start: 0, end: text.length - 1, text: text.slice(0, -1) }] }] : [],
    amounts: [], times: [],
  };
}

test('what the writer caches never changes what it stores: stores that forget it before every report equal one that keeps it', () => {
  // Generated reports re-report recent quotes whole or cut short, so quotes merge through shared prints.
  const analyzer = new Analyzer();
  const records = generateCorpus(80, 5).map((text, i) => analyzer.analyze(`PARIS, note ${i} - ${text}`, { published: '2025-02-01' }));
  const warm = tempStorePath();
  const kept = openStore(warm);
  for (let i = 0; i < records.length; i += 16) kept.putBatch(records.slice(i, i + 16).map((record) => ({ record })), { hold: true });
  kept.close();
  // Two connections taking turns: each sees the other has written, and forgets what it had cached.
  const cold = tempStorePath();
  const turns = [openStore(cold), openStore(cold)];
  records.forEach((record, i) => turns[i % 2]!.putRecord(record));
  for (const store of turns) store.close();
  const merged = sql<{ n: number }>(warm, 'SELECT count(*) AS n FROM quotes WHERE source_count > 1')[0]!.n;
  assert.ok(merged >= 5, `quotes reported more than once: ${merged}`);
  assert.deepEqual(dumpStore(warm), dumpStore(cold));
});
