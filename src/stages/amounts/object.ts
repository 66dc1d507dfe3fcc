import { AUXILIARIES, CHANGE_VERBS, CLAUSE_STARTS, COPULAS, NOUN_STOPS } from './lexicon.js';
import { isLowerWord, isWord, tokenText, word, type AmountMatch, type Scan } from './scan.js';

/**
 * What an amount measures, read from the words around it:
 *  - the counted noun ("300 new jobs" → "new jobs");
 *  - a phrase after "of", or "in"/"on" after money ("40% of voters", "$4.5bn in aid", "£3bn on hospitals");
 *  - a multiplier's comparison ("230 times the shipbuilding capacity of America");
 *  - a noun right after ("a $4.5 million contract", "second-largest economy");
 *  - else the subject of the verb that carries it ("The value of UK exports to
 *    China has increased from £20billion …" → "value of UK exports to China").
 */
export function objectOf(s: Scan, m: AmountMatch): string | undefined {
  if (m.noun) return tokenText(s, m.noun.start, m.noun.end);
  const after = word(s, m.end);
  if (m.kind === 'multiplier' && POSSESSIVE_OR_THE.has(after)) return phrase(s, m.end + 1);
  if (after === 'of' && m.kind !== 'rank') return phrase(s, m.end + 1);
  if ((after === 'in' || after === 'on') && m.kind === 'money' && isLowerWord(s, m.end + 1)) return phrase(s, m.end + 1);
  // "a $4.5 million contract", "the second-largest economy": the noun the amount modifies.
  const modifies = m.kind === 'rank' || ARTICLES.has(word(s, m.start - 1));
  if (modifies && isLowerWord(s, m.end) && !NOUN_STOPS.has(after) && !CHANGE_VERBS.has(after) && !looksLikeVerb(after)) {
    return phrase(s, m.end);
  }
  return subjectBefore(s, m.start);
}

const POSSESSIVE_OR_THE = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'that']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/** Past-tense or participle forms end a noun phrase: "62% of voters backed …". */
function looksLikeVerb(w: string): boolean {
  return w.length > 4 && w.endsWith('ed');
}
const PRONOUNS = new Set(['it', 'they', 'this', 'that', 'he', 'she', 'we', 'i', 'you', 'there', 'these', 'those', 'which', 'who']);
const MAX_PHRASE = 6;
const MAX_SUBJECT = 10;
/** How far back from the amount to look for its verb. */
const VERB_REACH = 14;

/** A noun phrase from token j: words (and inner "of"), up to punctuation or another function word. */
function phrase(s: Scan, j: number): string | undefined {
  let k = j;
  if (DETERMINERS.has(word(s, k))) k++;
  const start = k;
  while (k < s.limit && k - start < MAX_PHRASE && isWord(s, k) && !s.blocked[k]) {
    const w = word(s, k);
    if (k > start && looksLikeVerb(w) && isLowerWord(s, k)) break;
    if (NOUN_STOPS.has(w) && !(w === 'of' && k > start) && !(w === 'to' && k > start && isWord(s, k + 1) && !isLowerWord(s, k + 1))) break;
    k++;
  }
  while (k > start && (word(s, k - 1) === 'of' || word(s, k - 1) === 'to')) k--;
  return k > start ? tokenText(s, start, k) : undefined;
}

/** The subject of the nearest change verb or copula before the amount, within its clause. */
function subjectBefore(s: Scan, amountStart: number): string | undefined {
  let verb = -1;
  for (let k = amountStart - 1; k >= s.first && amountStart - k <= VERB_REACH; k--) {
    const w = word(s, k);
    if (CLAUSE_STARTS.has(w) && w !== 'that') break;
    if (CHANGE_VERBS.has(w) || COPULAS.has(w)) { verb = k; break; }
  }
  if (verb < 0) return undefined;
  let end = verb;
  while (end > s.first && AUXILIARIES.has(word(s, end - 1))) end--;
  let start = end;
  while (start > s.first && !CLAUSE_STARTS.has(word(s, start - 1)) && end - start < MAX_SUBJECT) start--;
  if (start > s.first && !CLAUSE_STARTS.has(word(s, start - 1))) return undefined; // ran too long to be a subject
  while (start < end && (DETERMINERS.has(word(s, start)) || word(s, start) === 'but' || word(s, start) === 'and')) start++;
  if (start >= end || (end - start === 1 && PRONOUNS.has(word(s, start)))) return undefined;
  return tokenText(s, start, end);
}
