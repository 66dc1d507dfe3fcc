import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer } from '../../src/index.js';
import { holderOn, loadKnowledgeBase } from '../../src/kb/load.js';

test('the bundled KB knows dated office-holders', () => {
  const kb = loadKnowledgeBase();
  assert.equal(holderOn(kb, 'prime minister', 'GBR', '2024-11-17'), 'person:keir-starmer');
  assert.equal(holderOn(kb, 'prime minister', 'GBR', '2018-05-01'), 'person:theresa-may');
  assert.equal(holderOn(kb, 'president', 'USA', '2010-01-01'), 'person:barack-obama');
  assert.equal(holderOn(kb, 'chancellor', 'GBR', '2024-11-17'), 'person:rachel-reeves');
});

test('a user KB file adds entities, aliases and offices over the bundled ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-kb-'));
  const file = join(dir, 'mine.json');
  writeFileSync(file, JSON.stringify({
    people: [{ id: 'person:ana-velasco', name: 'Ana Velasco', country: 'GBR', gender: 'F', offices: [['prime minister', 'GBR', '2031-01-01', null]] }],
    orgs: [{ id: 'org:harbour-trust', name: 'Harbour Trust', type: 'ORG', country: 'GBR', sector: 'NGO', aliases: ['the Trust', 'HBT'] }],
  }));
  const analyzer = new Analyzer({ kbFiles: [file] });
  const text = 'The Prime Minister praised HBT. The Harbour Trust thanked her.';
  const doc = analyzer.analyzeDoc(text, { published: '2031-06-01' });
  const pm = doc.entities.find((e) => e.mentions.some((m) => m.text === 'The Prime Minister'));
  assert.equal(pm?.name, 'Ana Velasco');
  const trust = doc.entities.find((e) => e.kbId === 'org:harbour-trust');
  assert.deepEqual(trust?.mentions.map((m) => m.text), ['HBT', 'Harbour Trust']);
  assert.equal(trust?.sector, 'NGO');
});

test('a user KB file may be YAML', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-kb-'));
  const file = join(dir, 'mine.yaml');
  writeFileSync(file, [
    'orgs:',
    '  - id: org:quayside-union',
    '    name: Quayside Workers Union',
    '    type: ORG',
    '    country: GBR',
    '    aliases: [QWU]',
  ].join('\n'));
  const doc = new Analyzer({ kbFiles: [file] }).analyzeDoc('The QWU called a strike.', { published: '2024-01-01' });
  assert.equal(doc.entities[0]?.kbId, 'org:quayside-union');
  assert.equal(doc.entities[0]?.country, 'GBR');
});

test('a broken user KB file is reported with its path', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-kb-'));
  const file = join(dir, 'broken.json');
  writeFileSync(file, '{ not json');
  assert.throws(() => loadKnowledgeBase({ files: [file] }), new RegExp(file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
});

test('an agent phrase gives its head noun to the agent nouns, not a word of what modifies it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-kb-'));
  const file = join(dir, 'agents.json');
  writeFileSync(file, JSON.stringify({ agents: { 'keeper of the lighthouse': 'GOV', 'harbour pilot': 'BUS', 'pilot 7': 'MIL' } }));
  const kb = loadKnowledgeBase({ files: [file] });
  assert.equal(kb.agents.get('keeper of the lighthouse'), 'GOV');
  assert.equal(kb.agents.get('keeper'), 'GOV');
  assert.equal(kb.agents.get('lighthouse'), undefined);
  assert.equal(kb.agents.get('pilot'), 'BUS');
  assert.equal(kb.agents.get('7'), undefined);
  // The bundled tables hold phrases such as "embassy in" and "minister for oil".
  for (const word of ['in', 'of', 'for', 'to', 'oil']) assert.equal(loadKnowledgeBase().agents.get(word), undefined, word);
});
