import { TOKEN_SOURCE } from '../doc/tokens.js';

const TOKEN = new RegExp(TOKEN_SOURCE, 'gu');
const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}/gu;

/**
 * One normal form for names, shared by the KB index and the entity stage, so
 * "the World Trade Organisation", "World Trade Organization" and "world trade
 * organization" meet: lower case, typographic apostrophes straightened,
 * -isation spelt -ization, a leading "the" dropped, words split as the
 * tokenizer splits them.
 */
export function normaliseWord(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('’')) w = w.replace(/’/g, "'");
  if (w.includes('isation')) w = w.replace(/isation/g, 'ization');
  // Fold accents so "Québec" meets "Quebec" (only words with non-ASCII letters pay for it).
  if (NON_ASCII.test(w)) w = w.normalize('NFD').replace(MARKS, '');
  return w;
}

export function nameWords(name: string): string[] {
  // Same splitting as tokenize(), without its typed arrays: the KB has thousands of names.
  const words = name.match(TOKEN)?.map(normaliseWord) ?? [];
  if (words.length > 1 && words[0] === 'the') words.shift();
  return words;
}

export function normaliseName(name: string): string {
  return nameWords(name).join(' ');
}

/** "WHO", "US", "U.S.": names written in capitals only match capitals. */
export function isCapsName(name: string): boolean {
  return /^[A-Z][A-Z.&]*$/.test(name) && name.length <= 6;
}
