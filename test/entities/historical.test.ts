import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer } from '../../src/index.js';
import { holderOn, loadKnowledgeBase, sectorOn } from '../../src/kb/load.js';
import type { Entity } from '../../src/record/types.js';

const analyzer = new Analyzer();

function named(list: Entity[], text: string): Entity | undefined {
  return list.find((e) => e.mentions.some((m) => m.text === text));
}

test('a historical leader from the Phoenix dictionary gets his country and the sector of the day', () => {
  const text = 'Ronald Reagan and Mikhail Gorbachev shook hands in Reykjavik on Saturday.';
  const in1986 = analyzer.analyzeDoc(text, { published: '1986-10-11' }).entities;
  assert.deepEqual([named(in1986, 'Ronald Reagan')?.country, named(in1986, 'Ronald Reagan')?.sector], ['USA', 'GOV']);
  assert.deepEqual([named(in1986, 'Mikhail Gorbachev')?.country, named(in1986, 'Mikhail Gorbachev')?.sector], ['RUS', 'GOV']);
  // Out of office: still American, now one of the elite.
  const in1995 = analyzer.analyzeDoc(text, { published: '1995-03-02' }).entities;
  assert.deepEqual([named(in1995, 'Ronald Reagan')?.country, named(in1995, 'Ronald Reagan')?.sector], ['USA', 'ELI']);
});

test('Phoenix aliases lose their titles, and a later surname joins the same person', () => {
  const text = 'Yasser Arafat rejected the plan on Tuesday. Arafat told aides he would not sign.';
  const list = analyzer.analyzeDoc(text, { published: '2000-07-25' }).entities;
  const arafat = named(list, 'Yasser Arafat');
  assert.deepEqual([arafat?.country, arafat?.sector], ['PSE', 'GOV']);
  assert.ok(arafat?.mentions.some((m) => m.text === 'Arafat'));
});

test('historical people never answer a role noun and never displace the hand-written leaders', () => {
  const kb = loadKnowledgeBase();
  // Reagan is in the KB, but without offices: "the president" of 1985 stays unresolved rather than guessed.
  assert.ok([...kb.entries.values()].some((e) => e.name === 'Ronald Reagan'));
  assert.equal(holderOn(kb, 'president', 'USA', '1985-06-01'), null);
  // "George Bush" is the hand-written George W. Bush; Phoenix's George Bush (the father) keeps his longer names.
  const text = 'George Bush spoke in Ohio. George H. W. Bush sent a letter.';
  const list = analyzer.analyzeDoc(text, { published: '2004-05-01' }).entities;
  const son = named(list, 'George Bush');
  const father = named(list, 'George H. W. Bush');
  assert.equal(son?.name, 'George W. Bush');
  assert.equal(father?.country, 'USA');
  assert.notEqual(father?.id, son?.id);
});

test('sectorOn: GOV wins among codes valid on the day; the undated code is the fallback', () => {
  const entry = { id: 'x', name: 'X', type: 'PERSON', country: 'HUN', sectors: 'HUNELI 19500101-19920101|HUNGOV 19900101-19940101|HUNOPP 19940101-|HUNELI' };
  assert.equal(sectorOn(entry, '1980-05-05'), 'ELI');
  assert.equal(sectorOn(entry, '1991-05-05'), 'GOV');
  assert.equal(sectorOn(entry, '1999-05-05'), 'OPP');
  assert.equal(sectorOn({ ...entry, sectors: 'HUNGOV 19900101-19940101|HUNELI' }, '2001-01-01'), 'ELI');
  assert.equal(sectorOn({ ...entry, sectors: 'HUNGOV 19900101-19940101' }, '2001-01-01'), undefined);
});

test('a user KB file may add historical people in the compact form', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-kb-'));
  const file = join(dir, 'old.json');
  writeFileSync(file, JSON.stringify({ historical: [['Tamas Vargeny', 'HUN', 'HUNELI 19500101-19900101|HUNGOV 19900101-19940101|HUNELI', 'tamas vargeny']] }));
  const text = 'Tamas Vargeny opened the new bridge over the Danube.';
  const list = new Analyzer({ kbFiles: [file] }).analyzeDoc(text, { published: '1992-09-14' }).entities;
  assert.deepEqual([named(list, 'Tamas Vargeny')?.country, named(list, 'Tamas Vargeny')?.sector], ['HUN', 'GOV']);
});

test('a Phoenix name with a middle name also matches its first-and-last short form', () => {
  const text = 'Carlos Menem flew to Madrid for talks on trade.';
  const menem = named(analyzer.analyzeDoc(text, { published: '1993-04-20' }).entities, 'Carlos Menem');
  assert.deepEqual([menem?.country, menem?.sector], ['ARG', 'GOV']);
});

test('a leader title before a bare surname finds the historical leader; a bare surname alone does not', () => {
  const titled = analyzer.analyzeDoc('President Mugabe opened the new parliament session in Harare.', { published: '2006-07-03' }).entities;
  const mugabe = named(titled, 'President Mugabe') ?? titled.find((e) => e.mentions.some((m) => m.text.includes('Mugabe')));
  assert.deepEqual([mugabe?.name, mugabe?.country, mugabe?.sector], ['Robert Mugabe', 'ZWE', 'GOV']);
  const bare = analyzer.analyzeDoc('Reagan spoke to farmers at the county fair.', { published: '1984-08-01' }).entities;
  assert.equal(bare.find((e) => e.mentions.some((m) => m.text === 'Reagan'))?.country, undefined);
});
