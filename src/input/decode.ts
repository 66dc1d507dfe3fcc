import { InputError } from './errors.js';

/** Reports longer than this are almost surely not one article. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export interface DecodeOptions {
  maxBytes?: number;
  /** Named in error messages. */
  label?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes to article text, refusing what is not text: too large, binary, or not
 * UTF-8. Line endings are normalised to \n so offsets match what users see
 * in any editor that does the same; a BOM is dropped.
 */
export function decodeArticle(bytes: Uint8Array, options: DecodeOptions = {}): string {
  const label = options.label ?? 'input';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(label, bytes.length, maxBytes);
  if (looksBinary(bytes)) throw new InputError(`${label}: binary data, not text`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError(`${label}: not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)})`);
  }
  return text.replace(/\r\n?/g, '\n');
}

export function tooLarge(label: string, size: number, maxBytes: number): InputError {
  return new InputError(
    `${label}: ${formatBytes(size)} is larger than the ${formatBytes(maxBytes)} limit for one article (split it, or raise --max-bytes)`,
  );
}

/** NUL bytes, or many control characters in the first 8 KiB, mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection (decode is all-or-nothing).
  while (hi - lo > 4) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
