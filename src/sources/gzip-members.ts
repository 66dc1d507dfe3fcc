import { crc32, inflateRawSync } from 'node:zlib';
import { InputError } from '../input/errors.js';
import type { ByteInput } from './byte-input.js';

/**
 * Compressed bytes looked at first for one member, doubled while the member
 * does not fit: most records compress to less, and a larger first look would
 * make every member a fresh read of the file.
 */
const FIRST_LOOK_BYTES = 64 * 1024;
/** Bytes scanned at once for the next member header. */
const SCAN_BYTES = 4 * 1024 * 1024;
/** Decompressed size of one member at most (a .warc.gz made as one member is this large at most). */
export const MAX_MEMBER_BYTES = 512 * 1024 * 1024;
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);

/** Stands in the output where data was lost (a corrupt member skipped): what was pending is incomplete. */
export const GAP = null;
export type Piece = Buffer | typeof GAP;

type Member =
  | { kind: 'ok'; data: Buffer; next: number }
  | { kind: 'truncated' }
  | { kind: 'corrupt'; message: string };

/**
 * The decompressed members of a gzip file, one at a time. A .warc.gz holds
 * one member per record, so only one record's data is decompressed at once,
 * not the whole file. A corrupt member is reported and skipped (a GAP in the
 * output), reading on from the next member; a truncated end keeps what came
 * before. Nothing decompressed at all is an InputError.
 */
export function* gzipMembers(input: ByteInput, problems: string[]): Generator<Piece> {
  let pos = 0;
  let produced = false;
  while (pos < input.size) {
    const member = inflateMember(input, pos);
    if (member.kind === 'ok') {
      produced = true;
      pos = member.next;
      yield member.data;
      continue;
    }
    if (isZeroPadding(input, pos)) return;
    if (member.kind === 'truncated') {
      if (!produced) throw new InputError('not valid gzip data (unexpected end of file)');
      problems.push(`gzip data is truncated at byte ${pos}; read what came before`);
      yield GAP;
      return;
    }
    const resumed = resync(input, pos + 1);
    if (!produced && !resumed) throw new InputError(`not valid gzip data (${member.message})`);
    problems.push(`gzip member at byte ${pos} is corrupt (${member.message}); ${resumed ? `read on from the next member, at byte ${resumed.at}` : 'nothing readable after it'}`);
    yield GAP;
    if (!resumed) return;
    produced = true;
    pos = resumed.member.next;
    yield resumed.member.data;
  }
}

/** The first member after a corrupt one that inflates, with where it starts; undefined when none does. */
function resync(input: ByteInput, from: number): { at: number; member: Extract<Member, { kind: 'ok' }> } | undefined {
  for (let at = nextMagic(input, from); at >= 0; at = nextMagic(input, at + 1)) {
    const member = inflateMember(input, at);
    if (member.kind === 'ok') return { at, member };
  }
  return undefined;
}

/** Inflates the member at `pos`, reading a larger window while it does not fit in the one read. */
function inflateMember(input: ByteInput, pos: number): Member {
  for (let span = FIRST_LOOK_BYTES; ; span *= 2) {
    const bytes = input.read(pos, span);
    const atEnd = pos + bytes.length >= input.size;
    const header = headerLength(bytes);
    if (header === 'short') {
      if (atEnd) return { kind: 'truncated' };
      continue;
    }
    if (header === 'bad') return { kind: 'corrupt', message: 'not a gzip member header' };
    let out: { buffer: Buffer; engine: { bytesWritten: number } };
    try {
      out = inflateRawSync(bytes.subarray(header), { info: true, maxOutputLength: MAX_MEMBER_BYTES }) as unknown as typeof out;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') throw new InputError(`a gzip member is larger than ${MAX_MEMBER_BYTES / 1024 / 1024} MB uncompressed`);
      if (code === 'Z_BUF_ERROR') {
        if (atEnd) return { kind: 'truncated' };
        continue;
      }
      return { kind: 'corrupt', message: (err as Error).message };
    }
    const end = header + out.engine.bytesWritten;
    if (end + 8 > bytes.length) {
      if (atEnd) return { kind: 'truncated' };
      continue;
    }
    if (bytes.readUInt32LE(end) !== crc32(out.buffer) || bytes.readUInt32LE(end + 4) !== out.buffer.length % 2 ** 32) {
      return { kind: 'corrupt', message: 'checksum mismatch' };
    }
    return { kind: 'ok', data: out.buffer, next: pos + end + 8 };
  }
}

/** Length of the gzip member header (RFC 1952) at the start of `bytes`. */
function headerLength(bytes: Buffer): number | 'short' | 'bad' {
  if (bytes.length < 10) return bytes.length > 0 && bytes[0] !== 0x1f ? 'bad' : 'short';
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8 || (bytes[3]! & 0xe0) !== 0) return 'bad';
  const flags = bytes[3]!;
  let pos = 10;
  if (flags & 4) {
    if (pos + 2 > bytes.length) return 'short';
    pos += 2 + bytes.readUInt16LE(pos);
  }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const zero = bytes.indexOf(0, pos);
    if (zero < 0) return 'short';
    pos = zero + 1;
  }
  if (flags & 2) pos += 2;
  return pos > bytes.length ? 'short' : pos;
}

/** Where the next gzip member header could start, from `from`; -1 when there is none. */
function nextMagic(input: ByteInput, from: number): number {
  for (let pos = from; pos < input.size; pos += SCAN_BYTES - 2) {
    const found = input.read(pos, SCAN_BYTES).indexOf(GZIP_MAGIC);
    if (found >= 0) return pos + found;
  }
  return -1;
}

/** Zero bytes to the end: block padding some writers leave after the last member. */
function isZeroPadding(input: ByteInput, from: number): boolean {
  for (let pos = from; pos < input.size; pos += SCAN_BYTES) {
    const bytes = input.read(pos, SCAN_BYTES);
    if (bytes.some((b) => b !== 0)) return false;
  }
  return true;
}
