import {
  CLAUSE_BOUNDARIES, CUE_WORDS, DETERMINERS, NOUN_FORMS, NP_BREAKING_VERBS, NP_PREPOSITIONS, PERSON_NOUNS, PRONOUNS,
  RELATIVE_PRONOUNS, SENTENCE_ADVERBS, STOP_PREPOSITIONS, SUBJECT_STARTERS, TIME_WORDS,
} from './lexicon.js';
import type { TokenView } from './view.js';

/** A noun phrase as tokens [from, to). `relative` marks a lone "who"/"which". */
export interface Phrase {
  from: number;
  to: number;
  relative?: boolean;
  /** The speaker proper when the phrase also holds an aside: "Sir Vince Cable" in "Sir Vince Cable, who …,". */
  core?: Phrase;
}

const MAX_PHRASE = 12;
const MAX_CLAUSE = 30;

/**
 * The speaker's noun phrase ending just before token `end` (exclusive),
 * scanning left no further than `lower`. Skips a comma-delimited relative
 * clause or apposition between speaker and verb ("Sir Vince Cable, who
 * replaced Tim Farron in July, said").
 */
export function phraseBefore(view: TokenView, end: number, lower: number): Phrase | null {
  const last = end - 1;
  if (last < lower) return null;
  if (view.isLowerWord(last) && RELATIVE_PRONOUNS.has(view.raw(last))) return { from: last, to: end, relative: true };
  // "Carter however said": the adverb belongs to neither speaker nor verb.
  if (last > lower && view.isLowerWord(last) && SENTENCE_ADVERBS.has(view.raw(last))) return phraseBefore(view, last, lower);
  if (view.isPunct(last, ',')) return phraseBeforeAside(view, last, lower);
  let j = last;
  while (j >= lower && end - j <= MAX_PHRASE && (continuesPhraseLeft(view, j, lower) || joinsNames(view, j, lower) || placeOf(view, j, lower))) {
    if (view.isPunct(j, ')')) j = matchingOpen(view, j, lower);
    j--;
  }
  let from = innerStart(view, j + 1, end);
  while (from < end && view.isLowerWord(from) && (NP_PREPOSITIONS.has(view.raw(from)) || view.raw(from) === 'and')) from++;
  return from < end ? { from, to: end } : null;
}

/** "Mrs. Clinton and Ms. Warren said", "four in 10 voters say": joins inside one subject. */
function joinsNames(view: TokenView, j: number, lower: number): boolean {
  if (j <= lower || j + 1 >= view.count || !view.isLowerWord(j)) return false;
  const w = view.raw(j);
  if (w === 'and') return view.isCapitalised(j + 1) && (view.isCapitalised(j - 1) || view.isPunct(j - 1, '.'));
  if (w === 'in') return isNumber(view, j - 1) && isNumber(view, j + 1);
  return false;
}

/** "the embassy in Mexico said", "voters in Ohio say": a place named after "in" belongs to the phrase. */
function placeOf(view: TokenView, j: number, lower: number): boolean {
  if (j <= lower || j + 1 >= view.count || !view.isLowerWord(j) || view.raw(j) !== 'in') return false;
  return view.isCapitalised(j + 1) && view.isWord(j - 1) && !breaksPhrase(view.lower(j - 1));
}

function isNumber(view: TokenView, i: number): boolean {
  const c = view.first(i);
  return (c >= 48 && c <= 57) || NUMBER_WORDS.has(view.lower(i));
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** A determiner inside a phrase starts a new one: "an offer [the leadership] rebuffed". */
const INNER_STARTS = new Set(['the', 'a', 'an', 'many', 'most', 'some']);

function innerStart(view: TokenView, from: number, end: number): number {
  let start = from;
  for (let i = from + 1; i < end - 1; i++) {
    if (!view.isWord(i) || !INNER_STARTS.has(view.lower(i))) continue;
    const prev = view.lower(i - 1);
    if (NP_PREPOSITIONS.has(prev) || prev === 'and' || prev === 'in' || prev === 'like') continue;
    start = i;
  }
  return start;
}

/** "X, who …, said" or "Forbes, however, says": the phrase before the comma that opens the aside. */
function phraseBeforeAside(view: TokenView, comma: number, lower: number): Phrase | null {
  for (let j = comma - 1; j > lower && comma - j <= MAX_CLAUSE; j--) {
    if (!view.isPunct(j, ',')) continue;
    if (COORDINATORS.has(view.lower(j + 1))) return null;
    const before = phraseBefore(view, j, lower);
    if (!before || before.relative) return null;
    // An apposition or relative clause belongs to the speaker's phrase; "however", "for one" do not.
    return isApposition(view, j + 1) ? { from: before.from, to: comma + 1, core: before } : before;
  }
  return null;
}

const COORDINATORS = new Set(['and', 'but', 'or', 'so', 'then', 'while', 'because', 'although', 'though', 'if', 'when', 'as']);

const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'his', 'her', 'their', 'its', 'former', 'himself', 'herself', 'both', 'each', 'one', 'two', 'three']);

function isApposition(view: TokenView, i: number): boolean {
  return view.isCapitalised(i) || isNumber(view, i) || APPOSITION_OPENERS.has(view.lower(i));
}

/**
 * "…, said David Shaw, a special agent in Texas.": the speaker's phrase takes
 * in an apposition, up to the next comma or the end of the sentence.
 */
export function withTrailingApposition(view: TokenView, phrase: Phrase, end: number): Phrase {
  const open = phrase.to + 1;
  if (open >= end || !view.isPunct(phrase.to, ',') || !opensTrailingApposition(view, open)) return phrase;
  let i = open;
  for (; i < end && !view.isPunct(i, ','); i++) {
    if (view.isPunct(i, '“”"') || (view.isLowerWord(i) && CUE_WORDS.has(view.raw(i)) && !NOUN_FORMS.has(view.raw(i)))) return phrase;
  }
  return { from: phrase.from, to: i, core: phrase };
}

/** "a professor at Yale", "co-director of …", "Republican of New York" open one; "adding …", "but …" do not. */
function opensTrailingApposition(view: TokenView, i: number): boolean {
  if (isApposition(view, i)) return true;
  if (!view.isLowerWord(i)) return false;
  const w = view.raw(i);
  return !CLAUSE_BOUNDARIES.has(w) && !w.endsWith('ing') && !CUE_WORDS.has(w) && !STOP_PREPOSITIONS.has(w);
}

/** The subject opening a sentence, for a participle cue ("She left, saying …"): a pronoun or a name. */
export function sentenceSubject(view: TokenView, a: number, end: number): Phrase | null {
  if (a >= end) return null;
  if (view.isWord(a) && PRONOUNS.has(view.lower(a)) && !RELATIVE_PRONOUNS.has(view.lower(a))) return { from: a, to: a + 1 };
  let j = a;
  while (j < end && (view.isCapitalised(j) || (view.isPunct(j, '.') && j > a && isShortCapitalised(view, j - 1)))) j++;
  if (j === a || CLAUSE_BOUNDARIES.has(view.lower(a)) || TIME_WORDS.has(view.lower(a)) || STOP_PREPOSITIONS.has(view.lower(a))) return null;
  return { from: a, to: j };
}

function continuesPhraseLeft(view: TokenView, j: number, lower: number): boolean {
  if (view.isWord(j)) return !breaksPhrase(view.lower(j));
  if (view.first(j) >= 48 && view.first(j) <= 57) return true;
  if (view.isPunct(j, '.')) return j > lower && isShortCapitalised(view, j - 1);
  if (view.isPunct(j, ')')) return true;
  if (view.isPunct(j, '&')) return true;
  if (view.isPunct(j, '\'’')) return j + 1 < view.count && view.raw(j + 1) === 's';
  return false;
}

/** The "(" of the ")" at `close`, at most 8 tokens back and not before `lower`; `close` when there is none. */
export function matchingOpen(view: TokenView, close: number, lower: number): number {
  for (let k = close - 1; k >= lower && close - k <= 8; k--) if (view.isPunct(k, '(')) return k;
  return close;
}

function isShortCapitalised(view: TokenView, i: number): boolean {
  return view.isCapitalised(i) && view.ends[i]! - view.starts[i]! <= 4;
}

/** Words a speaker's phrase cannot contain; a cue form that is also a noun ("the report") can. */
function breaksPhrase(word: string): boolean {
  return CLAUSE_BOUNDARIES.has(word) || STOP_PREPOSITIONS.has(word) || NP_BREAKING_VERBS.has(word)
    || TIME_WORDS.has(word) || (CUE_WORDS.has(word) && !NOUN_FORMS.has(word));
}

/**
 * The noun phrase starting at `from`: the speaker in inverted order ("said Mr
 * Smith") or the addressee after "told". Stops at punctuation, prepositions
 * other than of/for/at/from, time words and, for addressees, a pronoun that
 * starts the reported clause ("told reporters he would").
 */
export function phraseAfter(view: TokenView, from: number, upper: number, stopAtPronoun = false, stopAtDeterminer = false): Phrase | null {
  let j = from;
  while (j < upper && j - from < MAX_PHRASE) {
    if (view.isWord(j)) {
      const w = view.lower(j);
      if (breaksPhrase(w) || (stopAtPronoun && PRONOUNS.has(w))) break;
      if (stopAtDeterminer && j > from && (w === 'the' || w === 'a' || w === 'an') && view.lower(j - 1) !== 'of') break;
    } else if (view.isPunct(j, '.')) {
      if (!(j > from && isShortCapitalised(view, j - 1) && j + 1 < upper && view.isCapitalised(j + 1))) break;
    } else if (view.isPunct(j, '\'’')) {
      if (!(j + 1 < upper && view.raw(j + 1) === 's')) break;
    } else if (!(view.first(j) >= 48 && view.first(j) <= 57) && !view.isPunct(j, '&')) break;
    j++;
  }
  while (j > from && view.isWord(j - 1) && NP_PREPOSITIONS.has(view.lower(j - 1))) j--;
  return j > from ? { from, to: j } : null;
}

/**
 * Whether a phrase can be a speaker: it names someone (a capital letter), is
 * a pronoun or number, opens with a determiner, or ends in a person noun
 * ("critics", "officials"). "endured criticism for" is none of these.
 */
export function plausibleSource(view: TokenView, phrase: Phrase): boolean {
  if (phrase.relative) return true;
  for (let i = phrase.from; i < phrase.to; i++) if (view.isCapitalised(i)) return true;
  const first = view.lower(phrase.from);
  if (PRONOUNS.has(first) || SUBJECT_STARTERS.has(first) || DETERMINERS.has(first)) return true;
  if (view.first(phrase.from) >= 48 && view.first(phrase.from) <= 57) return true;
  return PERSON_NOUNS.has(view.lower((phrase.core ?? phrase).to - 1));
}
