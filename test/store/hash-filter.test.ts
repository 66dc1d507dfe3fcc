import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hash53 } from '../../src/store/normalize.js';
import { HashFilter } from '../../src/store/hash-filter.js';

const prints = (n: number, tag: string) => Array.from({ length: n }, (_, i) => hash53(`${tag} shingle number ${i}`));

test('the print filter never misses a print it was given, before or after construction', () => {
  const stored = prints(50_000, 'stored');
  const filter = new HashFilter(stored.slice(0, 30_000), 30_000);
  for (const p of stored.slice(30_000)) filter.add(p);
  assert.ok(stored.every((p) => filter.mayHave(p)));
  assert.equal(filter.size, 50_000);
});

test('the print filter rejects almost every print it was not given', () => {
  const filter = new HashFilter(prints(100_000, 'stored'), 100_000);
  const others = prints(100_000, 'other');
  const false_ = others.filter((p) => filter.mayHave(p)).length;
  assert.ok(false_ < 2_000, `${false_} false positives in 100,000`);
  assert.equal(filter.full, false);
});

test('the print filter says when it has outgrown its size', () => {
  const filter = new HashFilter([], 10);
  for (const p of prints(400_000, 'many')) filter.add(p);
  assert.equal(filter.full, true);
});
