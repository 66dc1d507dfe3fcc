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
  assert.doesNotMatch(packed, /"Ann Lee","name"/, 'the mention text is not stored');
  assert.match(packed, /not the slice/);
  assert.equal(JSON.stringify(unpackLayers(packed, text)), JSON.stringify(layers));
});

test('a span whose text comes before its offsets, empty objects and arrays, nulls and nested arrays come back as put', () => {
  const text = 'Rain fell on Monday in Lima.';
  const layers = {
    messages: [{ text: 'Monday', start: 13, end: 19 }, { text: 'Lima.', end: 28, start: 23 }],
    empty: {}, none: [], nothing: null, flags: [true, false, 0, -1.5, 'x'], grid: [[1, 2], [], [{ a: 1 }]],
    meta: { title: 'Rain', published: '2024-11-18' },
  };
  const packed = packLayers(layers, text);
  assert.doesNotMatch(packed, /Monday|Lima/);
  assert.equal(JSON.stringify(unpackLayers(packed, text)), JSON.stringify(layers));
});

test('keys whose value is undefined are left out, as JSON leaves them out', () => {
  const text = 'Text.';
  const layers = { entities: [{ id: 'e1', country: undefined, name: 'X' }], list: [undefined, 1] };
  assert.equal(JSON.stringify(unpackLayers(packLayers(layers, text), text)), JSON.stringify(layers));
});

test('objects of one shape share it: keys are written once per record, not once per object', () => {
  const text = 'a b c d e f g h i j';
  const mentions = Array.from({ length: 10 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1, text: text[2 * i], kind: 'name' }));
  const packed = packLayers({ mentions }, text);
  assert.equal(packed.match(/"kind"/g)?.length, 1);
  assert.equal(JSON.stringify(unpackLayers(packed, text)), JSON.stringify({ mentions }));
});

test('layers stored in the earlier plain format (span text 0) are still read', () => {
  const text = 'Ann Lee said no.';
  const plain = '{"entities":[{"id":"e1","name":"Ann Lee","mentions":[{"start":0,"end":7,"text":0,"kind":"name"}]}],"meta":{"title":"T"}}';
  assert.deepEqual(unpackLayers(plain, text), {
    entities: [{ id: 'e1', name: 'Ann Lee', mentions: [{ start: 0, end: 7, text: 'Ann Lee', kind: 'name' }] }], meta: { title: 'T' },
  });
});

test('packed layers of the fixture records come back exactly, in under three quarters of their plain JSON', () => {
  let packedChars = 0;
  let plainChars = 0;
  for (const record of loadRecords()) {
    const { schema: _s, article: { text, ...meta }, ...rest } = record;
    const layers = { ...rest, meta };
    const packed = packLayers(layers, text);
    assert.equal(JSON.stringify(unpackLayers(packed, text)), JSON.stringify(layers));
    packedChars += packed.length;
    plainChars += JSON.stringify(layers).length;
  }
  assert.ok(packedChars < plainChars * 0.75, `${packedChars} of ${plainChars}`);
});

test('a stored record serialises to the very same JSON as the one put', () => {
  const store = openStore(tempStorePath());
  const records = loadRecords();
  store.putRecords(records);
  for (const r of records) assert.equal(JSON.stringify(store.article(r.article.id)!.record), JSON.stringify(r));
  store.close();
});
