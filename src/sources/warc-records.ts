import { InputError } from '../input/errors.js';
import { GAP, type Piece } from './gzip-members.js';

const CRLF2 = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);
const VERSION_LINE = Buffer.from('WARC/');
/** A WARC header longer than this is not a header. */
const MAX_HEADER_BYTES = 1024 * 1024;

export interface WarcHead {
  /** Byte offset of the record in the uncompressed data, for messages. */
  offset: number;
  /** Header fields after the version line, names lower-cased. */
  headers: Map<string, string>;
  /** Content-Length: the block's size. */
  length: number;
}

/** Data was lost under the record being read (a corrupt gzip member): the record is incomplete. */
export class DataGap extends Error {}

/**
 * WARC records (ISO 28500) from uncompressed data arriving a piece at a time:
 * read a record's head, then either its block or skip it. Only the pending
 * record's bytes are held, and a skipped block is never held whole, so a
 * crawl's videos and PDFs cost nothing. Malformed data is an InputError.
 */
export class WarcRecordReader {
  private buf: Buffer = EMPTY;
  /** Offset of buf[0] in the whole uncompressed data. */
  private offset = 0;
  /** Data was lost since the last record began: the next one must be searched for. */
  private afterGap = false;

  constructor(private readonly pieces: Iterator<Piece>) {}

  /** The next record's head, or undefined at the end of the data. */
  nextHead(): WarcHead | undefined {
    if (this.afterGap && !this.findRecordStart()) return undefined;
    for (;;) {
      this.skipLineBreaks();
      if (this.buf.length > 0) break;
      const got = this.pull();
      if (got === 'end') return undefined;
      if (got === 'gap') return this.nextHead();
    }
    let headerEnd = -1;
    for (let searched = 0; ;) {
      if (this.buf.length >= 5 && this.buf.toString('latin1', 0, 5) !== 'WARC/') throw this.error('does not start with "WARC/"');
      headerEnd = this.buf.indexOf(CRLF2, Math.max(0, searched - 3));
      if (headerEnd >= 0) break;
      if (this.buf.length > MAX_HEADER_BYTES) throw this.error('no end of header in the first MB');
      searched = this.buf.length;
      const got = this.pull();
      if (got === 'gap') return this.nextHead();
      if (got === 'end') break;
    }
    if (this.buf.toString('latin1', 0, Math.min(5, this.buf.length)) !== 'WARC/') throw this.error('does not start with "WARC/"');
    if (headerEnd < 0) throw this.error('truncated header');
    const headers = parseHeaders(this.buf.toString('utf8', 0, headerEnd));
    const length = Number(headers.get('content-length'));
    if (!Number.isInteger(length) || length < 0) throw this.error('no valid Content-Length');
    const head = { offset: this.offset, headers, length };
    this.consume(headerEnd + 4);
    return head;
  }

  /** The first `n` bytes of the block (fewer if the block is shorter), without consuming them. */
  peek(n: number, head: WarcHead): Buffer {
    this.fill(Math.min(n, head.length), head);
    return this.buf.subarray(0, Math.min(n, head.length));
  }

  /** The whole block of the record just headed. */
  readBlock(head: WarcHead): Buffer {
    this.fill(head.length, head);
    const block = this.buf.subarray(0, head.length);
    this.consume(head.length);
    return block;
  }

  /** Passes over the block of the record just headed, holding no more than one piece of it. */
  skipBlock(head: WarcHead): void {
    let left = head.length;
    while (left > this.buf.length) {
      left -= this.buf.length;
      this.consume(this.buf.length);
      const got = this.pull();
      if (got === 'gap') throw new DataGap();
      if (got === 'end') throw this.truncated(head, head.length - left);
    }
    this.consume(left);
  }

  /** Makes the first `n` bytes available, concatenating the pieces once. */
  private fill(n: number, head: WarcHead): void {
    if (this.buf.length >= n) return;
    const parts = [this.buf];
    let have = this.buf.length;
    while (have < n) {
      const next = this.pieces.next();
      if (next.done) {
        this.buf = Buffer.concat(parts, have);
        throw this.truncated(head, have);
      }
      if (next.value === GAP) {
        this.offset += have;
        this.buf = EMPTY;
        this.afterGap = true;
        throw new DataGap();
      }
      parts.push(next.value);
      have += next.value.length;
    }
    this.buf = Buffer.concat(parts, have);
  }

  /**
   * After lost data the next piece may start inside a record (when records
   * span gzip members): pass over bytes to the next version line ("WARC/"
   * and a digit). False when there is none.
   */
  private findRecordStart(): boolean {
    for (;;) {
      for (let at = this.buf.indexOf(VERSION_LINE); at >= 0 && at + VERSION_LINE.length < this.buf.length; at = this.buf.indexOf(VERSION_LINE, at + 1)) {
        const next = this.buf[at + VERSION_LINE.length]!;
        if (next >= 0x30 && next <= 0x39) {
          this.consume(at);
          this.afterGap = false;
          return true;
        }
      }
      this.consume(Math.max(0, this.buf.length - VERSION_LINE.length));
      if (this.pull() === 'end') return false;
    }
  }

  private pull(): 'data' | 'gap' | 'end' {
    const next = this.pieces.next();
    if (next.done) return 'end';
    if (next.value === GAP) {
      this.consume(this.buf.length);
      this.afterGap = true;
      return 'gap';
    }
    this.buf = this.buf.length === 0 ? next.value : Buffer.concat([this.buf, next.value]);
    return 'data';
  }

  private consume(n: number): void {
    this.buf = n >= this.buf.length ? EMPTY : this.buf.subarray(n);
    this.offset += n;
  }

  private skipLineBreaks(): void {
    let i = 0;
    while (i < this.buf.length && (this.buf[i] === 0x0d || this.buf[i] === 0x0a)) i++;
    this.consume(i);
  }

  private error(what: string): InputError {
    return new InputError(`WARC record at byte ${this.offset}: ${what}`);
  }

  private truncated(head: WarcHead, have: number): InputError {
    return new InputError(`WARC record at byte ${head.offset}: truncated (Content-Length ${head.length}, ${have} bytes left)`);
  }
}

/** Header lines after the first (version or status) line, names lower-cased. */
export function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  const lines = head.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}
