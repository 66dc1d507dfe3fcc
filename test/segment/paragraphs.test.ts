import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphTexts, segment } from '../helpers.js';

test('blank lines separate paragraphs', () => {
  assert.deepEqual(paragraphTexts('First one.\n\nSecond one.\n\n\nThird.'), ['First one.', 'Second one.', 'Third.']);
});

test('single newlines separate paragraphs too', () => {
  assert.deepEqual(paragraphTexts('First one.\nSecond one.\nThird.'), ['First one.', 'Second one.', 'Third.']);
});

test('hard-wrapped lines are joined back into one paragraph', () => {
  assert.deepEqual(paragraphTexts('The council met on Tuesday and\nvoted to close the library.\n\nNext item.'), [
    'The council met on Tuesday and\nvoted to close the library.', 'Next item.',
  ]);
});

test('CRLF, indentation and trailing spaces are trimmed off paragraph spans', () => {
  const text = '  Indented start.  \r\n\r\n\tTabbed.\r\n';
  assert.deepEqual(paragraphTexts(text), ['Indented start.', 'Tabbed.']);
});

test('sentences never cross paragraphs, even without final punctuation', () => {
  const doc = segment('Headline without a stop\nBody text here. More text');
  assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end)), [
    'Headline without a stop', 'Body text here.', 'More text',
  ]);
});

test('empty and whitespace-only text has no paragraphs', () => {
  assert.deepEqual(paragraphTexts(''), []);
  assert.deepEqual(paragraphTexts(' \n\n \t'), []);
});
