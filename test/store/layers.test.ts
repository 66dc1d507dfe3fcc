import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packLayers, unpackLayers } from '../../src/store/layers.js';
import { openStore } from '../../src/store/index.js';
import { loadRecords } from './fixtures.js';
import { tempStorePath } from './helpers.js';

test('packed layers leave span texts out and put them back in the same place', () => {
  const text = 'Ann Lee said no.';
  const layers = {
    entities: [{ id: 'e1', name: 'Ann Lee', mentions: [{ start: 0, end: 7, text: 'Ann Lee', kind: 'name' }] }],
    odd: { start: 0, end: 3, text: 'not the slice' },
    messages: [{ stage: 'quotes', level: 'info', text: 'no quote marks', start: 9, end: 11 }],
  };
  const packed = packLayers(layers, text);
  assert.doesNotMatch(packed, /"Ann Lee","kind"/);
  assert.match(packed, /not the slice/);
  assert.equal(JSON.stringify(unpackLayers(packed, text)), JSON.stringify(layers));
});

test('a stored record serialises to the very same JSON as the one put', () => {
  const store = openStore(tempStorePath());
  const records = loadRecords();
  store.putRecords(records);
  for (const r of records) assert.equal(JSON.stringify(store.article(r.article.id)!.record), JSON.stringify(r));
  store.close();
});
