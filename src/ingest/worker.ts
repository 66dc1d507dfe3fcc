/** Worker-thread entry: runs read and analyze tasks for the ingest pool. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Task, WorkerSetup } from './protocol.js';
import { IngestWork } from './work.js';

const work = new IngestWork(workerData as WorkerSetup);
// A message carries several tasks and is answered with their replies, in order, in one message.
parentPort!.on('message', (tasks: Task[]) => {
  parentPort!.postMessage(tasks.map((task) => work.handle(task)));
});
