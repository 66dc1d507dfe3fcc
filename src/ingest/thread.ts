import { InputError } from '../input/errors.js';
import type { IngestOptions, IngestProgress, IngestSummary } from './ingest.js';
import { siblingModule, startWorker } from './threads.js';

/**
 * Old-generation heap of the thread that coordinates and writes. Left to its
 * default (a quarter of the machine's memory) V8 let it fill with garbage
 * from the records passing through: 150–190 MB of heap holding 15–40 MB of
 * live objects, and 450–530 MB resident for the whole ingest. Capped, it
 * collects sooner, at no measured cost in speed. Reads happen on the
 * analysis workers (192 MB each), so no single file comes near this.
 */
const WRITER_HEAP_MB = 512;

export interface ThreadSetup {
  paths: readonly string[];
  db: string;
  options: Omit<IngestOptions, 'onProblem' | 'onProgress'>;
}

export type ThreadMessage =
  | { kind: 'problem'; line: string }
  | { kind: 'progress'; progress: IngestProgress }
  | { kind: 'done'; summary: IngestSummary }
  | { kind: 'failed'; message: string; input: boolean; exitCode: number };

/**
 * ingest() into the store at `db`, run on a thread of its own with a bounded
 * heap (what `dossier ingest` does); problems and progress come back through
 * the callbacks. Errors keep their kind: bad input stays an InputError.
 */
export function ingestInThread(paths: readonly string[], db: string, options: IngestOptions = {}): Promise<IngestSummary> {
  const { onProblem, onProgress, ...rest } = options;
  const setup: ThreadSetup = { paths, db, options: rest };
  const worker = startWorker(siblingModule('writer-thread'), setup, WRITER_HEAP_MB);
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (message: ThreadMessage) => {
      if (message.kind === 'problem') onProblem?.(message.line);
      else if (message.kind === 'progress') onProgress?.(message.progress);
      else if (message.kind === 'done') settle(() => resolve(message.summary));
      else settle(() => reject(message.input ? new InputError(message.message, message.exitCode) : new Error(message.message)));
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new Error(`ingest thread exited with code ${code} before finishing`))));
  });
}
