import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { decodeArticle, DEFAULT_MAX_BYTES } from '../input/decode.js';
import { InputError } from '../input/errors.js';
import { decodeHtml } from './charset.js';
import { readJsonFeed, readXmlFeed } from './feed.js';
import { readHtmlPage } from './html.js';
import { readJsonLines } from './jsonl.js';
import { readJsonLinesBytes, readJsonLinesPiece } from './jsonl-file.js';
import { readPlainText } from './text.js';
import type { ReadCursor, ReadOptions, SourceFormat, SourceResult } from './types.js';
import { readWarcPiece } from './warc-pieces.js';
import { isGzip, readWarc } from './warc.js';

export type { ArticleItem, LinesCursor, ReadCursor, ReadOptions, SourceFormat, SourceResult, WarcCursor } from './types.js';
export { streamWarcFile, type WarcEntry } from './warc.js';

/** Feeds, JSONL and WARC files hold many articles, so they may be larger than one article. */
const MAX_CONTAINER_BYTES = 512 * 1024 * 1024;
/**
 * Bytes of a large JSON Lines file, or characters of a WARC file's article
 * text, read at a time by default: a few hundred articles, and with one piece
 * read ahead, a few MB in flight.
 */
const DEFAULT_CHUNK_BYTES = 2 * 1024 * 1024;
/** Bytes read to tell a file's format. */
const SNIFF_BYTES = 1024;

const BY_EXTENSION: [RegExp, SourceFormat][] = [
  [/\.warc(\.gz)?$/i, 'warc'],
  [/\.(jsonl|ndjson)$/i, 'jsonl'],
  [/\.(rss|atom|rdf|xml)$/i, 'feed'],
  [/\.(html?|xhtml)$/i, 'html'],
  [/\.(txt|text|md)$/i, 'text'],
];

/**
 * The format of a file: unmistakable content first (WARC, gzip), then the
 * extension, then a sniff of the first bytes for files named otherwise.
 */
export function detectFormat(path: string, bytes: Uint8Array): SourceFormat | 'json' {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (head.startsWith('WARC/') || isGzip(bytes)) return 'warc';
  for (const [pattern, format] of BY_EXTENSION) if (pattern.test(path)) return format;
  if (/\.json$/i.test(path)) return 'json';
  const lower = head.slice(0, 512).toLowerCase();
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(lower) || /^<(rss|feed|rdf:rdf)\b/.test(lower)) return 'feed';
  if (/^(<!doctype html|<html|<head|<body)/.test(lower)) return 'html';
  if (head.startsWith('{')) return 'json';
  return 'text';
}

/** Reads one file's bytes into articles; throws InputError when nothing in it is usable. */
export function readSource(path: string, bytes: Buffer, options: ReadOptions = {}): SourceResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new InputError('empty file');
  const format = detectFormat(path, bytes);
  if (format === 'warc') {
    if (bytes.length > MAX_CONTAINER_BYTES) throw new InputError(`WARC file larger than ${MAX_CONTAINER_BYTES / 1024 / 1024} MB`);
    return { format, ...readWarc(bytes, maxBytes) };
  }
  if (format === 'jsonl') {
    if (bytes.length > MAX_CONTAINER_BYTES) throw fileTooLarge();
    // Decoded line by line: one line that is not UTF-8 must not cost the file's other lines.
    return readJsonLinesBytes(bytes, maxBytes);
  }
  const container = format === 'feed' || format === 'json';
  const text = format === 'html' ? unlabelled(() => decodeHtml(bytes, '', maxBytes, 'file'))
    : unlabelled(() => decodeArticle(bytes, { label: 'file', maxBytes: container ? MAX_CONTAINER_BYTES : maxBytes }));
  if (text.trim() === '') throw new InputError('no text (only white space)');
  switch (format) {
    case 'text':
      return { format, items: [readPlainText(text)], problems: [] };
    case 'html':
      return { format, items: [readHtmlPage(text)], problems: [] };
    case 'feed':
      return { format, items: readXmlFeed(text), problems: [] };
    default:
      return looksLikeJsonFeed(text) ? { format: 'jsonfeed', items: readJsonFeed(text), problems: [] } : jsonLines(text, maxBytes);
  }
}

/**
 * Reads one file from disk into articles, or the piece of it that starts at
 * `from`. A WARC file and a JSON Lines file are read in pieces with no size
 * limit (a JSON Lines file of at most `chunkBytes` is one piece, read as a
 * whole file): each result with a `next` cursor is
 * followed by a read from there (a WARC file holds one record in memory at
 * a time, and keeps its place between pieces in this thread). Any other
 * file is read whole, up to MAX_CONTAINER_BYTES, and goes through
 * readSource. Errors opening or reading the file are thrown as they come (fs
 * errors with a code), problems with its content as InputError.
 */
export function readSourceFile(path: string, options: ReadOptions = {}, from?: ReadCursor): SourceResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (from !== undefined) return 'entries' in from ? readWarcPiece(path, from, chunkBytes, maxBytes) : readJsonLinesPiece(path, from, chunkBytes, maxBytes);
  const fd = openSync(path, 'r');
  let size: number;
  let head: Buffer;
  try {
    size = fstatSync(fd).size;
    head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
    head = head.subarray(0, readSync(fd, head, 0, head.length, 0));
  } finally {
    closeSync(fd);
  }
  const format = size > 0 ? detectFormat(path, head) : undefined;
  if (format === 'warc') return readWarcPiece(path, undefined, chunkBytes, maxBytes);
  // JSON Lines are read a piece at a time (one piece for most files), with no size limit; the caller asks for the rest.
  if (isJsonLines(format, head)) return readJsonLinesPiece(path, { offset: 0, line: 1 }, chunkBytes, maxBytes);
  if (size > MAX_CONTAINER_BYTES) throw fileTooLarge();
  return readSource(path, readFileSync(path), options);
}

/** JSON Lines by name, or a .json file (or one named otherwise) whose first line is a whole JSON object. */
function isJsonLines(format: SourceFormat | 'json' | undefined, head: Buffer): boolean {
  if (format === 'jsonl') return true;
  if (format !== 'json') return false;
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  try {
    const value: unknown = JSON.parse(text.split('\n', 1)[0]!);
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !looksLikeJsonFeed(text);
  } catch {
    return false;
  }
}

function fileTooLarge(): InputError {
  return new InputError(`larger than the ${MAX_CONTAINER_BYTES / 1024 / 1024} MB limit for one file`);
}

/** Decoding errors without their label: the ingest report puts the path in front. */
function unlabelled(decode: () => string): string {
  try {
    return decode().replace(/^\uFEFF/, '');
  } catch (err) {
    if (err instanceof InputError) throw new InputError(err.message.replace(/^file: /, ''));
    throw err;
  }
}

function jsonLines(text: string, maxBytes: number): SourceResult {
  const result = readJsonLines(text, maxBytes);
  if (result.items.length === 0 && result.problems.length > 0 && result.problems.length === countLines(text)) {
    throw new InputError(`no valid JSON Lines (${result.problems[0]})`);
  }
  return { format: 'jsonl', ...result };
}

function looksLikeJsonFeed(text: string): boolean {
  return /^\s*\{[\s\S]{0,400}"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(text)
    || (/"items"\s*:\s*\[/.test(text.slice(0, 4096)) && !text.trim().includes('\n{'));
}

function countLines(text: string): number {
  return text.split('\n').filter((l) => l.trim() !== '').length;
}
