import { brotliDecompressSync, constants, gunzipSync, inflateSync } from 'node:zlib';
import { decodeHtml } from './charset.js';
import { InputError } from '../input/errors.js';
import { readHtmlPage } from './html.js';
import type { ArticleItem } from './types.js';
import { normalizeUrl } from './url.js';

/** Uncompressed WARC data read into memory at most (the file is read whole). */
const MAX_WARC_BYTES = 512 * 1024 * 1024;
const CRLF2 = Buffer.from('\r\n\r\n');

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

/** True for gzip data (a .warc.gz holds one gzip member per record). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * A WARC file (ISO 28500) of news pages to articles: every `response` (or
 * `resource`) record whose payload is HTML goes through the HTML reader.
 * A broken record is a problem; the records before it still count.
 */
export function readWarc(bytes: Buffer, maxArticleBytes: number): WarcResult {
  const problems: string[] = [];
  const data = isGzip(bytes) ? gunzipMembers(bytes, problems) : bytes;
  const items: ArticleItem[] = [];
  let records = 0;
  try {
    for (const record of warcRecords(data)) {
      records++;
      const item = recordArticle(record, maxArticleBytes, problems);
      if (item) items.push(item);
    }
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    if (records === 0 && items.length === 0) throw err;
    problems.push(err.message);
  }
  if (items.length === 0 && problems.length === 0) throw new InputError('no HTML response records in the WARC file');
  return { items, problems };
}

/**
 * Decompresses all gzip members. A truncated or corrupt tail keeps what
 * decompressed before it, so one bad record does not lose the file.
 */
function gunzipMembers(bytes: Buffer, problems: string[]): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: MAX_WARC_BYTES });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new InputError(`WARC file is larger than ${MAX_WARC_BYTES / 1024 / 1024} MB uncompressed`);
    }
    try {
      const partial = gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_WARC_BYTES });
      problems.push(`gzip data is truncated or corrupt (${(err as Error).message}); read what came before`);
      return partial;
    } catch {
      throw new InputError(`not valid gzip data (${(err as Error).message})`);
    }
  }
}

/** The records of an uncompressed WARC file, in order; throws InputError at the first malformed one. */
export function* warcRecords(data: Buffer): Generator<WarcRecord> {
  let pos = 0;
  while (pos < data.length) {
    while (pos < data.length && (data[pos] === 0x0d || data[pos] === 0x0a)) pos++;
    if (pos >= data.length) return;
    if (data.toString('latin1', pos, pos + 5) !== 'WARC/') {
      throw new InputError(`WARC record at byte ${pos}: does not start with "WARC/"`);
    }
    const headerEnd = data.indexOf(CRLF2, pos);
    if (headerEnd < 0) throw new InputError(`WARC record at byte ${pos}: truncated header`);
    const headers = parseHeaders(data.toString('utf8', pos, headerEnd));
    const length = Number(headers.get('content-length'));
    if (!Number.isInteger(length) || length < 0) throw new InputError(`WARC record at byte ${pos}: no valid Content-Length`);
    const blockStart = headerEnd + 4;
    if (blockStart + length > data.length) throw new InputError(`WARC record at byte ${pos}: truncated (Content-Length ${length}, ${data.length - blockStart} bytes left)`);
    yield { offset: pos, headers, block: data.subarray(blockStart, blockStart + length) };
    pos = blockStart + length;
  }
}

/** Header lines after the first (version or status) line, names lower-cased. */
function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  const lines = head.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function recordArticle(record: WarcRecord, maxBytes: number, problems: string[]): ArticleItem | undefined {
  const type = record.headers.get('warc-type');
  const given = record.headers.get('warc-target-uri')?.replace(/^<|>$/g, '').trim();
  const uri = given ? normalizeUrl(given) : undefined;
  let payload: { contentType: string; body: Buffer } | undefined;
  if (type === 'response' && /^application\/http/i.test(record.headers.get('content-type') ?? 'application/http')) {
    payload = httpPayload(record.block);
  } else if (type === 'resource') {
    payload = { contentType: record.headers.get('content-type') ?? '', body: record.block };
  }
  if (!payload || !/text\/html|application\/xhtml/i.test(payload.contentType)) return undefined;
  const where = `WARC record at byte ${record.offset}${uri ? ` (${uri})` : ''}`;
  try {
    const html = decodeHtml(payload.body, payload.contentType, maxBytes, where);
    const item = readHtmlPage(html, uri);
    if (!item.source && uri) item.source = hostOf(uri);
    return item;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    problems.push(err.message.startsWith(where) ? err.message : `${where}: ${err.message}`);
    return undefined;
  }
}

/** An HTTP response block to its content type and decoded body; undefined for non-2xx. */
function httpPayload(block: Buffer): { contentType: string; body: Buffer } | undefined {
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
  if (encoding === 'gzip' || encoding === 'x-gzip') body = gunzipSync(body, { finishFlush: constants.Z_SYNC_FLUSH });
  else if (encoding === 'deflate') body = inflateSync(body, { finishFlush: constants.Z_SYNC_FLUSH });
  else if (encoding === 'br') body = brotliDecompressSync(body);
  return { contentType: headers.get('content-type') ?? '', body };
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
