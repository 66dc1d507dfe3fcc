import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quoted } from '../../src/cli/output.js';

test('quoted: marks added around a quote without its own, none added to one that opens with its own', () => {
  assert.equal(quoted('the talks would resume'), '“the talks would resume”');
  assert.equal(quoted('"No one should pay to park at night," '), '"No one should pay to park at night,"');
  assert.equal(quoted('“We will not back down.”'), '“We will not back down.”');
  assert.equal(quoted('« Nous restons »'), '« Nous restons »');
});

test('quoted: long quotes are clipped and spacing flattened before the marks go on', () => {
  assert.equal(quoted('a  b\n c', 200), '“a b c”');
  assert.equal(quoted('x'.repeat(50), 10), `“${'x'.repeat(9)}…”`);
});
