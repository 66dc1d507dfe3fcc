/** Worker-thread entry: runs read and analyze tasks for the ingest pool. */
import { parentPort, workerData } from 'node:worker_threads';
import { unusableStatus, type Task, type WorkerSetup, type WorkerStatus } from './protocol.js';
import { IngestWork } from './work.js';

const setup = workerData as WorkerSetup;
// A thread that only analyses loads no reading code (HTML, feeds, WARC): less to compile and hold.
const read = setup.reads === false ? undefined : (await import('./read-work.js')).readArticles;
const work = new IngestWork(setup, read);
// The knowledge base is loaded now, while the first files are read, and a user
// file that does not load ends the run once instead of failing every article.
let status: WorkerStatus = { status: 'ready' };
try {
  work.prepare();
} catch (err) {
  status = unusableStatus(err);
}
parentPort!.postMessage(status);
// A message carries several tasks; each is answered, in order, as soon as it is done. Holding a
// message's answers until its last task was done kept its plans alive for as long, long enough for
// the collector to copy them twice and move them to the old generation.
parentPort!.on('message', (tasks: Task[]) => {
  for (const task of tasks) parentPort!.postMessage(work.handle(task));
});
