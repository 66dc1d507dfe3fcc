import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Analyzer } from '../../src/index.js';
import { entityAt, resolveReference } from '../../src/stages/entities/lookup.js';
import type { Entity } from '../../src/record/types.js';

const analyzer = new Analyzer();

function entities(text: string, published = '2024-11-17'): Entity[] {
  return analyzer.analyzeDoc(text, { published }).entities;
}

function holding(list: Entity[], text: string, mention: string, nth = 1): Entity | undefined {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(mention, at + 1);
  assert.ok(at >= 0, `"${mention}" is in the text`);
  return list.find((e) => e.mentions.some((m) => m.start < at + mention.length && at < m.end));
}

test('a full name, its honorific short form and the office it holds are one person', () => {
  const text = 'Sir Keir Starmer met union leaders on Friday. Sir Keir said the talks went well. The Prime Minister then left.';
  const list = entities(text);
  const keir = holding(list, text, 'Sir Keir Starmer');
  assert.equal(keir?.type, 'PERSON');
  assert.equal(keir?.country, 'GBR');
  assert.equal(holding(list, text, 'Sir Keir', 2), keir);
  assert.equal(holding(list, text, 'The Prime Minister'), keir);
});

test('"the Prime Minister" follows the publication date', () => {
  const text = 'The Prime Minister will travel to Brussels next week, Downing Street said.';
  const in2018 = holding(entities(text, '2018-03-01'), text, 'The Prime Minister');
  const in2024 = holding(entities(text, '2024-11-17'), text, 'The Prime Minister');
  assert.equal(in2018?.name, 'Theresa May');
  assert.equal(in2024?.name, 'Keir Starmer');
});

test('capitals used for governments join their country; metonyms of No 10 join the UK government', () => {
  const text = 'Downing Street said relations with Beijing mattered. No 10 added that China was a partner and the Government would say more.';
  const list = entities(text);
  const china = holding(list, text, 'China');
  assert.equal(china?.type, 'GPE');
  assert.equal(china?.country, 'CHN');
  assert.equal(holding(list, text, 'Beijing'), china);
  const gov = holding(list, text, 'Downing Street');
  assert.equal(gov?.type, 'ORG');
  assert.equal(gov?.country, 'GBR');
  assert.equal(gov?.sector, 'GOV');
  assert.equal(holding(list, text, 'No 10'), gov);
  assert.equal(holding(list, text, 'the Government'), gov);
});

test('an acronym and its expansion are one organisation', () => {
  const text = 'He criticised the WTO [World Trade Organisation] again. The WTO did not reply.';
  const list = entities(text);
  const wto = holding(list, text, 'WTO');
  assert.equal(wto?.type, 'ORG');
  assert.equal(holding(list, text, 'World Trade Organisation'), wto);
  assert.equal(holding(list, text, 'WTO', 2), wto);
});

test('resolveReference: pronouns go to the nearest fitting entity, role nouns to the office-holder', () => {
  const text = 'Rachel Reeves met Keir Starmer. She said the Budget was fair. Labour was pleased.';
  const doc = analyzer.analyzeDoc(text, { published: '2024-11-17' });
  const she = text.indexOf('She');
  const reeves = entityAt(doc, { start: 0, end: 5 });
  assert.equal(reeves?.name, 'Rachel Reeves');
  assert.equal(resolveReference(doc, { start: she, end: she + 3 }), reeves?.id);
  const other = 'The Chancellor spoke first. The Labour leader replied.';
  const doc2 = analyzer.analyzeDoc(`${text} ${other}`, { published: '2024-11-17' });
  const base = text.length + 1;
  const leader = `${text} ${other}`.indexOf('The Labour leader');
  const keir = doc2.entities.find((e) => e.name === 'Keir Starmer');
  assert.equal(resolveReference(doc2, { start: leader, end: leader + 17 }), keir?.id);
  const chancellor = doc2.entities.find((e) => e.name === 'Rachel Reeves');
  assert.equal(resolveReference(doc2, { start: base, end: base + 14 }), chancellor?.id);
});

test('bad input never crashes', () => {
  for (const text of ['', '   ', '“unbalanced', 'A'.repeat(50000), 'Mr', 'the', 'The Prime Minister', '🇬🇧 UK\u0000\uFFFF', 'Sir Sir Sir', 'No 10 No 10']) {
    assert.doesNotThrow(() => entities(text));
  }
});

test('thousands of names, acronyms and role nouns stay linear (no scan of every entity per mention)', () => {
  const parts: string[] = [];
  for (let i = 0; i < 3000; i++) {
    parts.push(`Mr Name${i} Person${i} of the Org${i} Council (OC${i}) met the Prime Minister. He told the BBC that ZX${i} was fine, the minister said.`);
  }
  const start = performance.now();
  const list = entities(parts.join(' '));
  const ms = performance.now() - start;
  assert.ok(list.length > 6000);
  // Linear work is well under a second here; a quadratic pass takes minutes. The bound leaves room for a loaded machine.
  assert.ok(ms < 20000, `took ${ms.toFixed(0)} ms`);
});

test('a party leader is opposition (OPP) until in government (GOV), by the date', () => {
  const text = 'Keir Starmer spoke in Leeds.';
  assert.equal(holding(entities(text, '2022-05-01'), text, 'Keir Starmer')?.sector, 'OPP');
  assert.equal(holding(entities(text, '2024-11-17'), text, 'Keir Starmer')?.sector, 'GOV');
});

test('"Sir Keir" alone links to the one knight of that name leading a party on the date', () => {
  const text = 'Sir Keir visited a school in Kent.';
  const keir = holding(entities(text, '2024-03-01'), text, 'Sir Keir');
  assert.equal(keir?.name, 'Keir Starmer');
  assert.equal(keir?.country, 'GBR');
});
