import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/stages/index.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { timeFor } from '../../src/stages/times/lookup.js';

const pipeline = createPipeline({ stages: ['segment', 'times'] });
const kb = loadKnowledgeBase();

test('timeFor finds the time inside a span, else the nearest in its sentence', () => {
  const text = 'The envoys met in Oslo on Monday. They will meet again next month in Rome. Talks ended.';
  const doc = pipeline.run(text, {}, { kb, published: '2024-11-20' });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  assert.equal(timeFor(doc, at('met in Oslo on Monday'))?.value, '2024-11-18');
  assert.equal(timeFor(doc, at('meet again'))?.value, '2024-12');
  assert.equal(timeFor(doc, at('Talks ended')), null);
});
