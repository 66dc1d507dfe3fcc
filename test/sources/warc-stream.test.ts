import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bufferInput, fileInput } from '../../src/sources/byte-input.js';
import { gzipMembers, type Piece } from '../../src/sources/gzip-members.js';
import { readSource, readSourceFile } from '../../src/sources/index.js';
import { readWarc, readWarcFile, streamWarcFile } from '../../src/sources/warc.js';
import { WarcRecordReader } from '../../src/sources/warc-records.js';
import { writeWarc, type WarcPage } from '../../src/sources/warc-write.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-warc-stream-'));
const MAX = 10 * 1024 * 1024;

const STORY = (n: number) => `<article><h1>Harbour dredging, part ${n}</h1><p>Dredging of the harbour at Port Ellis will start in June, the port authority said on Thursday, after a survey found silt had cut the depth of the main channel by a metre.</p><p>"Larger ferries have had to wait for the tide since the winter," said the harbour master, Ewan Shaw. Work is expected to take ${n + 2} weeks.</p><p>Fishing crews said they had been told to use the north quay while the work goes on.</p></article>`;
const page = (n: number, head = '') => `<!doctype html><html><head><title>Dredging ${n}</title>${head}</head><body>${STORY(n)}</body></html>`;
const pages = (count: number): WarcPage[] => Array.from({ length: count }, (_, i) => ({ url: `https://port.example/news/${i}`, html: page(i) }));

function file(name: string, data: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
}

/** One WARC record by hand, for the kinds writeWarc does not write. */
function record(type: string, contentType: string, block: Buffer, uri = 'https://port.example/x'): Buffer {
  return Buffer.concat([
    Buffer.from(`WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`),
    block, Buffer.from('\r\n\r\n'),
  ]);
}

function httpResponse(contentType: string, body: Buffer, extra = ''): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\n${extra}Content-Length: ${body.length}\r\n\r\n`), body]);
}

test('from disk or from memory, plain or gzip: the same articles, in order', () => {
  const plain = writeWarc(pages(12));
  const gz = writeWarc(pages(12), { gzip: true });
  const expected = readSource('a.warc', plain);
  assert.equal(expected.items.length, 12);
  assert.deepEqual(readWarc(gz, MAX), { items: expected.items, problems: [] });
  assert.deepEqual(readWarcFile(file('a.warc', plain), MAX), { items: expected.items, problems: [] });
  assert.deepEqual(readWarcFile(file('a.warc.gz', gz), MAX), { items: expected.items, problems: [] });
  assert.deepEqual(readSourceFile(join(dir, 'a.warc.gz')), expected);
  assert.deepEqual(expected.items.map((i) => i.url), pages(12).map((p) => p.url));
});

test('records split across pieces at any byte are read the same', () => {
  const data = Buffer.concat([writeWarc(pages(3)), record('resource', 'text/html', Buffer.from(page(9)))]);
  const whole = headsAndBlocks([data]);
  assert.equal(whole.length, 8); // warcinfo, 3 × (request, response), resource
  for (const size of [1, 2, 3, 5, 64, 1000]) {
    const pieces: Buffer[] = [];
    for (let i = 0; i < data.length; i += size) pieces.push(data.subarray(i, i + size));
    assert.deepEqual(headsAndBlocks(pieces), whole, `pieces of ${size} bytes`);
  }
});

function headsAndBlocks(pieces: Piece[]): { offset: number; type: string | undefined; block: string }[] {
  const reader = new WarcRecordReader(pieces[Symbol.iterator]());
  const out = [];
  for (let head = reader.nextHead(); head; head = reader.nextHead()) {
    // Skip every other block, read the rest: both must leave the reader at the next record.
    const block: string = out.length % 2 ? reader.readBlock(head).toString('latin1') : (reader.skipBlock(head), '');
    out.push({ offset: head.offset, type: head.headers.get('warc-type'), block });
  }
  return out;
}

test('fileInput reads ahead in blocks and returns exactly the bytes asked for, across block edges', () => {
  const data = randomBytes(9 * 1024 * 1024 + 123);
  const fd = openSync(file('random.bin', data), 'r');
  try {
    const input = fileInput(fd, data.length);
    for (const [pos, len] of [[0, 10], [5, 4 * 1024 * 1024], [4 * 1024 * 1024 - 3, 10], [100, 50], [9 * 1024 * 1024, 1000], [data.length - 5, 100]] as const) {
      assert.ok(input.read(pos, len).equals(data.subarray(pos, pos + len)), `read(${pos}, ${len})`);
    }
  } finally {
    closeSync(fd);
  }
});

test('gzip: a corrupt member is reported and skipped; the records after it are read', () => {
  const members = pages(4).map((p) => writeWarc([p], { gzip: true }));
  // Each writeWarc([p], gzip) holds three members: warcinfo, request, response. Corrupt page 1's response.
  const broken = Buffer.from(members[1]!);
  const lastMember = broken.lastIndexOf(Buffer.from([0x1f, 0x8b, 0x08]));
  broken[lastMember + 40] = broken[lastMember + 40]! ^ 0x55;
  const data = Buffer.concat([members[0]!, broken, members[2]!, members[3]!]);
  for (const result of [readWarc(data, MAX), readWarcFile(file('corrupt.warc.gz', data), MAX)]) {
    assert.deepEqual(result.items.map((i) => i.url), ['https://port.example/news/0', 'https://port.example/news/2', 'https://port.example/news/3']);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]!, /^gzip member at byte \d+ is corrupt \(.+\); read on from the next member, at byte \d+$/);
  }
});

test('gzip: a truncated file keeps what came before; zero padding after the last member is no problem', () => {
  const gz = writeWarc(pages(3), { gzip: true });
  const cut = readWarc(gz.subarray(0, gz.length - 30), MAX);
  assert.equal(cut.items.length, 2);
  assert.deepEqual(cut.problems, [`gzip data is truncated at byte ${gz.lastIndexOf(Buffer.from([0x1f, 0x8b, 0x08]))}; read what came before`]);
  assert.deepEqual(readWarc(Buffer.concat([gz, Buffer.alloc(512)]), MAX).problems, []);
  assert.throws(() => readWarc(Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff]), MAX), /not valid gzip data/);
});

test('gzip: header fields (name, extra, comment) are skipped; one member for the whole file still reads', () => {
  const plain = writeWarc(pages(2));
  const gz = gzipSync(plain);
  // FLG = FEXTRA | FNAME | FCOMMENT: XLEN 4 + 4 bytes, "crawl.warc\0", "made by hand\0".
  const header = Buffer.concat([gz.subarray(0, 3), Buffer.from([4 | 8 | 16]), gz.subarray(4, 10), Buffer.from([4, 0, 1, 2, 3, 4]), Buffer.from('crawl.warc\0made by hand\0')]);
  const withFields = Buffer.concat([header, gz.subarray(10)]);
  assert.deepEqual(readWarc(withFields, MAX), readWarc(plain, MAX));
  assert.equal(readWarc(gz, MAX).items.length, 2);
});

test('gzip: a member larger than the first look (incompressible content) is read whole', () => {
  const noise = randomBytes(300 * 1024).toString('base64');
  const big = { url: 'https://port.example/big', html: page(1, `<script>var blob = "${noise}";</script>`) };
  const gz = writeWarc([big, ...pages(2)], { gzip: true });
  const pieces = [...gzipMembers(bufferInput(gz), [])];
  assert.ok(pieces.some((p) => p !== null && p.length > 300 * 1024));
  assert.equal(readWarcFile(file('big.warc.gz', gz), MAX).items.length, 3);
});

test('large records: a non-HTML one is skipped unread, an HTML one too large is a problem', () => {
  const video = record('resource', 'video/mp4', Buffer.alloc(3 * 1024 * 1024, 7));
  const pdf = record('response', 'application/http; msgtype=response', httpResponse('application/pdf', Buffer.alloc(2 * 1024 * 1024, 1)));
  const hugePage = record('response', 'application/http; msgtype=response', httpResponse('text/html', Buffer.alloc(2 * 1024 * 1024, 0x61)), 'https://port.example/huge');
  const data = Buffer.concat([video, pdf, hugePage, writeWarc(pages(1))]);
  for (const result of [readWarc(data, 1000), readWarcFile(file('large.warc', data), 1000)]) {
    assert.equal(result.items.length, 1);
    assert.equal(result.problems.length, 1);
    assert.match(result.problems[0]!, /^WARC record at byte \d+ \(https:\/\/port\.example\/huge\): .* is larger than the .* limit for one article/);
  }
});

test('a page whose Content-Encoding does not decode, or decodes too large, is a problem, not a crash', () => {
  const bad = record('response', 'application/http; msgtype=response', httpResponse('text/html', Buffer.from('not gzip at all'), 'Content-Encoding: gzip\r\n'), 'https://port.example/bad');
  const bomb = record('response', 'application/http; msgtype=response', httpResponse('text/html', gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x20)), 'Content-Encoding: gzip\r\n'), 'https://port.example/bomb');
  const result = readWarc(Buffer.concat([bad, bomb, writeWarc(pages(1))]), 1024 * 1024);
  assert.equal(result.items.length, 1);
  assert.equal(result.problems.length, 2);
  assert.match(result.problems[0]!, /\(https:\/\/port\.example\/bad\): cannot undo the page's Content-Encoding gzip/);
  assert.match(result.problems[1]!, /\(https:\/\/port\.example\/bomb\): the page decompresses to more than the limit for one article/);
});

test('readSourceFile: other formats as readSource reads their bytes; fs errors thrown with their code', () => {
  const jsonl = '{"text": "The port authority said dredging starts in June.", "url": "https://port.example/j"}\n';
  assert.deepEqual(readSourceFile(file('a.jsonl', jsonl)), readSource('a.jsonl', Buffer.from(jsonl)));
  assert.deepEqual(readSourceFile(file('p.html', page(4))), readSource('p.html', Buffer.from(page(4))));
  assert.throws(() => readSourceFile(file('empty.warc', '')), /empty file/);
  assert.throws(() => readSourceFile(join(dir, 'missing.warc')), (err: NodeJS.ErrnoException) => err.code === 'ENOENT');
});

test('streamWarcFile: entries one at a time, in file order; stopping early is fine', () => {
  const path = file('stream.warc.gz', writeWarc(pages(5), { gzip: true }));
  const urls: string[] = [];
  for (const entry of streamWarcFile(path, MAX)) {
    assert.ok('item' in entry);
    urls.push(entry.item.url!);
    if (urls.length === 2) break;
  }
  assert.deepEqual(urls, ['https://port.example/news/0', 'https://port.example/news/1']);
  assert.equal([...streamWarcFile(path, MAX)].length, 5);
});

test('gzip: records spanning members; after a corrupt member, reading resumes at the next record', () => {
  const plain = writeWarc(pages(6));
  const chunks: Buffer[] = [];
  for (let i = 0; i < plain.length; i += 1500) chunks.push(gzipSync(plain.subarray(i, i + 1500)));
  // Break the chunk in the middle of the file: the record it falls in is lost, the rest are read.
  const middle = Math.floor(chunks.length / 2);
  const broken = Buffer.from(chunks[middle]!);
  broken[broken.length - 6] = broken[broken.length - 6]! ^ 0xff; // inside the CRC
  chunks[middle] = broken;
  const result = readWarc(Buffer.concat(chunks), MAX);
  assert.equal(result.problems.length, 1);
  assert.match(result.problems[0]!, /^gzip member at byte \d+ is corrupt \(checksum mismatch\); read on from the next member/);
  const urls = result.items.map((i) => i.url);
  assert.ok(urls.length >= 4 && urls.length < 6, urls.join(' '));
  assert.equal(urls[0], 'https://port.example/news/0');
  assert.equal(urls.at(-1), 'https://port.example/news/5');
});

/** Reads a file piece by piece as ingest does, joining what the pieces give. */
function readInPieces(path: string, chunkBytes: number): { items: unknown[]; problems: string[]; pieces: number } {
  const first = readSourceFile(path, { chunkBytes });
  const all = { items: [...first.items], problems: [...first.problems], pieces: 1 };
  for (let next = first.next; next; all.pieces++) {
    const piece = readSourceFile(path, { chunkBytes }, next);
    all.items.push(...piece.items);
    all.problems.push(...piece.problems);
    next = piece.next;
  }
  return all;
}

test('a WARC file read in pieces gives the articles and problems it gives read whole, plain or gzip', () => {
  const broken = Buffer.concat([writeWarc(pages(9), { gzip: true }), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3]), writeWarc(pages(4), { gzip: true })]);
  for (const [name, data] of [['p.warc', writeWarc(pages(30))], ['p.warc.gz', writeWarc(pages(30), { gzip: true })], ['broken.warc.gz', broken]] as const) {
    const path = file(name, data);
    const whole = readWarcFile(path, MAX);
    for (const chunkBytes of [1, 700, 5000]) {
      const pieces = readInPieces(path, chunkBytes);
      assert.ok(pieces.pieces > 1, `${name} ${chunkBytes}: read in pieces`);
      assert.deepEqual(pieces.items, whole.items, `${name} ${chunkBytes}: items`);
      assert.deepEqual(pieces.problems, whole.problems, `${name} ${chunkBytes}: problems`);
    }
  }
});

test('a WARC piece asked for again, or of a thread that did not read the pieces before it, is the same piece', () => {
  const path = file('again.warc.gz', writeWarc(pages(12), { gzip: true }));
  const read = (from?: Parameters<typeof readSourceFile>[2]) => readSourceFile(path, { chunkBytes: 1000 }, from);
  const first = read();
  const second = read(first.next);
  const third = read(second.next);
  assert.ok(third.items.length > 0);
  // The file's open reader has moved past the second piece: asking for it again reads the file anew up to it,
  // and the pieces after it follow on as before.
  assert.deepEqual(read(first.next), second);
  assert.deepEqual(read(second.next), third);
  assert.deepEqual(read(second.next), third);
});
