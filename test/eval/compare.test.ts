import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareWithGold, type GoldRecord } from '../../eval/gold/compare.js';
import type { DossierRecord, Entity } from '../../src/record/types.js';

// "the Labour leader" (a person) contains "Labour" (a party): nested gold mentions.
const text = 'Then the Labour leader spoke.';
const leader = { start: 5, end: 22, text: 'the Labour leader' };
const labour = { start: 9, end: 15, text: 'Labour' };
const gold: GoldRecord = {
  entities: [
    { id: 'leader', type: 'PERSON', mentions: [leader] },
    { id: 'party', type: 'ORG', mentions: [labour] },
  ],
  quotes: [], events: [], amounts: [], times: [],
};

function record(entities: Entity[]): DossierRecord {
  return { schema: 'dossier.record/1', article: { id: 'x', text }, entities, quotes: [], events: [], amounts: [], times: [] };
}

function entityResults(entities: Entity[]) {
  return compareWithGold(record(entities), gold)[0]!.items;
}

test('nested gold mentions found as two entities both count as found', () => {
  const items = entityResults([
    { id: 'e1', name: 'Keir', type: 'PERSON', mentions: [leader] },
    { id: 'e2', name: 'Labour', type: 'ORG', mentions: [labour] },
  ]);
  assert.deepEqual(items.map((i) => i.ok), [true, true]);
});

test('one entity holding both the person and the party is still a merge', () => {
  const items = entityResults([
    { id: 'e1', name: 'Keir', type: 'PERSON', mentions: [leader, labour] },
  ]);
  assert.equal(items[0]!.ok, false);
  assert.match(items[0]!.why ?? '', /merged with party/);
});
