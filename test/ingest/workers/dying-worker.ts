/**
 * A stand-in ingest worker for the pool tests: answers every task with its
 * own text, exits (as a crashing worker would) on a text that asks it to,
 * blocks for a while on a text that starts with "slow", and for ever on one
 * that starts with "hang"; to a text that starts with "heap" it answers
 * with its heap limit. A file whose name starts with "pieces" is read in
 * four pieces, each answered with the thread that read it.
 */
import { parentPort, resourceLimits, threadId } from 'node:worker_threads';
import type { Reply, Task, WorkerStatus } from '../../../src/ingest/protocol.js';

parentPort!.postMessage({ status: 'ready' } satisfies WorkerStatus);
parentPort!.on('message', (tasks: Task[]) => {
  for (const task of tasks) {
    const text = task.kind === 'analyze' ? task.item.text : task.path;
    if (text.startsWith('crash')) process.exit(7);
    if (text.startsWith('slow')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
    if (text.startsWith('hang')) for (;;);
    if (task.kind === 'read' && text.startsWith('pieces')) {
      const piece = task.from && 'entries' in task.from ? task.from.entries : 0;
      const result = { format: 'warc' as const, items: [], problems: [`thread ${threadId}`], ...(piece < 3 && { next: { entries: piece + 1 } }) };
      parentPort!.postMessage({ seq: task.seq, ok: true, kind: 'read', result } satisfies Reply);
      continue;
    }
    const answer = text.startsWith('heap') ? `heap ${resourceLimits.maxOldGenerationSizeMb} MB` : `done: ${text}`;
    const reply: Reply = { seq: task.seq, ok: false, error: answer, input: true };
    parentPort!.postMessage(reply);
  }
});
