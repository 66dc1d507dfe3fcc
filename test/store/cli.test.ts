import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import { runCli, type CliResult } from '../cli/io.js';
import { loadRecords } from './fixtures.js';
import { tempStorePath } from './helpers.js';

const records = loadRecords();
const db = tempStorePath();
const store = openStore(db);
store.putRecords(records);
store.close();

const cli = (...args: string[]) => runCli([...args, '--db', db]);

function ok(result: CliResult): string {
  assert.equal(result.stderr, '');
  assert.equal(result.code, 0);
  return result.stdout;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  return rows;
}

test('quotes --speaker prints who said what, with every outlet', async () => {
  const out = ok(await cli('quotes', '--speaker', 'Keir Starmer', '--about', 'China'));
  assert.match(out, /Keir Starmer, 2024-11-19 \(2 sources: The Northern Ledger, Capital Wire\)/);
  assert.match(out, /pragmatic relationship with China/);
  assert.doesNotMatch(out, /building again/);
});

test('--json and --csv give the same quotes', async () => {
  const json = JSON.parse(ok(await cli('quotes', '--speaker', 'Keir Starmer', '--json')));
  const csv = parseCsv(ok(await cli('quotes', '--speaker', 'Keir Starmer', '--csv')));
  assert.equal(csv[0]![0], 'quote_id');
  assert.deepEqual(csv.slice(1).map((r) => r[4]), json.map((q: { text: string }) => q.text));
  assert.ok(csv.slice(1).some((r) => r[4]!.includes(',')), 'a quoted cell with a comma survives');
});

test('events --between takes two country codes', async () => {
  const out = ok(await cli('events', '--between', 'GBR', 'CHN'));
  assert.equal(out.trim().split('\n').length, 2);
  assert.match(out, /CONSULT \(visit\): Keir Starmer \[GBR\] → Xi Jinping \[CHN\] in Rio de Janeiro/);
  const json = JSON.parse(ok(await cli('events', '--between', 'USA,CHN', '--type', 'sanction', '--json')));
  assert.deepEqual(json.map((e: { type: string }) => e.type), ['SANCTION']);
});

test('entities, search, stats and digest answer in text, JSON and CSV', async () => {
  assert.match(ok(await cli('entities', '--type', 'PERSON', '--top', '2')), /Keir Starmer\s+PERSON\s+GBR/);
  assert.equal(JSON.parse(ok(await cli('entities', '--json'))).length, 10);
  assert.match(ok(await cli('search', 'pragmatic relationship')), /\[pragmatic relationship\]/);
  assert.equal(parseCsv(ok(await cli('search', 'drone parts', '--csv'))).length, 2);
  assert.equal(JSON.parse(ok(await cli('stats', '--json'))).articles, 4);
  assert.match(ok(await cli('stats', '--csv')), /^key,value\n/);
  const digest = ok(await cli('digest'));
  for (const heading of ['Top speakers', 'Most-reported quotes', 'Latest events', 'Largest figures']) assert.match(digest, new RegExp(heading));
  // Each figure names its article by a short id that show accepts, after the day when the article has one.
  const figures = digest.slice(digest.indexOf('Largest figures')).split('\n').slice(1).filter((l) => l.startsWith('  '));
  assert.ok(figures.length > 0);
  for (const line of figures) {
    const id = /\[(?:\d{4}-\d{2}-\d{2}, )?([0-9a-f]{8})\]$/.exec(line)?.[1];
    assert.ok(id, line);
    assert.equal(JSON.parse(ok(await cli('show', id, '--json'))).article.id.slice(0, 8), id);
  }
});

test('show prints a stored article; --json gives the record back exactly', async () => {
  const first = records[0]!;
  assert.match(ok(await cli('show', first.article.id)), /Starmer and Xi meet in Rio/);
  assert.deepEqual(JSON.parse(ok(await cli('show', first.article.id.slice(0, 7), '--json'))), first);
  const csv = parseCsv(ok(await cli('show', first.article.id, '--csv')));
  for (const row of csv.slice(1)) assert.equal(first.article.text.slice(Number(row[1]), Number(row[2])), row[3]);
});

test('export --format jsonl round-trips every record; csv, gdelt and plover give one row per event', async () => {
  const jsonl = ok(await cli('export', '--format', 'jsonl')).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(jsonl, records);
  const events = records.reduce((n, r) => n + r.events.length, 0);
  assert.equal(parseCsv(ok(await cli('export', '--csv'))).length, events + 1);
  const gdelt = ok(await cli('export', '--format', 'gdelt')).trim().split('\n').map((l) => l.split('\t'));
  assert.equal(gdelt.length, events + 1);
  const header = gdelt[0]!;
  const sanction = Object.fromEntries(header.map((h, i) => [h, gdelt.find((r) => r[header.indexOf('EventCode')] === '163')![i]]));
  assert.deepEqual([sanction.SQLDATE, sanction.Actor1Code, sanction.Actor2CountryCode, sanction.EventRootCode, sanction.GoldsteinScale],
    ['20241203', 'USAGOV', 'CHN', '16', '-8.0']);
  const plover = ok(await cli('export', '--format', 'plover')).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(plover.length, events);
  const consult = plover.find((p) => p.event[0] === 'CONSULT');
  assert.deepEqual([consult.source[0].code, consult.recipient[0].code, consult.quad_code, consult.date], ['GBR', 'CHN', 1, '2024-11-18']);
  const threat = plover.find((p) => p.event[0] === 'THREATEN');
  assert.deepEqual([threat.cameo, threat.goldstein], ['130', -6], 'an event without codes gets its type\'s defaults');
});

test('export --out writes a file', async () => {
  const out = join(dirname(db), 'events.plover.jsonl');
  assert.equal(ok(await cli('export', '--format', 'plover', '--out', out)), '');
  assert.equal(readFileSync(out, 'utf8').trim().split('\n').length, 5);
});

test('errors are one line with the documented exit codes', async () => {
  const cases: [string[], number, RegExp][] = [
    [['quotes', '--db', join(dirname(db), 'missing.db')], 1, /no store at .*missing\.db/],
    [['quotes', '--speaker'], 2, /argument missing|--speaker/],
    [['events', '--between', 'GBR'], 2, /two ISO alpha-3 country codes/],
    [['events', '--type', 'PARTY'], 2, /PLOVER event type/],
    [['quotes', '--since', 'yesterday'], 2, /ISO date/],
    [['quotes', '--since', '2025-13'], 2, /ISO date.*"2025-13"/],
    [['events', '--until', '2025-02-30'], 2, /ISO date.*"2025-02-30"/],
    [['entities', '--json', '--csv'], 2, /choose one/],
    [['entities', '--type', 'ANIMAL'], 2, /--type takes/],
    [['export'], 2, /needs --format/],
    [['export', '--format', 'xml'], 2, /--format takes/],
    [['search'], 2, /at least one PHRASE/],
    [['show', 'ffffffffffff'], 1, /no stored article/],
  ];
  for (const [args, code, pattern] of cases) {
    const r = await runCli(args.includes('--db') ? args : [...args, '--db', db]);
    assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr.split('\n')[0]!, pattern);
    assert.equal(r.stdout, '');
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  const notADb = join(dirname(db), 'notes.txt');
  writeFileSync(notADb, 'plain words\n'.repeat(100));
  const r = await runCli(['stats', '--db', notADb]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /not a dossier store/);
});
