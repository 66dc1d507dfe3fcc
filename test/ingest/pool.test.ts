import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerPool } from '../../src/ingest/pool.js';
import type { Reply } from '../../src/ingest/protocol.js';

const DYING = new URL('./workers/dying-worker.ts', import.meta.url);
const errorOf = (reply: Reply) => (reply.ok ? 'ok' : reply.error);

async function runAll(threads: number, texts: string[]): Promise<string[]> {
  const pool = new WorkerPool(threads, { kbFiles: [], disable: [] }, DYING);
  try {
    const replies = await Promise.all(texts.map((text) => pool.run({ kind: 'analyze', item: { text } })));
    return replies.map(errorOf);
  } finally {
    await pool.close();
  }
}

for (const threads of [1, 2]) {
  test(`a worker that dies fails only the task that killed it; every other task is answered (${threads} thread${threads > 1 ? 's' : ''})`, async () => {
    // Tasks go out several to a message, so the killer shares its message with others.
    const texts = Array.from({ length: 40 }, (_, i) => (i === 5 || i === 23 ? `crash ${i}` : `report ${i}`));
    const replies = await runAll(threads, texts);
    texts.forEach((text, i) => {
      if (text.startsWith('crash')) assert.equal(replies[i], 'internal error: worker exited with code 7');
      else assert.equal(replies[i], `done: ${text}`);
    });
  });
}

test('reads and analyses are all answered, in any mix, by a pool of two', async () => {
  const pool = new WorkerPool(2, { kbFiles: [], disable: [] }, DYING);
  try {
    const tasks = Array.from({ length: 100 }, (_, i) => (i % 3 === 0
      ? pool.run({ kind: 'read', path: `file-${i}` })
      : pool.run({ kind: 'analyze', item: { text: `item-${i}` } })));
    const replies = (await Promise.all(tasks)).map(errorOf);
    replies.forEach((r, i) => assert.equal(r, `done: ${i % 3 === 0 ? 'file' : 'item'}-${i}`));
  } finally {
    await pool.close();
  }
});
