import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import type { DossierRecord, Quote } from '../../src/record/types.js';

/** These run the whole default pipeline: speakers resolve against the entity stage's entities. */
function entityOf(record: DossierRecord, q: Quote | undefined) {
  return record.entities.find((e) => e.id === q?.speaker);
}

function quoteStarting(record: DossierRecord, prefix: string): Quote | undefined {
  return record.quotes.find((q) => q.content[0]!.text.startsWith(prefix));
}

test('speakers: a pronoun continues the quoted speaker, not a name inside the quotation', () => {
  const record = analyze('Angela Brennan said: “I spoke to Michael Harte about it.”\n“We agreed on nothing,” she added.');
  const first = quoteStarting(record, '“I spoke');
  const second = quoteStarting(record, '“We agreed');
  assert.ok(first?.speaker && second?.speaker);
  assert.equal(second.speaker, first.speaker);
  assert.match(entityOf(record, first)!.name, /Brennan/);
});

test('speakers: unnamed groups become entities so the speaker is always an id', () => {
  const record = analyze('Critics said the scheme would cost far more than promised.');
  const q = quoteStarting(record, 'the scheme would cost');
  const e = entityOf(record, q);
  assert.ok(e, 'speaker is an entity');
  assert.ok(e.mentions.some((m) => m.text === 'Critics'));
});

test('speakers: the same unnamed source twice is one entity', () => {
  const record = analyze('A council spokesman said the road would reopen soon. Later a council spokesman said the date had slipped.');
  const ids = new Set(record.quotes.map((q) => q.speaker));
  assert.equal(record.quotes.length, 2);
  assert.equal(ids.size, 1);
});

test('speakers: a named source with a title resolves to the person, not the party in the title', () => {
  const record = analyze('Former Labour minister Peter Dowd told the Guardian: “The party has lost its way.”');
  const q = quoteStarting(record, '“The party has lost');
  assert.match(entityOf(record, q)?.name ?? '', /Dowd/);
});

test('speakers: never a bare pronoun, even with nobody to resolve it to', () => {
  const record = analyze('“It was not my decision,” he said.');
  const q = quoteStarting(record, '“It was not');
  assert.ok(q);
  assert.ok(q.speaker === null || record.entities.some((e) => e.id === q.speaker && !/^(he|she)$/i.test(e.name)));
});

test('speakers: "she" skips an unnamed group that spoke in between', () => {
  const record = analyze('Maria Lopez said: “The clinic will stay open.”\nOfficials said the budget was tight.\n“We will find the money,” she added.');
  const first = quoteStarting(record, '“The clinic');
  const last = quoteStarting(record, '“We will find');
  assert.ok(first?.speaker);
  assert.equal(last?.speaker, first.speaker);
});

test('speakers: a role of someone\'s ("its managing director") is the person the text gives that role in an apposition, before or after it', () => {
  const later = analyze('The ferry timetable will change in June, its managing director said.\n\nMs Ingrid Solberg, the company\'s managing director, wrote to passengers on Friday.');
  assert.equal(entityOf(later, quoteStarting(later, 'The ferry timetable'))?.name, 'Ingrid Solberg');
  const earlier = analyze('Paolo Greco, the port authority\'s spokesman, met the unions.\n\nThe cranes would run again by Monday, the authority\'s spokesman said.');
  assert.equal(entityOf(earlier, quoteStarting(earlier, 'The cranes'))?.name, 'Paolo Greco');
});

test('speakers: a role two people are given stays its own entity, and so do a role given to nobody, a bare "the executive" and "another supporter"', () => {
  const two = analyze('Anna Berg, the council\'s spokeswoman, and Lena Holm, the union\'s spokeswoman, met on Monday.\n\nTalks would resume, its spokeswoman said.');
  assert.equal(entityOf(two, quoteStarting(two, 'Talks would resume'))?.name, 'its spokeswoman');
  // "the son of the managing director" gives Marco Rossi no role: the head of the apposition is "son".
  const none = analyze('Marco Rossi, the son of the managing director, joined in May.\n\nSales rose, its managing director said.');
  assert.equal(entityOf(none, quoteStarting(none, 'Sales rose'))?.name, 'its managing director');
  // An unnamed executive spoke first; the named one is another.
  const bare = analyze('A company executive told the staff the plant would close.\n\nMark Lyle, the group\'s senior executive, spoke later.\n\nThe jobs will move abroad, the executive said.');
  assert.notEqual(entityOf(bare, quoteStarting(bare, 'The jobs will move'))?.name, 'Mark Lyle');
  const another = analyze('Rosa Vidal, the party\'s best-known supporter, spoke first.\n\nWe will not give up, another supporter said.');
  assert.notEqual(entityOf(another, quoteStarting(another, 'We will not give up'))?.name, 'Rosa Vidal');
});

test('speakers: "the [state] Republican" is the person the text was just about, not the party', () => {
  const record = analyze('Senator Dana Whitlow toured a steel plant in Ohio on Monday. The Ohio Republican said the tariffs had saved jobs.');
  const q = quoteStarting(record, 'the tariffs had saved');
  assert.match(entityOf(record, q)?.name ?? '', /Whitlow/);
});

test('speakers: "the [state] senator" is the one person just named, and stays unlinked when two were', () => {
  const one = analyze('Marcus Bell campaigned in Nevada. The Nevada senator said wages were too low.');
  assert.match(entityOf(one, quoteStarting(one, 'wages were too low'))?.name ?? '', /Marcus Bell/);
  const two = analyze('Marcus Bell answered Laura Quinn in a debate. The Nevada senator said wages were too low.');
  const e = entityOf(two, quoteStarting(two, 'wages were too low'));
  assert.ok(e, 'speaker is an entity');
  assert.doesNotMatch(e.name, /Bell|Quinn/);
});

test('speakers: "the [organisation] spokesman" still speaks for the organisation, not the person just named', () => {
  const record = analyze('Tom Reyes waited at the quay. The Harbour Authority spokesman said the port would reopen on Friday.');
  assert.match(entityOf(record, quoteStarting(record, 'the port would reopen'))?.name ?? '', /Harbour Authority/);
});

test('speakers: a description does not refer back to an unnamed speaker', () => {
  const record = analyze('A senior aide said the bill was dead. The Nevada senator said it would pass.');
  const e = entityOf(record, quoteStarting(record, 'it would pass'));
  assert.ok(e, 'speaker is an entity');
  assert.doesNotMatch(e.name, /aide/);
});

test('speakers: a transcript turn is its speaker\'s whole, and the "I" inside it is that speaker', () => {
  const record = analyze('HOST: The council has closed the library. Is that fair?\n\nMARSH: Well, I think the town deserved a vote first.');
  const turn = quoteStarting(record, 'Well, I think');
  assert.ok(turn, JSON.stringify(record.quotes.map((q) => q.content[0]!.text)));
  assert.equal(turn.kind, 'direct');
  assert.match(entityOf(record, turn)?.name ?? '', /MARSH/);
  const inner = quoteStarting(record, 'the town deserved');
  assert.equal(inner?.speaker, turn.speaker);
});

test('speakers: a party and state in parentheses after the name do not hide the person', () => {
  const record = analyze('Rep. Martha Quinlan (D-Ore.) said the bill would pass. “We have the votes,” Sen. Tom Avery (R-Iowa) said.');
  const indirect = entityOf(record, quoteStarting(record, 'the bill would pass'));
  const direct = entityOf(record, quoteStarting(record, '“We have the votes'));
  assert.equal(indirect?.name, 'Martha Quinlan');
  assert.equal(indirect?.type, 'PERSON');
  assert.equal(direct?.name, 'Tom Avery');
});

test('speakers: a role with the person named in an aside after it is that person ("The shadow chancellor, Mel Stride, said")', () => {
  const record = analyze('The finance minister defended the plan. The party spokesman, Tomas Varga, hit back, saying the figures were wrong.');
  const q = quoteStarting(record, 'the figures were wrong');
  assert.equal(entityOf(record, q)?.name, 'Tomas Varga', JSON.stringify(record.quotes.map((x) => [x.source?.text, x.content[0]!.text])));
});
