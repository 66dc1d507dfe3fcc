import { parseNumberWords } from '../../util/number-words.js';
import {
  DAY_PARTS, MONTHS, RELATIVE_DAYS, SEASONS, SHIFTS, UNITS, WEEKDAYS, type Unit,
} from './lexicon.js';
import type { Shift } from './refs.js';
import { bare, capitalised, isNumber, skipPeriod, word, type Match, type Scan } from './scan.js';

/**
 * Expressions that only mean something from the publication date: "yesterday",
 * "on Monday", "last year", "next month", "over the weekend", "three years ago",
 * "the past two years", "in the new year".
 */

const WEEKEND_PREPOSITIONS = new Set(['over', 'at', 'during', 'across', 'throughout', 'on']);
const NEW_YEAR_PREPOSITIONS = new Set(['in', 'into', 'after', 'from', 'until', 'till', 'by', 'for', 'early']);
const STRETCH_BACK = new Set(['past', 'last', 'previous']);
const STRETCH_FORWARD = new Set(['next', 'coming']);

function shiftName(n: number): Shift {
  return n < 0 ? 'last' : n > 0 ? 'next' : 'this';
}

/** "yesterday", "today's", "tomorrow morning", "last night", "this morning". */
export function relativeDay(s: Scan, i: number): Match | null {
  const w = bare(word(s, i));
  const days = RELATIVE_DAYS.get(w);
  // Capitalised after another capitalised word it is part of a name: "USA Today".
  if (days !== undefined && capitalised(s, i) && capitalised(s, i - 1)) return null;
  if (days !== undefined) {
    const end = DAY_PARTS.has(bare(word(s, i + 1))) ? i + 2 : i + 1;
    return { start: i, end, ref: { k: 'offsetDays', days } };
  }
  if ((w === 'last' || w === 'this') && DAY_PARTS.has(bare(word(s, i + 1)))) {
    const part = bare(word(s, i + 1));
    // "last night" is yesterday's; "last morning" is not said.
    if (w === 'last' && part !== 'night') return null;
    return { start: i, end: i + 2, ref: { k: 'offsetDays', days: w === 'last' ? -1 : 0 } };
  }
  if (w === 'the' && word(s, i + 1) === 'day' && (word(s, i + 2) === 'before' || word(s, i + 2) === 'after')) {
    const base = RELATIVE_DAYS.get(bare(word(s, i + 3)));
    if (base === undefined || base === 0) return null;
    return { start: i, end: i + 4, ref: { k: 'offsetDays', days: base + (word(s, i + 2) === 'before' ? -1 : 1) } };
  }
  return null;
}

/** "Monday", "Monday's", "Monday night" (the tense decides which Monday). */
export function weekdayAt(s: Scan, i: number, shift?: Shift): Match | null {
  const w = bare(word(s, i));
  const wd = WEEKDAYS.get(w);
  if (wd === undefined || !capitalised(s, i) || w.length < 6) return null;
  const end = DAY_PARTS.has(bare(word(s, i + 1))) ? i + 2 : i + 1;
  return { start: i, end, ref: shift ? { k: 'weekday', wd, shift } : { k: 'weekday', wd } };
}

/** "over the weekend", "at the weekend", "this weekend", "last weekend". */
export function weekendAt(s: Scan, i: number): Match | null {
  const w = word(s, i);
  if (WEEKEND_PREPOSITIONS.has(w) && word(s, i + 1) === 'the' && bare(word(s, i + 2)) === 'weekend') {
    // "on the weekend" keeps the preposition out: it is the American "at the weekend".
    return { start: w === 'on' ? i + 1 : i, end: i + 3, ref: { k: 'weekend' } };
  }
  return null;
}

/** "in the new year" (the coming calendar year); the preposition is what makes it so. */
export function newYearAt(s: Scan, i: number): Match | null {
  if (!NEW_YEAR_PREPOSITIONS.has(word(s, i))) return null;
  if (word(s, i + 1) !== 'the' || word(s, i + 2) !== 'new' || word(s, i + 3) !== 'year') return null;
  return { start: i, end: i + 4, ref: { k: 'newYear' } };
}

/**
 * last/next/this/coming/past + weekday, weekend, month, season or unit:
 * "last Monday", "next weekend", "last March", "this spring", "next month".
 */
export function shifted(s: Scan, i: number): Match | null {
  const n = SHIFTS.get(word(s, i));
  if (n === undefined) return null;
  const shift = shiftName(n);
  const j = i + 1;
  const next = bare(word(s, j));
  const weekday = weekdayAt(s, j, shift);
  if (weekday) return { start: i, end: weekday.end, ref: weekday.ref };
  if (next === 'weekend') return { start: i, end: j + 1, ref: { k: 'weekend', shift } };
  const m = MONTHS.get(next);
  if (m !== undefined && capitalised(s, j)) return { start: i, end: skipPeriod(s, j + 1), ref: { k: 'month', y: null, m, shift } };
  const season = SEASONS.get(next);
  if (season !== undefined) return { start: i, end: j + 1, ref: { k: 'season', y: null, s: season, shift } };
  const unit = UNITS.get(next);
  if (unit !== undefined && unit !== 'weekend' && !next.endsWith('s')) {
    if (word(s, i) === 'past' || word(s, i) === 'coming') return null; // "past year" without "the" is rare and vague
    return { start: i, end: j + 1, ref: { k: 'unit', unit, n } };
  }
  return null;
}

/** "earlier this year", "later this month": the period itself. */
export function earlierLater(s: Scan, i: number): Match | null {
  const w = word(s, i);
  if (w !== 'earlier' && w !== 'later') return null;
  const inner = shifted(s, i + 1);
  return inner ? { start: i, end: inner.end, ref: inner.ref } : null;
}

/** A count before a unit: "three", "3", "a", "two hundred". */
function countAt(s: Scan, i: number): { n: number; end: number } | null {
  const w = word(s, i);
  if (w === 'a' || w === 'an') return { n: 1, end: i + 1 };
  if (isNumber(s, i) && /^\d{1,3}$/.test(w)) return { n: Number(w), end: i + 1 };
  const parsed = parseNumberWords(s.w, i, s.limit);
  return parsed ? { n: parsed.value, end: parsed.end } : null;
}

function unitAt(s: Scan, i: number): Unit | null {
  const unit = UNITS.get(bare(word(s, i)).replace(/['’]$/, ''));
  return unit === undefined || unit === 'weekend' ? null : unit;
}

/** "three years ago", "a week ago"; "in two weeks' time". */
export function agoOrHence(s: Scan, i: number): Match | null {
  if (word(s, i) === 'in') {
    const count = countAt(s, i + 1);
    if (!count) return null;
    const unit = unitAt(s, count.end);
    const time = count.end + 1;
    const apostrophe = word(s, time) === "'" || word(s, time) === '’' ? time + 1 : time;
    if (!unit || word(s, apostrophe) !== 'time') return null;
    return { start: i, end: apostrophe + 1, ref: { k: 'unit', unit, n: count.n } };
  }
  const count = countAt(s, i);
  if (!count) return null;
  const unit = unitAt(s, count.end);
  if (!unit || word(s, count.end + 1) !== 'ago') return null;
  // "a decade ago" is a year ten years back, not the previous decade.
  const ref = unit === 'decade' ? { k: 'unit' as const, unit: 'year' as const, n: -10 * count.n } : { k: 'unit' as const, unit, n: -count.n };
  return { start: i, end: count.end + 2, ref };
}

/** "the past two years", "the last week", "the next five years", "the coming month". */
export function stretch(s: Scan, i: number): Match | null {
  if (word(s, i) !== 'the') return null;
  const direction = word(s, i + 1);
  const sign = STRETCH_BACK.has(direction) ? -1 : STRETCH_FORWARD.has(direction) ? 1 : 0;
  if (sign === 0) return null;
  const count = countAt(s, i + 2);
  const unitIndex = count && count.n > 1 ? count.end : i + 2;
  const unit = unitAt(s, unitIndex);
  if (!unit) return null;
  const plural = bare(word(s, unitIndex)).endsWith('s');
  if (plural && !(count && count.n > 1)) return null; // "the coming weeks": too vague to date
  if (unit === 'day' && !plural) return null; // "the next day" counts from the story, not the publication
  return { start: i, end: unitIndex + 1, ref: { k: 'stretch', unit, n: sign * (count && count.n > 1 ? count.n : 1) } };
}
