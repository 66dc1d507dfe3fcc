import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createPipeline, PipelineError, type Stage } from '../src/index.js';
import { loadKnowledgeBase } from '../src/kb/load.js';

const kb = loadKnowledgeBase();

test('a user stage can be added and sees the layers before it', () => {
  const seen: number[] = [];
  const counter: Stage = {
    name: 'sentence-counter',
    description: 'test stage',
    requires: ['sentences'],
    provides: [],
    run(doc) { seen.push(doc.sentences.length); },
  };
  createPipeline({ stages: ['segment'], add: [counter] }).run('One. Two. Three.', {}, { kb });
  assert.deepEqual(seen, [3]);
});

test('a stage whose requirements come later is refused with its name', () => {
  const needy: Stage = { name: 'needy', description: '', requires: ['quotes'], provides: [], run() {} };
  assert.throws(() => createPipeline({ stages: [needy] }), (err: unknown) =>
    err instanceof PipelineError && /stage "needy" requires quotes/.test(err.message));
});

test('switching the segmenter off leaves stages that need it unsatisfied', () => {
  const needsTokens: Stage = { name: 'x', description: '', requires: ['tokens'], provides: [], run() {} };
  assert.throws(() => createPipeline({ disable: ['segment'], add: [needsTokens] }), PipelineError);
});

test('analyze() returns a record with every layer present, even when empty', () => {
  const record = analyze('Nothing much happened.', { published: '2023-01-02', title: 'Quiet day' });
  assert.equal(record.schema, 'dossier.record/1');
  assert.equal(record.article.title, 'Quiet day');
  for (const layer of ['entities', 'quotes', 'events', 'amounts', 'times'] as const) {
    assert.ok(Array.isArray(record[layer]), layer);
  }
});

test('offsets in every layer index the original text', () => {
  const text = 'Zoë said “hi” 🇬🇧.\nNew line.';
  const record = analyze(text);
  for (const e of record.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  for (const q of record.quotes) for (const c of q.content) assert.equal(text.slice(c.start, c.end), c.text);
});
