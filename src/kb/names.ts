import { tokenize } from '../doc/tokens.js';

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
  return w;
}

export function nameWords(name: string): string[] {
  const t = tokenize(name);
  const words: string[] = [];
  for (let i = 0; i < t.count; i++) words.push(normaliseWord(name.slice(t.starts[i], t.ends[i])));
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
