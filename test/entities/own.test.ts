import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/index.js';
import { resolveReference } from '../../src/stages/entities/lookup.js';
import { checkItem, locate, readOwnItems } from '../../eval/entities/own.js';

// Our own sentences (test/fixtures/entities/own.json), one test each: every
// entity found, typed, clustered, not merged, with the right country and name.
const analyzer = new Analyzer();

for (const item of readOwnItems()) {
  test(`own sentence ${item.id}`, () => {
    const doc = analyzer.analyzeDoc(item.text, item.published ? { published: item.published } : {});
    const failures = checkItem(item, doc.entities).filter((r) => !r.ok).map((r) => `${r.id}: ${r.why}`);
    for (const p of item.pronouns ?? []) {
      const id = resolveReference(doc, locate(item.text, p.at));
      const got = doc.entities.find((e) => e.id === id)?.name;
      if (got !== p.entity) failures.push(`"${p.at}" resolved to ${got ?? 'nothing'}, not ${p.entity}`);
    }
    assert.deepEqual(failures, [], doc.entities.map((e) => `${e.type} ${e.name} [${e.mentions.map((m) => m.text).join('; ')}]`).join('\n'));
  });
}
