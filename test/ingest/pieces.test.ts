import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/index.js';
import { readSource, readSourceFile, type SourceResult } from '../../src/sources/index.js';
import { writeWarc } from '../../src/sources/warc-write.js';
import { MemoryStore } from './memory-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-pieces-'));

/** A JSON Lines dump with the awkward parts: a BOM, CRLF endings, blank, bad and non-UTF-8 lines, multi-byte text, long lines. */
function dump(lines: number): Buffer {
  const parts: Buffer[] = [Buffer.from('\uFEFF')];
  for (let i = 1; i <= lines; i++) {
    let line: Buffer;
    if (i % 17 === 0) line = Buffer.from('{"title": "cut off", "text": "Half a li');
    else if (i % 23 === 0) line = Buffer.concat([Buffer.from('{"text": "Caf'), Buffer.from([0xe9]), Buffer.from(' talks stall"}')]);
    else if (i % 29 === 0) line = Buffer.from('');
    else {
      const body = `Report ${i}: the Zürich–Łódź rail talks resumed — «slowly». ${'Delegates met again. '.repeat(i % 7 === 0 ? 40 : 2)}`;
      line = Buffer.from(JSON.stringify({ title: `Report ${i}`, published: '2025-05-02', text: body }));
    }
    parts.push(line, Buffer.from(i % 5 === 0 ? '\r\n' : '\n'));
  }
  return Buffer.concat(parts);
}

/** Reads a file piece by piece as ingest does, joining what the pieces give. */
function readInPieces(path: string, chunkBytes: number): SourceResult & { pieces: number } {
  const first = readSourceFile(path, { chunkBytes });
  const all = { format: first.format, items: [...first.items], problems: [...first.problems], pieces: 1 };
  for (let next = first.next; next;) {
    const piece = readSourceFile(path, { chunkBytes }, next);
    all.items.push(...piece.items);
    all.problems.push(...piece.problems);
    all.pieces++;
    next = piece.next;
  }
  return all;
}

test('a JSON Lines file read in pieces gives exactly what it gives read whole, line numbers included', () => {
  const bytes = dump(300);
  const path = join(dir, 'dump.jsonl');
  writeFileSync(path, bytes);
  // Read whole (the bad UTF-8 lines make the whole-file read refuse the file, so compare without them).
  const clean = join(dir, 'clean.jsonl');
  const cleanBytes = Buffer.from(bytes.toString('latin1').split('\n').filter((l) => !l.includes('Caf\xe9')).join('\n'), 'latin1');
  writeFileSync(clean, cleanBytes);
  const whole = readSource(clean, cleanBytes);
  for (const chunkBytes of [64, 1000, 4096, cleanBytes.length - 1]) {
    const pieces = readInPieces(clean, chunkBytes);
    assert.ok(pieces.pieces > 1, `${chunkBytes}: read in pieces`);
    assert.deepEqual(pieces.items, whole.items, `${chunkBytes}: items`);
    assert.deepEqual(pieces.problems, whole.problems, `${chunkBytes}: problems`);
  }
  // With the bad bytes in: each such line is one problem, by its number; every other line still counts.
  const withBad = readInPieces(path, 2048);
  assert.equal(withBad.items.length, whole.items.length);
  assert.deepEqual(withBad.problems.filter((p) => /UTF-8/.test(p)), [23, 46, 69, 92, 115, 138, 161, 184, 207, 230, 253, 276, 299].map((n) => `line ${n}: not valid UTF-8`));
  assert.ok(withBad.problems.some((p) => p.startsWith('line 17: not valid JSON')), withBad.problems.join('\n'));
});

test('a file at or under the piece size is one piece, judged as a whole file', () => {
  const path = join(dir, 'small.jsonl');
  writeFileSync(path, Buffer.concat([Buffer.from('{"text": "One short report."}\n'), Buffer.from('{"text": "Caf\xe9."}\n', 'latin1'), Buffer.from('{"text": "Another."}\n')]));
  const result = readSourceFile(path, { chunkBytes: 1024 });
  assert.deepEqual(result.items.map((i) => i.text), ['One short report.', 'Another.']);
  assert.deepEqual(result.problems, ['line 2: not valid UTF-8']);
  assert.equal(result.next, undefined);
  // A .json file of JSON Lines too; with no good line, one reason for the whole file.
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, '{"title": "no text"}\n{"text": 7}\n');
  assert.throws(() => readSourceFile(bad, { chunkBytes: 1024 }), /^InputError: no valid JSON Lines \(line 1: no "text" string\)$/);
});

test('ingest stores every article of a JSON Lines file read in pieces, in file order, and counts it as one file', async () => {
  const path = join(dir, 'agency.jsonl');
  const lines = Array.from({ length: 60 }, (_, i) => i === 40
    ? '{"text": 7}'
    : JSON.stringify({ title: `Bulletin ${i + 1}`, published: '2025-05-02', text: `Bulletin ${i + 1}: the port authority said on Monday that freight volumes rose.` }));
  // Line 50 is not UTF-8: that line is a problem and the rest stands.
  const bytes = Buffer.from(`${lines.join('\n')}\n`).toString('latin1').replace('Bulletin 50:', 'Bulletin 50 \xe9:');
  writeFileSync(path, Buffer.from(bytes, 'latin1'));
  const store = new MemoryStore();
  const problems: string[] = [];
  const summary = await ingest([path], store, { jobs: 1, chunkBytes: 700, onProblem: (line) => problems.push(line) });
  assert.equal(summary.filesTotal, 1);
  assert.equal(summary.filesDone, 1);
  assert.equal(summary.stored, 58);
  assert.deepEqual(problems, [`${path}: line 41: no "text" string`, `${path}: line 50: not valid UTF-8`]);
  // Stored in file order.
  assert.deepEqual([...store.records.values()].map((r) => r.article.title), lines.flatMap((_, i) => i === 40 || i === 49 ? [] : [`Bulletin ${i + 1}`]));
});

test('ingest stores every article of a WARC file read in pieces, in file order, and counts it as one file', async () => {
  const titles = Array.from({ length: 20 }, (_, i) => `Ferry timetable ${i + 1}`);
  const pages = titles.map((title, i) => ({
    url: `https://ferry.example/${i + 1}`,
    html: `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><p>The ferry operator said on Tuesday that crossing ${i + 1} would run twice a day from June, after the harbour reopened.</p><p>Passengers had waited since March for the timetable, the operator said.</p></article></body></html>`,
  }));
  const path = join(dir, 'crawl.warc.gz');
  writeFileSync(path, writeWarc(pages, { gzip: true }));
  assert.ok(readSourceFile(path, { chunkBytes: 600 }).next, 'read in pieces');
  const store = new MemoryStore();
  const summary = await ingest([path], store, { jobs: 1, chunkBytes: 600 });
  assert.equal(summary.filesDone, 1);
  assert.equal(summary.stored, 20);
  assert.deepEqual([...store.records.values()].map((r) => r.article.url), pages.map((p) => p.url));
});
