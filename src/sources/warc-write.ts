import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface WarcPage {
  url: string;
  html: string;
  /** WARC-Date (crawl time), ISO 8601. */
  date?: string;
  /** HTTP status; 200 unless given. */
  status?: number;
}

/**
 * A minimal WARC/1.1 writer: a warcinfo record, then a request and a response
 * record per page. `gzip` compresses each record as its own gzip member, as
 * crawlers write .warc.gz. Used for the bundled example, tests and benches.
 */
export function writeWarc(pages: readonly WarcPage[], options: { gzip?: boolean; software?: string } = {}): Buffer {
  const records: Buffer[] = [record('warcinfo', {}, 'application/warc-fields', Buffer.from(`software: ${options.software ?? 'dossier'}\r\nformat: WARC File Format 1.1\r\n`))];
  for (const page of pages) {
    const date = page.date ?? '2025-01-01T00:00:00Z';
    const host = new URL(page.url).host;
    const request = Buffer.from(`GET ${new URL(page.url).pathname} HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    records.push(record('request', { 'WARC-Target-URI': page.url, 'WARC-Date': date }, 'application/http; msgtype=request', request));
    const body = Buffer.from(page.html, 'utf8');
    const status = page.status ?? 200;
    const http = Buffer.concat([
      Buffer.from(`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`),
      body,
    ]);
    records.push(record('response', { 'WARC-Target-URI': page.url, 'WARC-Date': date }, 'application/http; msgtype=response', http));
  }
  return Buffer.concat(options.gzip ? records.map((r) => gzipSync(r)) : records);
}

function record(type: string, fields: Record<string, string>, contentType: string, block: Buffer): Buffer {
  const head = [
    'WARC/1.1',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: <urn:uuid:${randomUUID()}>`,
    ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`),
    ...(fields['WARC-Date'] ? [] : ['WARC-Date: 2025-01-01T00:00:00Z']),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}
