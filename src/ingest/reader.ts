/** Reading-thread entry: runs the read tasks of the ingest pool (no analysis code is loaded here). */
import { parentPort, workerData } from 'node:worker_threads';
import { failedReply, type Reply, type Task, type WorkerSetup, type WorkerStatus } from './protocol.js';
import { readArticles } from './read-work.js';

const setup = workerData as WorkerSetup;

function handle(task: Task): Reply {
  if (task.kind !== 'read') return failedReply(task.seq, new Error('an analysis was sent to a reading thread'));
  try {
    return { seq: task.seq, ok: true, kind: 'read', result: readArticles(task.path, setup, task.from) };
  } catch (err) {
    return failedReply(task.seq, err);
  }
}

parentPort!.postMessage({ status: 'ready' } satisfies WorkerStatus);
// As in worker.ts: a message carries several tasks, each answered as soon as it is done.
parentPort!.on('message', (tasks: Task[]) => {
  for (const task of tasks) parentPort!.postMessage(handle(task));
});
