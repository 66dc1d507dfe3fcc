import { readDataJson } from '../../util/data.js';

/** The times lexicon (data/times/lexicon.json), compiled once into Maps and Sets. */
interface LexiconData {
  months: Record<string, number>;
  ambiguousMonths: string[];
  weekdays: Record<string, number>;
  seasons: Record<string, Season>;
  seasonStartMonth: Record<Season, number>;
  relativeDays: Record<string, number>;
  dayParts: string[];
  units: Record<string, Unit>;
  shifts: Record<string, number>;
  ordinals: Record<string, number>;
  ordinalSuffixes: string[];
  quarters: Record<string, number>;
  halves: Record<string, number>;
  periodModifiers: Record<string, PeriodMod>;
  yearPrepositions: string[];
  yearDeterminers: string[];
  countApproximators: string[];
  countNouns: string[];
  yearNouns: string[];
  decadeWords: Record<string, number>;
  holidays: Record<string, string>;
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type Unit = 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'quarter' | 'weekend';
export type PeriodMod = 'early' | 'mid' | 'late';

const data = readDataJson<LexiconData>('times/lexicon.json');

export const MONTHS = new Map(Object.entries(data.months));
export const AMBIGUOUS_MONTHS = new Set(data.ambiguousMonths);
export const WEEKDAYS = new Map(Object.entries(data.weekdays));
export const SEASONS = new Map(Object.entries(data.seasons));
export const SEASON_START = data.seasonStartMonth;
export const RELATIVE_DAYS = new Map(Object.entries(data.relativeDays));
export const DAY_PARTS = new Set(data.dayParts);
export const UNITS = new Map(Object.entries(data.units));
export const SHIFTS = new Map(Object.entries(data.shifts));
export const ORDINALS = new Map(Object.entries(data.ordinals));
export const ORDINAL_SUFFIXES = new Set(data.ordinalSuffixes);
export const QUARTERS = new Map(Object.entries(data.quarters));
export const HALVES = new Map(Object.entries(data.halves));
export const PERIOD_MODS = new Map(Object.entries(data.periodModifiers));
export const YEAR_PREPOSITIONS = new Set(data.yearPrepositions);
export const YEAR_DETERMINERS = new Set(data.yearDeterminers);
export const COUNT_APPROXIMATORS = new Set(data.countApproximators);
export const COUNT_NOUNS = new Set(data.countNouns);
export const YEAR_NOUNS = new Set(data.yearNouns);
export const DECADE_WORDS = new Map(Object.entries(data.decadeWords));

/** Holidays keyed by their first word, longest names first, as token lists. */
export const HOLIDAYS = new Map<string, { words: string[]; rule: string }[]>();
for (const [name, rule] of Object.entries(data.holidays)) {
  const words = name.split(' ');
  const list = HOLIDAYS.get(words[0]!) ?? [];
  list.push({ words, rule });
  list.sort((a, b) => b.words.length - a.words.length);
  HOLIDAYS.set(words[0]!, list);
}
