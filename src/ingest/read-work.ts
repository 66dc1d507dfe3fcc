import { describeFsError } from '../cli/read-input.js';
import { InputError } from '../input/errors.js';
import { articleId } from '../record/to-record.js';
import { readSourceFile, type ReadCursor, type SourceResult } from '../sources/index.js';
import type { ReadResult, WorkerSetup } from './protocol.js';

/**
 * A read task's work: one file into articles, each with its content-hash id.
 * Kept apart from analysis so a reading thread loads no analysis code or data.
 */
export function readArticles(path: string, setup: WorkerSetup, from?: ReadCursor): ReadResult {
  let source: SourceResult;
  try {
    // WARC files and large JSON Lines files a piece at a time (from `from` on); other files whole (up to the reader's size limit).
    source = readSourceFile(path, {
      ...(setup.maxBytes !== undefined && { maxBytes: setup.maxBytes }),
      ...(setup.chunkBytes !== undefined && { chunkBytes: setup.chunkBytes }),
    }, from);
  } catch (err) {
    // File-system failures (no such file, a directory, no permission) become one-line input errors.
    if (err instanceof InputError || (err as NodeJS.ErrnoException).syscall === undefined) throw err;
    throw new InputError(describeFsError(err));
  }
  return { ...source, items: source.items.map((item) => ({ ...item, id: articleId(item.text) })) };
}
