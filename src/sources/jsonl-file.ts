import { closeSync, fstatSync, openSync } from 'node:fs';
import { InputError } from '../input/errors.js';
import { readAt } from './byte-input.js';
import { readJsonLines } from './jsonl.js';
import type { LinesCursor, SourceResult } from './types.js';

/** A line longer than this (a whole dump on one line, say) is reported and skipped, not held. */
const MAX_LINE_BYTES = 64 * 1024 * 1024;
const NEWLINE = 0x0a;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * One piece of a JSON Lines file: the whole lines in about `chunkBytes` from
 * `from`, and where the next piece starts (none at the end of the file). A
 * dump of any size is read this way without being held whole, by the reading
 * thread or by the thread that hands its articles out. Pieces end at a line
 * break, which never falls inside a UTF-8 character. Problems name the line
 * number in the whole file. A file that is one piece is judged as a whole
 * file (see readJsonLinesBytes).
 */
export function readJsonLinesPiece(path: string, from: LinesCursor, chunkBytes: number, maxChars: number): SourceResult & { next?: LinesCursor } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const { bytes, end } = readWholeLines(fd, from.offset, size, chunkBytes);
    const next = end < size ? { offset: end, line: from.line + countLines(bytes) } : undefined;
    if (bytes === undefined) {
      return { format: 'jsonl', items: [], problems: [`line ${from.line}: longer than ${MAX_LINE_BYTES / 1024 / 1024} MB, skipped`], ...(next && { next }) };
    }
    const result = parseLines(bytes, from, maxChars);
    if (from.offset === 0 && next === undefined) return wholeFile(result);
    return { format: 'jsonl', ...result, ...(next && { next }) };
  } finally {
    closeSync(fd);
  }
}

/**
 * A whole JSON Lines file's bytes into articles. A line that is not valid
 * UTF-8 is a problem of its own, as any other bad line: the file's other
 * lines still count. A file with no good line fails as a whole, with one
 * reason (the first bad line's), not one per line.
 */
export function readJsonLinesBytes(bytes: Buffer, maxChars: number): SourceResult {
  return wholeFile(parseLines(bytes, { offset: 0, line: 1 }, maxChars));
}

function wholeFile(result: { items: SourceResult['items']; problems: string[] }): SourceResult & { next?: undefined } {
  if (result.items.length > 0) return { format: 'jsonl', ...result };
  if (result.problems.length > 0) throw new InputError(`no valid JSON Lines (${result.problems[0]})`);
  throw new InputError('no text (only white space)');
}

/**
 * The bytes from `offset` up to and including the last line break within
 * `chunkBytes` (or to the end of the file). When one line is longer than
 * that, reads on to its end; past MAX_LINE_BYTES gives no bytes, only where
 * the line ends.
 */
function readWholeLines(fd: number, offset: number, size: number, chunkBytes: number): { bytes: Buffer | undefined; end: number } {
  let want = Math.min(chunkBytes, size - offset);
  for (;;) {
    const bytes = readAt(fd, offset, want);
    if (offset + bytes.length >= size) return { bytes, end: size };
    const cut = bytes.lastIndexOf(NEWLINE);
    if (cut >= 0) return { bytes: bytes.subarray(0, cut + 1), end: offset + cut + 1 };
    if (want >= MAX_LINE_BYTES) return { bytes: undefined, end: lineEnd(fd, offset + bytes.length, size) };
    want = Math.min(want * 2, MAX_LINE_BYTES, size - offset);
  }
}

/** The offset just past the next line break at or after `offset` (or the end of the file). */
function lineEnd(fd: number, offset: number, size: number): number {
  for (let at = offset; at < size;) {
    const bytes = readAt(fd, at, Math.min(1024 * 1024, size - at));
    const i = bytes.indexOf(NEWLINE);
    if (i >= 0) return at + i + 1;
    at += bytes.length;
  }
  return size;
}

/** Lines of one piece, decoded; a line that is not UTF-8 is a problem of its own and the others still count. */
function parseLines(bytes: Buffer, from: LinesCursor, maxChars: number): { items: SourceResult['items']; problems: string[] } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return parseLinesOneByOne(bytes, from, maxChars);
  }
  if (from.offset === 0) text = text.replace(/^\uFEFF/, '');
  return shiftLineNumbers(readJsonLines(text, maxChars), from.line - 1);
}

function parseLinesOneByOne(bytes: Buffer, from: LinesCursor, maxChars: number): { items: SourceResult['items']; problems: string[] } {
  const items: SourceResult['items'] = [];
  const problems: string[] = [];
  let start = 0;
  for (let line = from.line; start < bytes.length; line++) {
    const end = bytes.indexOf(NEWLINE, start);
    const lineBytes = bytes.subarray(start, end < 0 ? bytes.length : end);
    start = end < 0 ? bytes.length : end + 1;
    let text: string;
    try {
      text = utf8.decode(lineBytes);
    } catch {
      problems.push(`line ${line}: not valid UTF-8`);
      continue;
    }
    const result = shiftLineNumbers(readJsonLines(text, maxChars), line - 1);
    items.push(...result.items);
    problems.push(...result.problems);
  }
  return { items, problems };
}

function shiftLineNumbers(result: ReturnType<typeof readJsonLines>, by: number): ReturnType<typeof readJsonLines> {
  if (by === 0) return result;
  return { items: result.items, problems: result.problems.map((p) => p.replace(/^line (\d+)/, (_, n: string) => `line ${Number(n) + by}`)) };
}

function countLines(bytes: Buffer | undefined): number {
  if (bytes === undefined) return 1;
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}
