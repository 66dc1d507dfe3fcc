import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceTexts } from '../helpers.js';

test('plain sentences split on terminal punctuation', () => {
  assert.deepEqual(sentenceTexts('The vote was close. Ministers met at noon! Was it enough?'), [
    'The vote was close.', 'Ministers met at noon!', 'Was it enough?',
  ]);
});

test('titles and honorifics do not end a sentence', () => {
  assert.deepEqual(sentenceTexts('Mr. Okafor met Dr. Lindqvist and Mrs. Patel. They spoke briefly.'), [
    'Mr. Okafor met Dr. Lindqvist and Mrs. Patel.', 'They spoke briefly.',
  ]);
});

test('"No 10" and "No. 10" stay inside one sentence', () => {
  assert.deepEqual(sentenceTexts('A source at No 10 said talks would continue. Officials at No. 10 declined to comment.'), [
    'A source at No 10 said talks would continue.', 'Officials at No. 10 declined to comment.',
  ]);
});

test('dotted acronyms end a sentence only when a new one visibly begins', () => {
  assert.deepEqual(sentenceTexts('The U.S. Senate voted on Tuesday. Aid to the U.K. was cut. The move angered allies.'), [
    'The U.S. Senate voted on Tuesday.', 'Aid to the U.K. was cut.', 'The move angered allies.',
  ]);
});

test('month abbreviations before dates do not end a sentence', () => {
  assert.deepEqual(sentenceTexts('The memorial opened after the Sept. 11 attacks. It drew crowds on Jan. 3 each year.'), [
    'The memorial opened after the Sept. 11 attacks.', 'It drew crowds on Jan. 3 each year.',
  ]);
});

test('initials in names are not sentence ends', () => {
  assert.deepEqual(sentenceTexts('The novel by J. R. Hartley sold well. Critics were kind.'), [
    'The novel by J. R. Hartley sold well.', 'Critics were kind.',
  ]);
});

test('a sentence ending inside curly quotes keeps its closing mark', () => {
  assert.deepEqual(sentenceTexts('She said: “We will not back down.” The crowd cheered.'), [
    'She said: “We will not back down.”', 'The crowd cheered.',
  ]);
});

test('sentences inside a quotation split, and the quote marks stay attached', () => {
  assert.deepEqual(sentenceTexts('“I think that is fair. We both agree,” the mayor said.'), [
    '“I think that is fair.', 'We both agree,” the mayor said.',
  ]);
});

test('straight, single, guillemet and TeX-style quotes all close a sentence', () => {
  assert.deepEqual(sentenceTexts('He said "enough." Then he left. She wrote \'never.\' Then she paused. « Assez. » Puis rien. ``Go home.\'\' Nobody moved.'), [
    'He said "enough."', 'Then he left.', 'She wrote \'never.\'', 'Then she paused.', '« Assez. »', 'Puis rien.', '``Go home.\'\'', 'Nobody moved.',
  ]);
});

test('an exclamation inside a quote followed by lower case continues the sentence', () => {
  assert.deepEqual(sentenceTexts('“Get out!” she shouted at the reporters.'), ['“Get out!” she shouted at the reporters.']);
});

test('dashes do not split sentences', () => {
  assert.deepEqual(sentenceTexts('The deal – struck late on Friday – was welcomed. “Never again” - Jane Doe.'), [
    'The deal – struck late on Friday – was welcomed.', '“Never again” - Jane Doe.',
  ]);
});

test('decimal numbers, ellipses and lower-case abbreviations', () => {
  assert.deepEqual(sentenceTexts('Growth was 2.5 per cent, i.e. slower than hoped... Markets fell. Costs rose vs. last year.'), [
    'Growth was 2.5 per cent, i.e. slower than hoped...', 'Markets fell.', 'Costs rose vs. last year.',
  ]);
});

test('a sentence-final word that merely looks like an abbreviation still ends the sentence', () => {
  assert.deepEqual(sentenceTexts('The minister fell ill. She recovered. We cannot miss. It matters.'), [
    'The minister fell ill.', 'She recovered.', 'We cannot miss.', 'It matters.',
  ]);
});
