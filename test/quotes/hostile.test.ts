import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/index.js';
import type { Quote } from '../../src/record/types.js';
import { quotesOf } from './helpers.js';

/** Every span the stage returns must be a real slice of the text. */
function assertSpansValid(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    assert.ok(q.content.length > 0);
    for (const s of [q.source, q.cue, ...q.content]) {
      if (!s) continue;
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `bad span ${s.start}-${s.end}`);
      assert.equal(text.slice(s.start, s.end), s.text);
    }
  }
}

test('hostile: 500 paragraphs of nested quotes, none closed', () => {
  const para = '“He told me ‘she said “they said ‘no’ and left';
  const text = Array.from({ length: 500 }, () => para).join('\n');
  const t0 = performance.now();
  const { quotes } = quotesOf(text);
  assert.ok(performance.now() - t0 < 2000, 'linear, not quadratic');
  assertSpansValid(text, quotes);
  // One quotation running over every paragraph, as the multi-paragraph convention says, and no more.
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.content.length, 500);
});

test('hostile: 500 paragraphs of nested, closed quotes with attributions', () => {
  const para = '“I heard him say “stop” and then “go”,” said Ana Ruiz.';
  const text = Array.from({ length: 500 }, () => para).join('\n\n');
  const { quotes } = quotesOf(text);
  assertSpansValid(text, quotes);
  assert.ok(quotes.length >= 500);
});

test('hostile: empty and blank text', () => {
  assert.deepEqual(quotesOf('').quotes, []);
  assert.deepEqual(quotesOf(' \n\n\t ').quotes, []);
});

test('hostile: nothing but quote marks', () => {
  const text = '“”””“““ ‘’’’ """ \'\'\' ”“ «» „“';
  const { quotes } = quotesOf(text);
  assertSpansValid(text, quotes);
});

test('hostile: a stray closing mark does not open a quote', () => {
  const text = 'He said ” the rest is ordinary prose. Then: “Fine,” she said.';
  const { quotes } = quotesOf(text);
  assertSpansValid(text, quotes);
  assert.ok(quotes.some((q) => q.content[0]!.text === '“Fine,”'));
});

test('hostile: one huge paragraph with no punctuation', () => {
  const text = `The minister said “${'word '.repeat(40000)}`;
  const t0 = performance.now();
  const { quotes } = quotesOf(text);
  assert.ok(performance.now() - t0 < 2000);
  assertSpansValid(text, quotes);
});

test('hostile: astral characters and combining marks keep offsets exact', () => {
  const text = '🎉 “Ça a été génial 👍🏽, vraiment,” said Zoë Åström. Then e\u0301 “x 𝒳 y,” she added.';
  const { quotes } = quotesOf(text);
  assertSpansValid(text, quotes);
  assert.ok(quotes.some((q) => q.source?.text === 'Zoë Åström'));
});

test('hostile: an unclosed quote mid-article ends at its paragraph', () => {
  const text = 'Mr Dale said: “We are ready\n\nThe vote is on Tuesday. Turnout is expected to be low.\n\nMs Fenn said the result was certain.';
  const { quotes } = quotesOf(text);
  assertSpansValid(text, quotes);
  const direct = quotes.find((q) => q.kind === 'direct')!;
  assert.equal(direct.content.length, 1);
  assert.equal(direct.content[0]!.text, '“We are ready');
  assert.ok(quotes.some((q) => q.content[0]!.text === 'the result was certain'));
});

test('the default pipeline runs the quotes stage and its record validates', () => {
  const record = analyze('“We will win,” said the captain. The club said tickets were sold out.');
  assert.ok(record.quotes.length >= 2);
  for (const q of record.quotes) assert.ok(q.speaker === null || record.entities.some((e) => e.id === q.speaker));
});
