import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hash53, normalizeName, quotePieces, quotePrints, sameQuote } from '../../src/store/normalize.js';

/** The folding as specified: compatibility decomposition, marks dropped, lower case, words split on anything else. */
function reference(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

test('names fold the same with or without the decomposition shortcut, for every BMP character', () => {
  const differ: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are not text
    const text = `Ab${String.fromCharCode(c)}cd x`;
    if (normalizeName(text) !== reference(text)) differ.push(c.toString(16));
  }
  assert.deepEqual(differ, []);
});

test('accents, ligatures and superscripts still fold', () => {
  assert.equal(normalizeName('Émilie Dubois-Laﬁtte²'), 'emilie dubois lafitte2');
  assert.equal(normalizeName('“Sir Keir’s” £20bn — no…'), 'sir keir s 20bn no');
});

test('a shingle hashed in place equals the hash of the words joined', () => {
  const piece = 'we will not walk away from the talks with our partners';
  assert.equal(hash53(piece, 0, 3, 12), hash53(piece.slice(3, 12)));
  const words = piece.split(' ');
  const expected = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) expected.add(hash53(words.slice(i, i + 5).join(' ')));
  const prints = quotePrints([piece]);
  assert.ok(prints.length > 0);
  for (const p of prints) assert.ok(expected.has(p), 'every print is the hash of a five-word shingle');
  assert.ok(prints.includes(hash53('we will not walk away')), 'the first shingle is a print');
  assert.ok(prints.includes(hash53('the talks with our partners')), 'the last shingle is a print');
});

test('a quote cut short shares a print with the whole quote; a short quote prints its whole text', () => {
  const whole = quotePrints(quotePieces('We will not walk away from the talks with our partners, whatever the critics say.'));
  const cut = quotePrints(quotePieces('We will not walk away from the talks…'));
  assert.ok(cut.some((p) => whole.includes(p)));
  assert.deepEqual(quotePrints(['no deal today']), [hash53('no deal today')]);
});

test('sameQuote: a shorter quote matches a longer one only as whole words, piece after piece, in order', () => {
  const long = ['we will build the new bridge before the winter and keep the ferry running'];
  assert.equal(sameQuote(['we will build the new bridge'], long), true);
  assert.equal(sameQuote(['build the new bridge', 'keep the ferry running'], long), true, 'pieces in order, with words between');
  assert.equal(sameQuote(['keep the ferry running', 'build the new bridge'], long), false, 'pieces out of order');
  assert.equal(sameQuote(['e will build the new'], long), false, 'part of a word is not a word');
  assert.equal(sameQuote(['the new bridge befor'], long), false);
  assert.equal(sameQuote(['the ferry running'], long), false, 'fragments under four words never match');
  assert.equal(sameQuote(['winter and keep the ferry running'], long), true, 'up to the end of the text');
  assert.equal(sameQuote(long, ['we will build the new bridge']), true, 'either argument may be the shorter');
});
