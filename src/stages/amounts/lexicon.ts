import { readDataJson } from '../../util/data.js';

/** The amounts lexicons (data/amounts/*.json), compiled once into Maps and Sets. */
interface CurrencyData {
  symbols: Record<string, string>;
  prefixed: Record<string, string>;
  wordsBefore: Record<string, string>;
  wordsAfter: Record<string, string>;
  qualifiedAfter: Record<string, string>;
  subunits: Record<string, string>;
  ambiguousWordsAfter: string[];
}

interface ScaleData {
  scales: Record<string, number>;
  afterSymbolOnly: string[];
  vague: Record<string, number>;
}

interface WordData {
  percent: Record<string, string>;
  multiplierWords: Record<string, number>;
  notMultiplierAfterTimes: string[];
  rankOrdinals: Record<string, number>;
  superlativeHeads: string[];
  notSuperlative: string[];
  changeVerbs: string[];
  copulas: string[];
  auxiliaries: string[];
  clauseStarts: string[];
  nounStops: string[];
  notCountNouns: string[];
  irregularPlurals: string[];
  bridgeWords: string[];
  subjectPrepositions: string[];
  timeNouns: string[];
  verbsAfterSubject: string[];
}

const currencies = readDataJson<CurrencyData>('amounts/currencies.json');
const scales = readDataJson<ScaleData>('amounts/scales.json');
const words = readDataJson<WordData>('amounts/words.json');

export const SYMBOLS = new Map(Object.entries(currencies.symbols));
export const PREFIXED = new Map(Object.entries(currencies.prefixed));
export const WORDS_BEFORE = new Map(Object.entries(currencies.wordsBefore));
export const WORDS_AFTER = new Map(Object.entries(currencies.wordsAfter));
/** "us dollars" → keyed by its last word, "dollars" → [["us"], "USD"]. */
export const QUALIFIED_AFTER = new Map<string, { before: string[]; code: string }[]>();
for (const [phrase, code] of Object.entries(currencies.qualifiedAfter)) {
  const parts = phrase.split(' ');
  const last = parts.pop()!;
  const list = QUALIFIED_AFTER.get(last) ?? [];
  list.push({ before: parts, code });
  QUALIFIED_AFTER.set(last, list);
}
export const SUBUNITS = new Map(Object.entries(currencies.subunits));
export const AMBIGUOUS_AFTER = new Set(currencies.ambiguousWordsAfter);

/** Scale words as powers of ten, so 4.5 × 10^6 is computed exactly from "4.5e6". */
export const SCALE_EXPONENTS = new Map(Object.entries(scales.scales).map(([w, v]) => [w, Math.round(Math.log10(v))]));
export const GLUED_ONLY_SCALES = new Set(scales.afterSymbolOnly);
export const VAGUE = new Map(Object.entries(scales.vague));

export const PERCENT = new Map(Object.entries(words.percent));
export const MULTIPLIER_WORDS = new Map(Object.entries(words.multiplierWords));
export const NOT_MULTIPLIER_AFTER = new Set(words.notMultiplierAfterTimes);
export const RANK_ORDINALS = new Map(Object.entries(words.rankOrdinals));
export const SUPERLATIVE_HEADS = new Set(words.superlativeHeads);
export const NOT_SUPERLATIVE = new Set(words.notSuperlative);
export const CHANGE_VERBS = new Set(words.changeVerbs);
export const COPULAS = new Set(words.copulas);
export const AUXILIARIES = new Set(words.auxiliaries);
export const CLAUSE_STARTS = new Set(words.clauseStarts);
export const NOUN_STOPS = new Set(words.nounStops);
export const NOT_COUNT_NOUNS = new Set(words.notCountNouns);
export const IRREGULAR_PLURALS = new Set(words.irregularPlurals);
export const BRIDGE_WORDS = new Set(words.bridgeWords);
export const SUBJECT_PREPOSITIONS = new Set(words.subjectPrepositions);
export const TIME_NOUNS = new Set(words.timeNouns);
export const VERBS_AFTER_SUBJECT = new Set(words.verbsAfterSubject);

export function isSuperlative(w: string): boolean {
  return w.length > 4 && w.endsWith('est') && !NOT_SUPERLATIVE.has(w);
}
