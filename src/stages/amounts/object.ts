import { TokenKind } from '../../doc/tokens.js';
import {
  AUXILIARIES, BRIDGE_WORDS, CHANGE_VERBS, CLAUSE_STARTS, COPULAS, NOUN_STOPS, PERCENT, SCALE_EXPONENTS,
  SUBJECT_PREPOSITIONS, TIME_NOUNS, VERBS_AFTER_SUBJECT,
} from './lexicon.js';
import { isLowerWord, isWord, tokenText, word, type AmountMatch, type Scan } from './scan.js';

/** Pronouns after "of" that refer back: "40% of whom", "half of them". */
const REFERRING = new Set(['whom', 'which', 'them', 'it', 'us']);

/**
 * What an amount measures, read from the words around it:
 *  - the counted noun ("300 new jobs" → "new jobs");
 *  - a phrase after "of", or "in"/"on" after money ("40% of voters", "$4.5bn in aid", "£3bn on hospitals");
 *  - a multiplier's comparison ("230 times the shipbuilding capacity of America");
 *  - the noun it modifies ("a $4.5 million contract", "an estimated $10 trillion hole", "second-largest economy");
 *  - for "of whom", "of them": `previous`, what the figure before it in the sentence measured;
 *  - else the subject of the verb that carries it ("The value of UK exports to
 *    China has increased from £20billion …" → "value of UK exports to China").
 */
export function objectOf(s: Scan, m: AmountMatch, previous?: string): string | undefined {
  if (m.noun) return tokenText(s, m.noun.start, m.noun.end);
  const after = word(s, m.end);
  if (m.kind === 'multiplier' && POSSESSIVE_OR_THE.has(after)) return phrase(s, m.end + 1);
  // "2.3 million inmates, 40 percent of whom …": what the sentence's figure before measured.
  if (after === 'of' && REFERRING.has(word(s, m.end + 1))) return previous;
  if (after === 'of' && m.kind !== 'rank') return phrase(s, m.end + 1);
  if ((after === 'in' || after === 'on') && m.kind === 'money' && isLowerWord(s, m.end + 1)) {
    const object = phrase(s, m.end + 1);
    return object && !TIME_NOUNS.has(lastWord(object)) ? object : undefined; // "in a single year" is a date
  }
  // A plural right after money starts a new clause more often than it names the thing ("$20 million experts say").
  const pluralAfterMoney = m.kind === 'money' && after.endsWith('s');
  if (modifiesNoun(s, m) && isLowerWord(s, m.end) && !NOUN_STOPS.has(after) && !CHANGE_VERBS.has(after) && !looksLikeVerb(after) && !pluralAfterMoney) {
    return phrase(s, m.end);
  }
  return subjectBefore(s, m.start);
}

const POSSESSIVE_OR_THE = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'that']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const ARTICLES = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
const PRONOUNS = new Set(['it', 'they', 'this', 'that', 'he', 'she', 'we', 'i', 'you', 'there', 'these', 'those', 'which', 'who']);
const MAX_PHRASE = 6;
const MAX_SUBJECT = 10;
/** How far back from the amount to look for its verb. */
const VERB_REACH = 14;

/** Past-tense or participle forms end a noun phrase: "62% of voters backed …". */
function looksLikeVerb(w: string): boolean {
  return w.length > 4 && w.endsWith('ed');
}

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
}

/** A rank, or an amount after an article, maybe with one word between: "an estimated $10 trillion hole". */
function modifiesNoun(s: Scan, m: AmountMatch): boolean {
  if (m.kind === 'rank') return true;
  const before = word(s, m.start - 1);
  return ARTICLES.has(before) || (isLowerWord(s, m.start - 1) && ARTICLES.has(word(s, m.start - 2)));
}

/** A noun phrase from token j: words (and inner "of"), up to punctuation or another function word. */
function phrase(s: Scan, j: number): string | undefined {
  let k = j;
  if (DETERMINERS.has(word(s, k))) k++;
  const start = k;
  while (k < s.limit && k - start < MAX_PHRASE && isWord(s, k) && !s.blocked[k]) {
    const w = word(s, k);
    if (k > start && (looksLikeVerb(w) || VERBS_AFTER_SUBJECT.has(w)) && isLowerWord(s, k)) break;
    const innerOf = w === 'of' && k > start;
    const innerTo = w === 'to' && k > start && isWord(s, k + 1) && !isLowerWord(s, k + 1); // "exports to China"
    if (NOUN_STOPS.has(w) && !innerOf && !innerTo) break;
    k++;
  }
  while (k > start && (word(s, k - 1) === 'of' || word(s, k - 1) === 'to')) k--;
  return k > start ? tokenText(s, start, k) : undefined;
}

/**
 * The subject of the change verb or copula that carries the amount. Only
 * figures, dates and small words may stand between verb and amount ("has
 * increased from £20billion in 2016 to £33billion"), so a verb of another
 * clause is not taken ("was accused of using $50 million").
 */
function subjectBefore(s: Scan, amountStart: number): string | undefined {
  const verb = carryingVerb(s, amountStart);
  if (verb < 0) return undefined;
  let end = verb;
  // Auxiliaries and adverbs between subject and verb: "has increased", "finally reached".
  while (end > s.first && (AUXILIARIES.has(word(s, end - 1)) || isAdverb(word(s, end - 1)))) end--;
  let start = end;
  while (start > s.first && !CLAUSE_STARTS.has(word(s, start - 1)) && end - start < MAX_SUBJECT) start--;
  if (start > s.first && !CLAUSE_STARTS.has(word(s, start - 1))) return undefined; // ran too long to be a subject
  start = skipOpeningAdverbial(s, start, end);
  while (start < end && (DETERMINERS.has(word(s, start)) || word(s, start) === 'but' || word(s, start) === 'and')) start++;
  if (start >= end || (end - start === 1 && PRONOUNS.has(word(s, start)))) return undefined;
  if (AUXILIARIES.has(word(s, start)) || ARTICLES.has(word(s, end - 1))) return undefined;
  return tokenText(s, start, end);
}

function carryingVerb(s: Scan, amountStart: number): number {
  for (let k = amountStart - 1; k >= s.first && amountStart - k <= VERB_REACH; k--) {
    const w = word(s, k);
    if (CHANGE_VERBS.has(w) || COPULAS.has(w)) return k;
    if (!mayBridge(s, k, w)) return -1;
  }
  return -1;
}

function isAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly');
}

/** Tokens that may stand between a verb and its amount. */
function mayBridge(s: Scan, k: number, w: string): boolean {
  if (s.blocked[k] || BRIDGE_WORDS.has(w) || SCALE_EXPONENTS.has(w) || PERCENT.has(w)) return true;
  const kind = s.kinds[k];
  if (kind === TokenKind.Number || kind === TokenKind.Symbol) return true;
  return isAdverb(w); // "is obviously the second-biggest"
}

/** "In Pennsylvania the share exceeds 7%": the subject starts after the opening phrase. */
function skipOpeningAdverbial(s: Scan, start: number, end: number): number {
  if (!SUBJECT_PREPOSITIONS.has(word(s, start))) return start;
  for (let k = start + 1; k < end; k++) if (DETERMINERS.has(word(s, k))) return k;
  return end;
}
