/**
 * English verb and noun inflection, enough to turn a lemma from the pattern
 * files into the forms news text uses. Over-generation is harmless (a form
 * like "visitted" never occurs); missing forms cost recall, so irregular
 * verbs come from data/events/grammar.json.
 */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isConsonant(c: string | undefined): boolean {
  return c !== undefined && /[a-z]/.test(c) && !VOWELS.has(c);
}

/** Short consonant-vowel-consonant endings double their last letter: ban → banned. */
function endsCvc(w: string): boolean {
  const n = w.length;
  return n >= 3 && isConsonant(w[n - 1]) && !'wxy'.includes(w[n - 1]!) && VOWELS.has(w[n - 2]!) && isConsonant(w[n - 3]);
}

export function verbForms(lemma: string, irregular: readonly string[] = []): string[] {
  const forms = new Set<string>([lemma, ...irregular]);
  const last = lemma[lemma.length - 1]!;
  const beforeLast = lemma[lemma.length - 2];
  // third person singular
  if (/(s|x|z|ch|sh|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (last === 'y' && isConsonant(beforeLast)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  // past and participles
  if (last === 'e') {
    forms.add(`${lemma}d`);
    forms.add(lemma.endsWith('ie') ? `${lemma.slice(0, -2)}ying` : lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`);
  } else if (last === 'y' && isConsonant(beforeLast)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
    if (endsCvc(lemma)) {
      forms.add(`${lemma}${last}ed`);
      forms.add(`${lemma}${last}ing`);
    }
  }
  return [...forms];
}

export function nounForms(noun: string): string[] {
  if (/(s|ss)$/.test(noun)) return [noun];
  const last = noun[noun.length - 1]!;
  if (/(x|z|ch|sh)$/.test(noun)) return [noun, `${noun}es`];
  if (last === 'y' && isConsonant(noun[noun.length - 2])) return [noun, `${noun.slice(0, -1)}ies`];
  return [noun, `${noun}s`];
}
