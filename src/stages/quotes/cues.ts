import {
  ADJECTIVAL_CUES, ADVERBIAL_STARTS, CUE_PHRASES, CUE_PREFIX_PAIRS, prefixKey, CUE_PREFIXES, CUE_SUFFIX_FIRST, CUE_SUFFIXES, CUE_WORDS, DETERMINERS, NOUN_FORMS, NOUN_QUANTIFIERS, PASSIVE_AUXILIARIES, TIME_WORDS,
  type CueClass,
} from './lexicon.js';
import { isTitleCaseCount, TITLE_CASE_WORDS } from '../../util/title-case.js';
import { phraseAfter } from './phrases.js';
import type { TokenView } from './view.js';

/** A reporting cue found in a sentence, as token indexes. */
export interface Cue {
  /** The verb or phrase itself: [from, to). */
  from: number;
  to: number;
  cls: CueClass;
  lemma: string;
  /** "according to": source after, content on either side. */
  according: boolean;
  /** -ing form after a comma ("…, saying …"): its subject is the clause's. */
  participle: boolean;
}

/**
 * Cues in tokens [from, to) that are not inside quotation marks: a slice of
 * the document's cue list, which is built on first use, so stages asking
 * about many overlapping regions scan every token only once.
 */
export function findCues(view: TokenView, from: number, to: number): Cue[] {
  const all = (view.cues ??= documentCues(view));
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.from < from) lo = mid + 1;
    else hi = mid;
  }
  const found: Cue[] = [];
  for (let k = lo; k < all.length && all[k]!.from < to; k++) if (all[k]!.to <= to) found.push(all[k]!);
  return found;
}

/**
 * Scans one sentence, tokens [from, to). Only lower-case words count: "Says"
 * opening a headline or "States" in a name are not verbs of saying.
 */
/** Every cue of the document, sentence by sentence, in token order. */
function documentCues(view: TokenView): Cue[] {
  const all: Cue[] = [];
  for (const sentence of view.doc.sentences) {
    const [a, b] = view.tokenRange(sentence);
    scanCues(view, a, b, all);
  }
  return all;
}

function scanCues(view: TokenView, from: number, to: number, found: Cue[]): void {
  // Whether the sentence is a Title Case headline, worked out only once a capitalised word in it could be a cue.
  let titleCase: boolean | undefined;
  for (let i = from; i < to; i++) {
    const lower = view.isLowerWord(i);
    const capitalisedLater = !lower && i > from && view.isCapitalised(i);
    if (!lower && !capitalisedLater && !(i === from && view.isCapitalised(i))) continue; // "According to …" opens sentences
    const len = view.ends[i]! - view.starts[i]!;
    if (len < 3 || len > 14) continue;
    const at = view.starts[i]!;
    const first = lower ? view.text.charCodeAt(at) : view.text.charCodeAt(at) | 32;
    if (!CUE_PREFIX_PAIRS.has(prefixKey(first, view.text.charCodeAt(at + 1), view.text.charCodeAt(at + 2)))) continue;
    const word = lower ? view.raw(i) : view.lower(i);
    // "Trump Says He Will …": in a Title Case headline a capitalised verb of saying is still one
    const headlineVerb = capitalisedLater && CUE_WORDS.has(word) && (titleCase ??= isTitleCase(view, from, to));
    if (capitalisedLater && !headlineVerb) continue;
    const phrase = matchPhrase(view, i, to, word);
    if (phrase) {
      if (!view.inQuote(i)) found.push(phrase);
      i = phrase.to - 1;
      continue;
    }
    const entry = lower || headlineVerb ? CUE_WORDS.get(word) : undefined;
    if (!entry || view.inQuote(i) || (i > from && isNounContext(view, i, from))) continue;
    // "Wants", "Shows": too often a noun or a name; and only a headline's first verb of saying, not one inside what it reports
    if (headlineVerb && (entry.cls === 'weak' || (found.length > 0 && found[found.length - 1]!.from >= from))) continue;
    // "rejected claims that …", "denied reports that …": a plural noun, the object of the cue before
    if (word.endsWith('s') && found.length > 0 && found[found.length - 1]!.to === i && NOUN_FORMS.has(word)) continue;
    const participle = word.endsWith('ing') && i > from && view.isPunct(i - 1, ',');
    found.push({ from: i, to: i + 1, cls: entry.cls, lemma: entry.lemma, according: false, participle });
  }
}

/** A Title Case headline, counted with this stage's view (see isTitleCaseCount). */
function isTitleCase(view: TokenView, from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  let functionCaps = 0;
  for (let i = from; i < to; i++) {
    if (!view.isWord(i)) continue;
    words++;
    if (!view.isCapitalised(i)) continue;
    caps++;
    if (i > from && TITLE_CASE_WORDS.has(view.lower(i))) functionCaps++;
  }
  return isTitleCaseCount(words, caps, functionCaps);
}

function matchPhrase(view: TokenView, i: number, to: number, word: string): Cue | null {
  const phrases = CUE_PHRASES.get(word);
  if (!phrases) return null;
  for (const p of phrases) {
    if (i + p.rest.length >= to || (!p.according && !view.isLowerWord(i))) continue;
    if (p.rest.every((w, k) => view.lower(i + 1 + k) === w)) {
      const participle = word.endsWith('ing') && !p.according && view.isPunct(i - 1, ',');
      return { from: i, to: i + 1 + p.rest.length, cls: p.cls, lemma: word, according: p.according, participle };
    }
  }
  return null;
}

/** "a tweet", "his remarks", "Trump's claim", "an unprompted call", "no plans": the word is a noun here. */
function isNounContext(view: TokenView, i: number, from: number): boolean {
  if (isDeterminer(view, i - 1)) return true;
  if (NOUN_FORMS.has(view.raw(i)) && view.isWord(i - 1) && NOUN_QUANTIFIERS.has(view.lower(i - 1))) return true;
  // "an unprompted call", but not "the unions pledge": a plural between them is the verb's subject.
  return i - 2 >= from && NOUN_FORMS.has(view.raw(i)) && view.isWord(i - 1) && isDeterminer(view, i - 2) && !isPluralNoun(view.lower(i - 1));
}

/** "unions", "leaders"; not "serious", "various", "its". */
function isPluralNoun(word: string): boolean {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is');
}

function isDeterminer(view: TokenView, i: number): boolean {
  if (!view.isWord(i)) return false;
  const w = view.lower(i);
  return DETERMINERS.has(w) || w.endsWith('’s') || w.endsWith("'s");
}

/** Start of the cue auxiliaries and adverbs on its left join it ("has also said"). */
export function cueStartWithPrefixes(view: TokenView, cue: Cue, lowerBound: number): number {
  let i = cue.from;
  while (i - 1 >= lowerBound && view.isLowerWord(i - 1) && isCuePrefix(view.raw(i - 1))) i--;
  return i;
}

/** End of the cue once a phrase like "in a statement" or "on Tuesday" joins it. */
export function cueEndWithSuffix(view: TokenView, end: number, upperBound: number): number {
  if (end >= upperBound) return end;
  const first = view.lower(end);
  if (!CUE_SUFFIX_FIRST.has(first)) return end;
  for (const suffix of CUE_SUFFIXES) {
    if (end + suffix.length > upperBound) continue;
    if (suffix.every((w, k) => view.lower(end + k) === w)) return end + suffix.length;
  }
  return end;
}

/** Auxiliaries and manner adverbs ("jokingly said") join the cue. */
function isCuePrefix(word: string): boolean {
  return CUE_PREFIXES.has(word) || (word.length > 4 && word.endsWith('ly'));
}

/**
 * Where the adverbials after a verb end ("said Sunday", "said during a
 * speech", "said of the plan"): the reported content starts after them. They
 * join the cue only when a colon follows ("said on Sunday:"); PolNeAR marks
 * "said" alone more often than "said Sunday".
 */
export function cueEndWithAdverbials(view: TokenView, end: number, upperBound: number): number {
  let i = end;
  for (let guard = 0; guard < 6 && i < upperBound; guard++) {
    if (!view.isWord(i)) break;
    const w = view.lower(i);
    if (TIME_WORDS.has(w)) { i++; continue; }
    if (!view.isLowerWord(i) || !ADVERBIAL_STARTS.has(w)) break;
    const next = i + 1;
    if (next < upperBound && view.isWord(next) && TIME_WORDS.has(view.lower(next))) { i = next + 1; continue; }
    const np = next < upperBound ? phraseAfter(view, next, upperBound, false, true) : null;
    if (!np) { if (TIME_WORDS.has(w) || w.endsWith('ly') || w === 'here' || w === 'again') i++; break; }
    i = np.to;
  }
  while (i < upperBound && view.isWord(i) && TIME_WORDS.has(view.lower(i))) i++;
  return i;
}

/** "are expected to", "was told": a form of "be" right before the verb, adverbs aside. */
export function isPassive(view: TokenView, cue: Cue, cueStart: number): boolean {
  // "is claiming", "were warning": progressive, not passive
  if (ADJECTIVAL_CUES.has(view.lower(cue.from)) || view.lower(cue.from).endsWith('ing')) return false;
  for (let i = cue.from - 1; i >= cueStart; i--) {
    const w = view.lower(i);
    if (PASSIVE_AUXILIARIES.has(w)) return true;
    if (!w.endsWith('ly') && !PASSIVE_ADVERBS.has(w)) return false;
  }
  return false;
}

/** Adverbs between a form of "be" and its participle besides those in -ly: "was first reported", "has since been told". */
const PASSIVE_ADVERBS = new Set(['also', 'not', 'still', 'first', 'later', 'already', 'since', 'now', 'then', 'just', 'never', 'once', 'often', 'widely']);
