/** Worker-thread entry: runs read and analyze tasks for the ingest pool. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Task, WorkerSetup } from './protocol.js';
import { IngestWork } from './work.js';

const work = new IngestWork(workerData as WorkerSetup);
// A message carries several tasks; each is answered, in order, as soon as it is done. Holding a
// message's answers until its last task was done kept its plans alive for as long, long enough for
// the collector to copy them twice and move them to the old generation.
parentPort!.on('message', (tasks: Task[]) => {
  for (const task of tasks) parentPort!.postMessage(work.handle(task));
});
