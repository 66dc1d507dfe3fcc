import type { SourceResult, WarcCursor } from './types.js';
import { noHtmlRecords, streamWarcFile, type WarcEntry } from './warc.js';

interface OpenWarc {
  entries: Generator<WarcEntry>;
  /** Entries (articles and problems) taken from it so far. */
  read: number;
}

/**
 * WARC files being read in pieces by this thread, each left open where its
 * last piece ended, so the next piece goes on from there instead of
 * unpacking the file again from the start. A few at most: one left behind
 * (its next piece went to another thread) is closed when newer ones come.
 */
const open = new Map<string, OpenWarc>();
const MAX_OPEN = 8;

/**
 * One piece of a WARC file: its articles (and problems) from `from` until
 * their text reaches `chunkBytes` characters, and where the next piece
 * starts (none at the end of the file). A crawl of any size is read this
 * way without its articles being held all at once, here or by the thread
 * that hands them out.
 */
export function readWarcPiece(path: string, from: WarcCursor | undefined, chunkBytes: number, maxBytes: number): SourceResult & { next?: WarcCursor } {
  const start = from?.entries ?? 0;
  let warc = open.get(path);
  open.delete(path);
  if (warc && warc.read !== start) {
    warc.entries.return(undefined);
    warc = undefined;
  }
  if (!warc) {
    warc = { entries: streamWarcFile(path, maxBytes), read: 0 };
    // A piece asked of a thread that did not read the ones before it (a restarted worker, or one of
    // several reading threads): the file is read again up to it.
    while (warc.read < start && !warc.entries.next().done) warc.read++;
  }
  const items: SourceResult['items'] = [];
  const problems: string[] = [];
  for (let chars = 0; chars < chunkBytes;) {
    const next = warc.entries.next();
    if (next.done) {
      if (start === 0 && items.length === 0 && problems.length === 0) throw noHtmlRecords();
      return { format: 'warc', items, problems };
    }
    warc.read++;
    if ('item' in next.value) {
      items.push(next.value.item);
      chars += next.value.item.text.length;
    } else problems.push(next.value.problem);
  }
  keepOpen(path, warc);
  return { format: 'warc', items, problems, next: { entries: warc.read } };
}

function keepOpen(path: string, warc: OpenWarc): void {
  open.set(path, warc);
  for (const [oldest, stale] of open) {
    if (open.size <= MAX_OPEN) break;
    stale.entries.return(undefined);
    open.delete(oldest);
  }
}
