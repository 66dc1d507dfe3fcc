import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../src/input/errors.js';
import { WorkerPool } from '../../src/ingest/pool.js';
import type { Reply } from '../../src/ingest/protocol.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DYING = new URL('./workers/dying-worker.ts', import.meta.url);
const BROKEN = new URL('./workers/broken-worker.ts', import.meta.url);
const UNUSABLE = new URL('./workers/unusable-worker.ts', import.meta.url);
const errorOf = (reply: Reply) => (reply.ok ? 'ok' : reply.error);

async function runAll(threads: number, texts: string[]): Promise<string[]> {
  const pool = new WorkerPool(threads, { kbFiles: [], disable: [] }, { entry: DYING });
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

for (const readers of [0, 1]) {
  test(`reads and analyses are all answered, in any mix, by a pool of two (${readers} reading thread${readers === 1 ? '' : 's'} more)`, async () => {
    const pool = new WorkerPool(2, { kbFiles: [], disable: [] }, { entry: DYING, readerEntry: DYING, readers });
    try {
      // A reading thread that dies is replaced by another one.
      const tasks = Array.from({ length: 100 }, (_, i) => (i % 3 === 0
        ? pool.run({ kind: 'read', path: i === 30 ? 'crash-30' : `file-${i}` })
        : pool.run({ kind: 'analyze', item: { text: `item-${i}` } })));
      const replies = (await Promise.all(tasks)).map(errorOf);
      replies.forEach((r, i) => assert.equal(r, i === 30 ? 'internal error: worker exited with code 7' : `done: ${i % 3 === 0 ? 'file' : 'item'}-${i}`));
    } finally {
      await pool.close();
    }
  });
}

test('with a reading thread, reads go to it (the real one) and analyses only to the analysing threads', async () => {
  const pool = new WorkerPool(1, { kbFiles: [], disable: [] }, { entry: DYING, readers: 1 });
  try {
    const missing = join(tmpdir(), 'dossier-no-such-dir', 'page.html');
    const tasks = Array.from({ length: 30 }, (_, i) => (i % 2 === 0
      ? pool.run({ kind: 'read', path: missing })
      : pool.run({ kind: 'analyze', item: { text: `item-${i}` } })));
    const replies = await Promise.all(tasks);
    replies.forEach((reply, i) => {
      if (i % 2 === 1) assert.equal(errorOf(reply), `done: item-${i}`);
      else assert.ok(!reply.ok && reply.input && /no such file/.test(reply.error), JSON.stringify(reply));
    });
  } finally {
    await pool.close();
  }
});

test('each task is answered as soon as it is done, not with the rest of its message', async () => {
  const pool = new WorkerPool(1, { kbFiles: [], disable: [] }, { entry: DYING });
  try {
    // Queued in one turn, so both go to the worker in one message.
    const answered: string[] = [];
    const first = pool.run({ kind: 'analyze', item: { text: 'quick' } }).then((r) => answered.push(errorOf(r)));
    const second = pool.run({ kind: 'analyze', item: { text: 'slow one' } }).then((r) => answered.push(errorOf(r)));
    await first;
    assert.deepEqual(answered, ['done: quick'], 'the quick task came back while the slow one still ran');
    await second;
    assert.deepEqual(answered, ['done: quick', 'done: slow one']);
  } finally {
    await pool.close();
  }
});

test('a worker that cannot start stops the pool: every task, then and later, is answered with why', async () => {
  const pool = new WorkerPool(2, { kbFiles: [], disable: [] }, { entry: BROKEN });
  try {
    const replies = await Promise.all(Array.from({ length: 30 }, (_, i) => pool.run({ kind: 'analyze', item: { text: `report ${i}` } })));
    const why = /^internal error: a worker thread could not start \(it failed: data file missing\)$/;
    for (const reply of replies) assert.ok(!reply.ok && !reply.input && why.test(reply.error), JSON.stringify(reply));
    assert.match(pool.failure!.message, why);
    const later = await pool.run({ kind: 'read', path: 'late.txt' });
    assert.ok(!later.ok && why.test(later.error));
  } finally {
    await pool.close();
  }
});

test('a worker unusable for the user\'s reason stops the pool with an input error', async () => {
  const pool = new WorkerPool(1, { kbFiles: [], disable: [] }, { entry: UNUSABLE });
  try {
    const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.run({ kind: 'analyze', item: { text: `report ${i}` } })));
    for (const reply of replies) assert.deepEqual(reply.ok ? 'ok' : [reply.error, reply.input], ['knowledge-base file extra.json: not JSON', true]);
    assert.ok(pool.failure instanceof InputError);
  } finally {
    await pool.close();
  }
});

test('a task that runs past the time limit fails as too slow; its thread is replaced and the tasks behind it run on', async () => {
  const pool = new WorkerPool(1, { kbFiles: [], disable: [] }, { entry: DYING, readers: 1, readerEntry: DYING, taskSeconds: 1 });
  try {
    const bodies = [
      ...['one', 'hang 1', 'two', 'three', 'hang 2', 'four'].map((text) => ({ kind: 'analyze' as const, item: { text } })),
      ...['a.txt', 'hang.txt', 'b.txt'].map((path) => ({ kind: 'read' as const, path })),
    ];
    const replies = await Promise.all(bodies.map((body) => pool.run(body)));
    assert.deepEqual(replies.map((r) => (r.ok ? 'ok' : [r.error, r.input])), [
      ['done: one', true],
      ['analysing it took longer than 1 s (the limit for one task); skipped', true],
      ['done: two', true],
      ['done: three', true],
      ['analysing it took longer than 1 s (the limit for one task); skipped', true],
      ['done: four', true],
      ['done: a.txt', true],
      ['reading it took longer than 1 s (the limit for one task); skipped', true],
      ['done: b.txt', true],
    ]);
    // A slow task (400 ms) within the limit is only slow.
    assert.equal(errorOf(await pool.run({ kind: 'analyze', item: { text: 'slow but fine' } })), 'done: slow but fine');
  } finally {
    await pool.close();
  }
});

test('an article longer than the large-text limit is analysed on a thread of its own with a larger heap, there only while needed', async () => {
  const pool = new WorkerPool(1, { kbFiles: [], disable: [] }, { entry: DYING, largeTextChars: 50 });
  const long = (start: string) => `${start} ${'word '.repeat(20)}`;
  try {
    assert.equal(pool.threads, 1);
    const [small, large, crashed, after] = await Promise.all([
      pool.run({ kind: 'analyze', item: { text: 'heap?' } }),
      pool.run({ kind: 'analyze', item: { text: long('heap?') } }),
      pool.run({ kind: 'analyze', item: { text: long('crash') } }),
      pool.run({ kind: 'analyze', item: { text: long('heap? again') } }),
    ]);
    assert.equal(errorOf(small), 'heap 192 MB');
    assert.equal(errorOf(large), 'heap 2048 MB');
    // A large article that kills its thread fails alone; the next one gets a new thread.
    assert.equal(errorOf(crashed), 'internal error: worker exited with code 7');
    assert.equal(errorOf(after), 'heap 2048 MB');
    assert.equal(pool.threads, 1, 'the thread for large articles stopped once none was left');
    assert.equal(errorOf(await pool.run({ kind: 'analyze', item: { text: long('heap? later') } })), 'heap 2048 MB');
    assert.equal(pool.threads, 1);
  } finally {
    await pool.close();
  }
});

test('each piece of a file read in pieces goes to the thread that read the piece before, even when another is less busy', async () => {
  const pool = new WorkerPool(1, { kbFiles: [], disable: [] }, { entry: DYING, readers: 2, readerEntry: DYING });
  try {
    const readInPieces = async (path: string) => {
      const threads: string[] = [];
      let reply = await pool.run({ kind: 'read', path });
      for (;;) {
        assert.ok(reply.ok && reply.kind === 'read', JSON.stringify(reply));
        threads.push(reply.result.problems[0]!);
        if (!reply.result.next) return threads;
        reply = await pool.run({ kind: 'read', path, from: reply.result.next });
      }
    };
    // Queued in one turn: the first piece and a slow read go to one reading thread in one message,
    // so when the second piece is asked for, that thread is busier than the other.
    const [threads] = await Promise.all([readInPieces('pieces.warc.gz'), pool.run({ kind: 'read', path: 'slow.txt' })]);
    assert.equal(threads.length, 4);
    assert.equal(new Set(threads).size, 1, `read by ${threads.join(', ')}`);
  } finally {
    await pool.close();
  }
});
