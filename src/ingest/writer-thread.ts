/**
 * Worker-thread entry for ingestInThread: claims the store (lock.ts), opens
 * it and runs ingest, reporting problems, progress and the outcome to the
 * thread that started it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../input/errors.js';
import { openStore } from '../store/index.js';
import { ingest, type IngestSummary } from './ingest.js';
import { lockForIngest } from './lock.js';
import type { ThreadMessage, ThreadSetup } from './thread.js';

/** Progress is sent at most this often (the bar redraws no faster). */
const PROGRESS_MS = 100;

const { paths, db, options } = workerData as ThreadSetup;
const post = (message: ThreadMessage) => parentPort!.postMessage(message);

async function main(): Promise<void> {
  let lastProgress = 0;
  try {
    let summary: IngestSummary;
    const unlock = lockForIngest(db);
    try {
      const store = openStore(db);
      try {
        summary = await ingest(paths, store, {
          ...options,
          onProblem: (line) => post({ kind: 'problem', line }),
          onProgress: (progress) => {
            const now = performance.now();
            if (now - lastProgress < PROGRESS_MS) return;
            lastProgress = now;
            post({ kind: 'progress', progress });
          },
        });
      } finally {
        store.close();
      }
    } finally {
      unlock();
    }
    // Only once the store is closed and released: the caller may open it, or ingest into it, at once.
    post({ kind: 'done', summary });
  } catch (err) {
    const input = err instanceof InputError;
    post({ kind: 'failed', message: (err as Error).message ?? String(err), input, exitCode: input ? err.exitCode : 3 });
  }
}

void main();
