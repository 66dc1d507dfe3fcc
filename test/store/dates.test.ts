import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateBounds, isIsoDatePrefix } from '../../src/store/dates.js';

test('a date option is an ISO date or a leading part of one that names a real month and day', () => {
  for (const ok of ['2024', '2024-11', '2024-11-30', '2024-02-29', '2024-11-18T09:30:00Z', '2024-11-18T09:30+01:00']) {
    assert.ok(isIsoDatePrefix(ok), ok);
  }
  for (const bad of ['yesterday', '24-11', '2024-1', '2024-00', '2024-13', '2024-11-31', '2023-02-29', '2024-04-00', '2024/11/18']) {
    assert.ok(!isIsoDatePrefix(bad), bad);
  }
});

test('until is widened to take in every day and time under the prefix it names', () => {
  const { from, to } = dateBounds('2024-11', '2024-11');
  assert.equal(from, '2024-11');
  assert.ok('2024-11-30T23:59:59Z' <= to! && '2024-12' > to!);
  assert.throws(() => dateBounds('2024-13'), /ISO date/);
});
