import { readSync } from 'node:fs';

/**
 * Random access to a file's bytes, in memory or on disk, so the WARC reader
 * can read a piece at a time without caring which.
 */
export interface ByteInput {
  readonly size: number;
  /** Reads are free views of bytes already held. */
  readonly inMemory: boolean;
  /** Up to `length` bytes from `position` (fewer only at the end). */
  read(position: number, length: number): Buffer;
}

/** Bytes already in memory: reads are views, not copies. */
export function bufferInput(bytes: Buffer): ByteInput {
  return {
    size: bytes.length,
    inMemory: true,
    read: (position, length) => bytes.subarray(position, Math.min(bytes.length, position + length)),
  };
}

/** Bytes read from disk at least at once: many small reads (one per gzip member) cost more than the reading. */
const READ_AHEAD_BYTES = 4 * 1024 * 1024;

/**
 * An open file, read ahead in blocks: a read inside the last block is a
 * view of it, anything else reads a fresh block, so earlier ones can be freed.
 */
export function fileInput(fd: number, size: number): ByteInput {
  let blockStart = 0;
  let block: Buffer = Buffer.alloc(0);
  return {
    size,
    inMemory: false,
    read(position, length) {
      const end = Math.min(size, position + length);
      if (position < blockStart || end > blockStart + block.length) {
        block = readAt(fd, position, Math.min(size - position, Math.max(length, READ_AHEAD_BYTES)));
        blockStart = position;
      }
      return block.subarray(position - blockStart, Math.min(block.length, end - blockStart));
    },
  };
}

/** Up to `length` bytes of an open file from `position` (fewer only at its end). */
export function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(Math.max(0, length));
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, position + got);
    if (n === 0) break; // the file shrank while we read it
    got += n;
  }
  return got === buf.length ? buf : buf.subarray(0, got);
}
