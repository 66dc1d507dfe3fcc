import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Derived } from '../../src/doc/derived.js';
import { Doc } from '../../src/doc/document.js';

test('derived data belongs to its document: each document has its own, and a new one starts empty', () => {
  const words = new Derived<string[]>();
  const counts = new Derived<number>();
  const a = new Doc('One two.');
  const b = new Doc('Three.');
  words.set(a, ['one', 'two']);
  counts.set(a, 2);
  assert.deepEqual(words.get(a), ['one', 'two']);
  assert.equal(counts.get(a), 2);
  assert.equal(words.get(b), undefined);
  words.set(b, ['three']);
  assert.deepEqual(words.get(a), ['one', 'two']);
  assert.deepEqual(words.get(b), ['three']);
});

test('no stage keeps per-document data in a module-level WeakMap (V8 keeps young WeakMap keys alive until a full collection)', () => {
  const root = new URL('../../src/', import.meta.url).pathname;
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && /new WeakMap<(Doc|TokenView)\b/.test(readFileSync(path, 'utf8'))) offenders.push(path);
    }
  };
  walk(root);
  assert.deepEqual(offenders, []);
});
