import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, tokenize, TokenKind } from '../../src/doc/tokens.js';

function tokens(text: string): string[] {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.starts[i], t.ends[i]));
}

test('words keep inner apostrophes and hyphens; punctuation stands alone', () => {
  assert.deepEqual(tokens('It’s the second-biggest, isn\'t it?'), ['It’s', 'the', 'second-biggest', ',', 'isn\'t', 'it', '?']);
});

test('dotted abbreviations keep their period, other words do not', () => {
  assert.deepEqual(tokens('The U.S. and the UK.'), ['The', 'U.S.', 'and', 'the', 'UK', '.']);
});

test('numbers with separators, currency symbols and codes like G20', () => {
  assert.deepEqual(tokens('£20billion, $4.5m and 1,200 at the G20'), ['£', '20', 'billion', ',', '$', '4.5', 'm', 'and', '1,200', 'at', 'the', 'G20']);
  const t = tokenize('£5');
  assert.equal(t.kinds[0], TokenKind.Symbol);
  assert.equal(t.kinds[1], TokenKind.Number);
});

test('quote marks of every style are separate tokens, TeX quotes as pairs', () => {
  assert.deepEqual(tokens('“a” ‘b’ «c» ``d\'\' "e"'), ['“', 'a', '”', '‘', 'b', '’', '«', 'c', '»', '``', 'd', '\'\'', '"', 'e', '"']);
});

test('offsets are UTF-16 code units, surviving astral characters', () => {
  const text = 'Flag 🇬🇧 then Zoë.';
  const t = tokenize(text);
  const last = t.count - 2;
  assert.equal(text.slice(t.starts[last], t.ends[last]), 'Zoë');
});

test('countWords counts words and numbers, not punctuation', () => {
  assert.equal(countWords(tokenize('Hello, world: 42 times!')), 4);
});

test('tokens grow past the initial capacity guess', () => {
  const text = 'a '.repeat(5000) + ',,,,,,,,,,'.repeat(500);
  assert.equal(tokenize(text).count, 10000);
});
