import { readDataJson } from '../../util/data.js';

/**
 * The cue lexicon and word classes from data/quotes/, compiled once at module
 * load into Maps and Sets so the stage only ever does O(1) lookups per token.
 */

/** speech: a cue on its own; addressee: takes who was told as object; weak: needs a clause after it. */
export type CueClass = 'speech' | 'addressee' | 'weak';

export interface CueWord {
  lemma: string;
  cls: CueClass;
}

export interface CuePhrase {
  /** Lower-case words after the first one. */
  rest: readonly string[];
  cls: CueClass;
  /** "according to" puts its source after it and its content on either side. */
  according: boolean;
}

interface CueFile {
  speech: Record<string, string[]>;
  addressee: Record<string, string[]>;
  weak: Record<string, string[]>;
  phrases: { words: string[]; form: 'verb' | 'according' }[];
  cueSuffixes: string[][];
  cuePrefixes: string[];
}

interface WordFile {
  clauseBoundaries: string[];
  relativePronouns: string[];
  pronouns: string[];
  nounPhrasePrepositions: string[];
  stopPrepositions: string[];
  timeWords: string[];
  verbsBreakingNounPhrase: string[];
  subjectStarters: string[];
  subordinateCuts: string[];
  sentenceAdverbs: string[];
  perceptionCues: string[];
  determiners: string[];
  nounQuantifiers: string[];
  colonLabels: string[];
  nounForms: string[];
  needsThat: string[];
  contentParticles: string[];
  passiveAuxiliaries: string[];
  adjectivalCues: string[];
  adverbialPrepositions: string[];
  personNouns: string[];
  callObjects: string[];
  callAfterName: string[];
}

const cues = readDataJson<CueFile>('quotes/cues.json');
const words = readDataJson<WordFile>('quotes/words.json');

/** Inflected form → verb; a form in two classes keeps the stronger one. */
export const CUE_WORDS: ReadonlyMap<string, CueWord> = (() => {
  const map = new Map<string, CueWord>();
  for (const cls of ['weak', 'speech', 'addressee'] as const) {
    for (const [lemma, forms] of Object.entries(cues[cls])) {
      for (const form of forms) map.set(form, { lemma, cls });
    }
  }
  return map;
})();

/** First word → multi-word cues starting with it, longest first. */
export const CUE_PHRASES: ReadonlyMap<string, readonly CuePhrase[]> = (() => {
  const map = new Map<string, CuePhrase[]>();
  for (const p of cues.phrases) {
    const [first, ...rest] = p.words;
    if (!first) continue;
    const list = map.get(first) ?? [];
    list.push({ rest, cls: 'speech', according: p.form === 'according' });
    list.sort((a, b) => b.rest.length - a.rest.length);
    map.set(first, list);
  }
  return map;
})();

/**
 * First three letters of every cue word and phrase, as one number: a token
 * whose opening is not here cannot be a cue, so most tokens ("the", "and")
 * are rejected without slicing a string out of the text.
 */
export function prefixKey(c0: number, c1: number, c2: number): number {
  return (c0 * 65536 + c1) * 65536 + c2;
}

export const CUE_PREFIX_PAIRS: ReadonlySet<number> = (() => {
  const pairs = new Set<number>();
  const add = (w: string) => { if (w.length >= 3) pairs.add(prefixKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))); };
  for (const form of CUE_WORDS.keys()) add(form);
  for (const first of CUE_PHRASES.keys()) add(first);
  return pairs;
})();

/** Phrases that extend a cue to the right ("said in a statement"), longest first. */
export const CUE_SUFFIXES: readonly (readonly string[])[] =
  [...cues.cueSuffixes].sort((a, b) => b.length - a.length);
export const CUE_SUFFIX_FIRST: ReadonlySet<string> = new Set(cues.cueSuffixes.map((s) => s[0]!));
/** Auxiliaries and adverbs that join a cue on its left ("has long called for"). */
export const CUE_PREFIXES: ReadonlySet<string> = new Set(cues.cuePrefixes);

export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set(words.clauseBoundaries);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(words.relativePronouns);
export const PRONOUNS: ReadonlySet<string> = new Set(words.pronouns);
export const NP_PREPOSITIONS: ReadonlySet<string> = new Set(words.nounPhrasePrepositions);
export const STOP_PREPOSITIONS: ReadonlySet<string> = new Set(words.stopPrepositions);
export const TIME_WORDS: ReadonlySet<string> = new Set(words.timeWords);
export const NP_BREAKING_VERBS: ReadonlySet<string> = new Set(words.verbsBreakingNounPhrase);
export const SUBJECT_STARTERS: ReadonlySet<string> = new Set(words.subjectStarters);
export const SUBORDINATE_CUTS: ReadonlySet<string> = new Set(words.subordinateCuts);
export const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(words.sentenceAdverbs);
export const PERCEPTION_CUES: ReadonlySet<string> = new Set(words.perceptionCues);
export const PERSON_NOUNS: ReadonlySet<string> = new Set(words.personNouns);
/** Words before a noun: "a tweet", "his remarks" are not cues. */
export const DETERMINERS: ReadonlySet<string> = new Set(words.determiners);
/** "no plans", "any comment": a cue form that is also a noun is the noun after these (but "many said" is a verb). */
export const NOUN_QUANTIFIERS: ReadonlySet<string> = new Set(words.nounQuantifiers);
/** Words that open an adverbial a cue absorbs ("said on Sunday in a speech"). */
export const ADVERBIAL_STARTS: ReadonlySet<string> = new Set(words.adverbialPrepositions);
/** "Related:", "UPDATE:": labels before a colon that are not speakers. */
export const COLON_LABELS: ReadonlySet<string> = new Set(words.colonLabels);
/** Cue forms that are also nouns ("the new report", "an unprompted call"). */
export const NOUN_FORMS: ReadonlySet<string> = new Set(words.nounForms);
/** Verbs that report speech only before a quotation or a that-clause ("laughed", "wrote"). */
export const NEEDS_THAT: ReadonlySet<string> = new Set(words.needsThat);
/** "laughed off", "called up": a particle, not reported content. */
export const CONTENT_PARTICLES: ReadonlySet<string> = new Set(words.contentParticles);
export const CALL_OBJECTS: ReadonlySet<string> = new Set(words.callObjects);
export const CALL_AFTER_NAME: ReadonlySet<string> = new Set(words.callAfterName);
/** "They are expected to …", "he was told …": a passive cue has no speaker in its subject. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(words.passiveAuxiliaries);
/** "critics are concerned about …": adjectives after "be" that still report a stance. */
export const ADJECTIVAL_CUES: ReadonlySet<string> = new Set(words.adjectivalCues);
