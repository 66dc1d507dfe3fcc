/**
 * The events stage in context: quotations and their speakers, merged
 * mentions of one meeting, place, setting and date, CAMEO export, group
 * actors from the knowledge base, and bad input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import { extractEvents } from '../../src/stages/events/index.js';
import { brief, CAST, docWith, eventsOf } from './helpers.js';

test('a quoted accusation is the speaker’s ACCUSE against whoever is accused', () => {
  const text = 'Speaking on Sunday, Claire Moreau told reporters: “Russia steals our data and ignores every rule.”';
  const events = eventsOf(text).map(brief);
  assert.ok(events.includes('ACCUSE moreau→russia'), events.join(' | '));
});

test('an unattributed paragraph opening a quotation continues the previous speaker', () => {
  const text = 'Helen Lamb told the BBC: “We have been patient.\n\n“Iran cheats on every deal it signs.”';
  const events = eventsOf(text).map(brief);
  assert.ok(events.includes('ACCUSE lamb→iran'), events.join(' | '));
});

test('wrongdoing narrated outside quotation marks is not an accusation by anyone', () => {
  assert.deepEqual(eventsOf('Russia ignores the rules.').map(brief), []);
});

test('"I" in a quotation is the speaker', () => {
  const text = 'Mr Okafor said: “I will meet Mr Chen in Tokyo.”';
  assert.ok(eventsOf(text).map(brief).includes('AGREE chen+okafor→ (future)'));
});

test('a later "they" meeting merges with the announced meeting and brings date and place', () => {
  const text = 'Helen Lamb will meet Chen Wei. They are expected to hold talks on Friday at the G7 summit in Japan.';
  const events = eventsOf(text, { times: [{ text: 'on Friday', value: '2025-03-14' }] });
  const meetings = events.filter((e) => e.type === 'AGREE');
  assert.equal(meetings.length, 1);
  const m = meetings[0]!;
  assert.deepEqual([...m.actors].sort(), ['chen', 'lamb']);
  assert.equal(m.auxiliary, 'future');
  assert.equal(m.date, '2025-03-14');
  assert.equal(m.location?.country, 'JPN');
  assert.equal(m.location?.setting, 'G7 summit');
  assert.equal(m.evidence.length, 2);
});

test('evidence spans are offsets into the text', () => {
  const text = 'Earlier, Russia invaded Ukraine.';
  const [e] = eventsOf(text);
  assert.ok(e);
  for (const span of e.evidence) assert.equal(text.slice(span.start, span.end), span.text);
  assert.match(e.evidence[0]!.text, /Russia invaded Ukraine/);
});

test('an event read both as a verb and as its noun ("gave Egypt new loans") carries its evidence once', () => {
  const events = eventsOf('Germany gave Egypt new loans.');
  assert.equal(events.length, 1, events.map(brief).join(' | '));
  assert.equal(events[0]!.evidence.length, 1);
});

test('each event exports a CAMEO code whose Goldstein score matches', () => {
  const [attack] = eventsOf('Russia invaded Ukraine.');
  assert.equal(attack?.cameo?.slice(0, 2), '19');
  assert.equal(attack?.goldstein, -10);
  const [meeting] = eventsOf('Ms Lamb met Mr Chen.');
  assert.equal(meeting?.cameo, '040');
  assert.equal(meeting?.goldstein, 1);
});

test('a bare year dates the event when the times stage did not run, and an earlier year is historical', () => {
  const [e] = eventsOf('Russia annexed Crimea from Ukraine in 2014.', { published: '2024-11-17' });
  assert.equal(e?.date, '2014');
  assert.equal(e?.auxiliary, 'historical');
});

test('"the first leader since X in YEAR to meet Y" is X’s meeting with Y, historical', () => {
  const text = 'Ms Lamb will be the first minister since Claire Moreau in 2019 to meet Mr Chen.';
  const events = eventsOf(text, { published: '2024-11-17' }).map(brief);
  assert.ok(events.includes('CONSULT chen+moreau→ (historical)'), events.join(' | '));
});

test('without an actor there is no event (PLOVER), unless the diagnostic switch is set', () => {
  const doc = docWith('Talks were held in Geneva.', CAST);
  assert.deepEqual(extractEvents(doc), []);
  assert.equal(extractEvents(doc, undefined, { requireActor: false })[0]?.type, 'CONSULT');
});

test('the full pipeline codes wire-style group actors by country and sector', () => {
  const record = analyze('Russian officials met Chinese diplomats in Beijing on Monday.', { published: '2024-11-18' });
  const meeting = record.events.find((e) => e.type === 'CONSULT');
  assert.ok(meeting, JSON.stringify(record.events));
  const countries = meeting.actors.map((id) => record.entities.find((e) => e.id === id)?.country).sort();
  assert.deepEqual(countries, ['CHN', 'RUS']);
});

test('a demonym before a place word and a preposition is no group actor; "Dozens of" opens no name', () => {
  const record = analyze('Dozens of Chilean miners blocked a highway near the Argentine border on Tuesday in protest at new taxes, officials said.', { published: '2025-06-03' });
  const names = record.entities.map((e) => e.name);
  // The knowledge base's agent phrases ("embassy in") once made "in" an agent noun, and "Argentine border on Tuesday in" a group.
  assert.ok(!names.some((n) => /\bin$|^Dozens/.test(n)), names.join(' | '));
  const protests = record.events.filter((e) => e.type === 'PROTEST');
  assert.equal(protests.length, 1, JSON.stringify(protests));
  assert.deepEqual(protests[0]!.actors.map((id) => record.entities.find((e) => e.id === id)?.country), ['CHL']);
});

test('a group actor is a demonym and its agent noun with only modifiers between, never across a preposition or an article', () => {
  const record = analyze('Canadian jobs under the leadership of the new minister are safe, and Brazilian and Chilean trade officials met on Friday.', { published: '2025-06-06' });
  const groups = record.entities.filter((e) => e.type === 'NORP').map((e) => `${e.name}|${e.sector ?? ''}`);
  // "Canadian" stands for its country; "and" joins two demonyms sharing one head.
  assert.deepEqual(groups, ['Canadian|', 'Brazilian and Chilean trade officials|GOV']);
});

test('a people named by a noun ("Croat") or by the plural of an adjective demonym ("Albanians") is its country', () => {
  const record = analyze('Croat police arrested twelve Albanians near the border on Sunday.', { published: '2025-06-08' });
  const arrest = record.events.find((e) => e.type === 'COERCE');
  assert.ok(arrest, JSON.stringify(record.events));
  const country = (id: string) => record.entities.find((e) => e.id === id)?.country;
  assert.deepEqual(arrest.actors.map(country), ['HRV']);
  assert.deepEqual(arrest.recipients.map(country), ['ALB']);
});

test('a country word in a title gives a person a country; one in the person\'s own name does not', () => {
  const record = analyze('Dutch Foreign Minister Anneke Kuiper criticised Nelson Georgia, who had accused Peru of lying.', { published: '2025-06-09' });
  const person = (name: string) => record.entities.find((e) => e.name === name);
  assert.equal(person('Anneke Kuiper')?.country, 'NLD');
  assert.ok(person('Nelson Georgia'), record.entities.map((e) => e.name).join(' | '));
  assert.equal(person('Nelson Georgia')!.country, undefined);
});

test('bad input never crashes the events stage', () => {
  const inputs = [
    '', '   ', '“', '“Russia invaded', 'invaded invaded invaded', '\u0000\uFFFF\uD800 attack',
    `${'Russia attacked Ukraine and '.repeat(3000)}.`, '"""', 'They met. They met. They met.',
    'Russia’s', 'by by by keeping afloat', '“I will meet him”, ” he said “',
  ];
  for (const text of inputs) {
    assert.doesNotThrow(() => eventsOf(text), text.slice(0, 30));
    assert.doesNotThrow(() => analyze(text), text.slice(0, 30));
  }
});
