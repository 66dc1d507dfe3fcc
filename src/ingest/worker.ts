/** Worker-thread entry: runs read and analyze tasks for the ingest pool. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Task, WorkerSetup } from './protocol.js';
import { IngestWork } from './work.js';

const work = new IngestWork(workerData as WorkerSetup);
parentPort!.on('message', (task: Task) => {
  parentPort!.postMessage(work.handle(task));
});
