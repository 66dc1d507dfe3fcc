import { readFile, stat } from 'node:fs/promises';
import { decodeArticle, DEFAULT_MAX_BYTES, tooLarge } from '../input/decode.js';
import { InputError } from '../input/errors.js';

/** Reads FILE, or standard input for "-", refusing oversized input before loading it. */
export async function readArticleText(
  path: string,
  stdin: NodeJS.ReadableStream,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<string> {
  if (path === '-') return decodeArticle(await readStream(stdin, maxBytes), { label: 'stdin', maxBytes });
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory (use dossier ingest for folders)`);
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: ${describeFsError(err)}`);
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  return decodeArticle(await readFile(path), { label: path, maxBytes });
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > maxBytes) throw tooLarge('stdin', total, maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error).message;
}
