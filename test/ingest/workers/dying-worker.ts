/**
 * A stand-in ingest worker for the pool tests: answers every task with its
 * own text, and exits (as a crashing worker would) on a text that asks it to.
 */
import { parentPort } from 'node:worker_threads';
import type { Reply, Task } from '../../../src/ingest/protocol.js';

parentPort!.on('message', (tasks: Task[]) => {
  const replies: Reply[] = tasks.map((task) => {
    const text = task.kind === 'analyze' ? task.item.text : task.path;
    if (text.startsWith('crash')) process.exit(7);
    return { seq: task.seq, ok: false, error: `done: ${text}`, input: true };
  });
  parentPort!.postMessage(replies);
});
