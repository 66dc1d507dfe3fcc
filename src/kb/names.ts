import { TOKEN_SOURCE } from '../doc/tokens.js';

const TOKEN = new RegExp(TOKEN_SOURCE, 'gu');
const MARKS = /\p{M}/gu;

/**
 * One normal form for names, shared by the KB index and the entity stage, so
 * "the World Trade Organisation", "World Trade Organization" and "world trade
 * organization" meet: lower case, typographic apostrophes straightened,
 * -isation spelt -ization, a leading "the" dropped, words split as the
 * tokenizer splits them.
 */
export function normaliseWord(word: string): string {
  return normaliseLowerCase(word.toLowerCase());
}

/** normaliseWord() of a word already lower-cased (lower-casing twice changes nothing). */
export function normaliseLowerCase(lower: string): string {
  let w = lower;
  // One pass over the characters: most words are plain ASCII and leave here.
  let plain = true;
  for (let i = 0; i < w.length; i++) {
    if (w.charCodeAt(i) > 127) { plain = false; break; }
  }
  if (!plain) {
    if (w.includes('’')) w = w.replace(/’/g, "'");
    // Fold accents so "Québec" meets "Quebec".
    w = w.normalize('NFD').replace(MARKS, '');
  }
  if (w.length >= 7 && w.includes('isation')) w = w.replace(/isation/g, 'ization');
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
