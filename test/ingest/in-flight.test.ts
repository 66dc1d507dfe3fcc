import assert from 'node:assert/strict';
import { test } from 'node:test';
import { InFlight } from '../../src/util/in-flight.js';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (err: Error) => void } {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

test('InFlight counts promises until they settle, and wakes every waiter at the next settlement', async () => {
  const inFlight = new InFlight();
  const a = deferred();
  const b = deferred();
  inFlight.add(a.promise);
  inFlight.add(b.promise);
  assert.equal(inFlight.size, 2);
  let woken = 0;
  const waits = [inFlight.next().then(() => woken++), inFlight.next().then(() => woken++)];
  await new Promise((r) => setImmediate(r));
  assert.equal(woken, 0, 'nobody wakes before a promise settles');
  b.resolve();
  await Promise.all(waits);
  assert.equal(woken, 2);
  assert.equal(inFlight.size, 1);
  // A rejection settles too (handling it is the caller's business).
  a.reject(new Error('failed'));
  a.promise.catch(() => undefined);
  await inFlight.next();
  assert.equal(inFlight.size, 0);
});
