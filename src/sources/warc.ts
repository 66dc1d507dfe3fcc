import { closeSync, fstatSync, openSync } from 'node:fs';
import { brotliDecompressSync, constants, gunzipSync, inflateSync } from 'node:zlib';
import { tooLarge } from '../input/decode.js';
import { InputError } from '../input/errors.js';
import { bufferInput, fileInput, type ByteInput } from './byte-input.js';
import { decodeHtml } from './charset.js';
import { gzipMembers, type Piece } from './gzip-members.js';
import { readHtmlPage } from './html.js';
import type { ArticleItem } from './types.js';
import { normalizeUrl } from './url.js';
import { DataGap, parseHeaders, WarcRecordReader, type WarcHead } from './warc-records.js';

const CRLF2 = Buffer.from('\r\n\r\n');
/** Uncompressed WARC data is read this much at a time. */
const PIECE_BYTES = 4 * 1024 * 1024;
/** Enough of a response block to hold its HTTP status line and headers. */
const HTTP_HEAD_BYTES = 16 * 1024;
/** A block larger than the article limit by more than this cannot hold an article small enough (HTTP headers, chunk sizes). */
const BLOCK_SLACK_BYTES = 1024 * 1024;

export interface WarcRecord {
  /** Byte offset of the record in the (uncompressed) file, for messages. */
  offset: number;
  headers: Map<string, string>;
  block: Buffer;
}

export interface WarcResult {
  items: ArticleItem[];
  problems: string[];
}

/** One article, or one problem with part of the file (one line, without the path). */
export type WarcEntry = { item: ArticleItem } | { problem: string };

/** True for gzip data (a .warc.gz holds one gzip member per record). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * A WARC file (ISO 28500) of news pages to articles: every `response` (or
 * `resource`) record whose payload is HTML goes through the HTML reader.
 * A broken record is a problem; the records before it still count. For a
 * file already in memory; readWarcFile reads one from disk a piece at a time.
 */
export function readWarc(bytes: Buffer, maxArticleBytes: number): WarcResult {
  return collect(warcArticles(bufferInput(bytes), maxArticleBytes));
}

/**
 * readWarc for a file on disk, read a piece at a time: memory holds one
 * record (one gzip member of a .warc.gz) and the articles found, not the
 * file. Errors opening or reading the file are thrown as they come (fs errors).
 */
export function readWarcFile(path: string, maxArticleBytes: number): WarcResult {
  return collect(streamWarcFile(path, maxArticleBytes));
}

/**
 * A WARC file's articles and problems as they are read from disk, for a
 * caller that passes them on in batches instead of holding them all. The
 * file is closed when the generator finishes or is returned early.
 */
export function* streamWarcFile(path: string, maxArticleBytes: number): Generator<WarcEntry> {
  const fd = openSync(path, 'r');
  try {
    yield* warcArticles(fileInput(fd, fstatSync(fd).size), maxArticleBytes);
  } finally {
    closeSync(fd);
  }
}

/** A WARC file that yielded neither articles nor problems: it holds no HTML pages, a problem with the whole file. */
export function noHtmlRecords(): InputError {
  return new InputError('no HTML response records in the WARC file');
}

/** Gathers a file's entries; a file with neither articles nor problems has no HTML pages, which is a problem with the whole file. */
function collect(entries: Iterable<WarcEntry>): WarcResult {
  const items: ArticleItem[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    if ('item' in entry) items.push(entry.item);
    else problems.push(entry.problem);
  }
  if (items.length === 0 && problems.length === 0) throw noHtmlRecords();
  return { items, problems };
}

/**
 * The articles and problems of a WARC file, in file order, as they are read.
 * Malformed data stops the file: before any record, as an InputError; after
 * some, as a last problem (the articles before it stand).
 */
export function* warcArticles(input: ByteInput, maxArticleBytes: number): Generator<WarcEntry> {
  const problems: string[] = [];
  const pieces = isGzip(input.read(0, 2)) ? gzipMembers(input, problems) : plainPieces(input);
  const reader = new WarcRecordReader(pieces);
  let records = 0;
  for (;;) {
    let entry: WarcEntry | undefined;
    let ended = false;
    try {
      const head = reader.nextHead();
      if (head === undefined) ended = true;
      else {
        records++;
        entry = recordEntry(reader, head, maxArticleBytes);
      }
    } catch (err) {
      if (err instanceof DataGap) continue; // the gzip layer reported it
      if (!(err instanceof InputError)) throw err;
      if (records === 0 && problems.length === 0) throw err;
      problems.push(err.message);
      ended = true;
    }
    for (const problem of problems.splice(0)) yield { problem };
    if (entry) yield entry;
    if (ended) return;
  }
}

/** Uncompressed data: in memory, all of it at once (a view, no copy); on disk, a piece at a time. */
function* plainPieces(input: ByteInput): Generator<Piece> {
  const step = input.inMemory ? Math.max(1, input.size) : PIECE_BYTES;
  for (let pos = 0; pos < input.size; pos += step) yield input.read(pos, step);
}

/**
 * The article in one record, a problem with it, or undefined for a record
 * that holds no HTML page (its block is skipped, never held whole).
 */
function recordEntry(reader: WarcRecordReader, head: WarcHead, maxBytes: number): WarcEntry | undefined {
  const type = head.headers.get('warc-type');
  const isResponse = type === 'response' && /^application\/http/i.test(head.headers.get('content-type') ?? 'application/http');
  const isHtmlResource = type === 'resource' && HTML_TYPE.test(head.headers.get('content-type') ?? '');
  if (!isResponse && !isHtmlResource) {
    reader.skipBlock(head);
    return undefined;
  }
  if (head.length > maxBytes + BLOCK_SLACK_BYTES) {
    const html = isHtmlResource || httpHead(reader.peek(HTTP_HEAD_BYTES, head))?.html === true;
    reader.skipBlock(head);
    return html ? { problem: tooLarge(where(head), head.length, maxBytes).message } : undefined;
  }
  const problems: string[] = [];
  const item = recordArticle({ offset: head.offset, headers: head.headers, block: reader.readBlock(head) }, maxBytes, problems);
  if (problems.length > 0) return { problem: problems[0]! };
  return item ? { item } : undefined;
}

const HTML_TYPE = /text\/html|application\/xhtml/i;

/** The HTTP status and headers at the start of a response block: html when a 2xx response of an HTML page. */
function httpHead(start: Buffer): { html: boolean } | undefined {
  const end = start.indexOf(CRLF2);
  const head = start.toString('latin1', 0, end < 0 ? start.length : end);
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(head);
  if (!status) return undefined;
  return { html: status[1]!.startsWith('2') && HTML_TYPE.test(parseHeaders(head).get('content-type') ?? '') };
}

function where(head: { offset: number; headers: Map<string, string> }): string {
  const uri = targetUri(head.headers);
  return `WARC record at byte ${head.offset}${uri ? ` (${uri})` : ''}`;
}

function targetUri(headers: Map<string, string>): string | undefined {
  const given = headers.get('warc-target-uri')?.replace(/^<|>$/g, '').trim();
  return given ? normalizeUrl(given) : undefined;
}

function recordArticle(record: WarcRecord, maxBytes: number, problems: string[]): ArticleItem | undefined {
  const type = record.headers.get('warc-type');
  const uri = targetUri(record.headers);
  const at = where(record);
  try {
    let payload: { contentType: string; body: Buffer } | undefined;
    if (type === 'response' && /^application\/http/i.test(record.headers.get('content-type') ?? 'application/http')) {
      payload = httpPayload(record.block, maxBytes);
    } else if (type === 'resource') {
      payload = { contentType: record.headers.get('content-type') ?? '', body: record.block };
    }
    if (!payload || !HTML_TYPE.test(payload.contentType)) return undefined;
    const html = decodeHtml(payload.body, payload.contentType, maxBytes, at);
    const item = readHtmlPage(html, uri);
    if (!item.source && uri) item.source = hostOf(uri);
    return item;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    problems.push(err.message.startsWith(at) ? err.message : `${at}: ${err.message}`);
    return undefined;
  }
}

/** An HTTP response block to its content type and decoded body; undefined for non-2xx. */
function httpPayload(block: Buffer, maxBytes: number): { contentType: string; body: Buffer } | undefined {
  let headEnd = block.indexOf(CRLF2);
  let sep = 4;
  if (headEnd < 0) {
    headEnd = block.indexOf('\n\n');
    sep = 2;
  }
  if (headEnd < 0) return undefined;
  const head = block.toString('latin1', 0, headEnd);
  const status = /^HTTP\/[\d.]+\s+(\d{3})/.exec(head);
  if (!status || !status[1]!.startsWith('2')) return undefined;
  const headers = parseHeaders(head);
  let body = block.subarray(headEnd + sep);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  const encoding = (headers.get('content-encoding') ?? '').toLowerCase();
  return { contentType: headers.get('content-type') ?? '', body: decodeContent(body, encoding, maxBytes) };
}

/**
 * The body without its Content-Encoding. Output is capped just over the
 * article limit (a small compressed body can inflate to gigabytes), and a
 * body that will not decompress is a problem with this record, not a crash.
 */
function decodeContent(body: Buffer, encoding: string, maxBytes: number): Buffer {
  const options = { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes + 1 };
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body, options);
    if (encoding === 'deflate') return inflateSync(body, options);
    if (encoding === 'br') return brotliDecompressSync(body, { maxOutputLength: maxBytes + 1 });
    return body;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InputError('the page decompresses to more than the limit for one article (raise --max-bytes)');
    throw new InputError(`cannot undo the page's Content-Encoding ${encoding} (${(err as Error).message})`);
  }
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const lineEnd = body.indexOf('\r\n', pos);
    if (lineEnd < 0) break;
    const size = parseInt(body.toString('latin1', pos, lineEnd), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    pos = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function hostOf(uri: string): string | undefined {
  try {
    return new URL(uri).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
