import { TokenKind } from '../../doc/tokens.js';
import { isValidDate } from './calendar.js';
import {
  AMBIGUOUS_MONTHS, COUNT_APPROXIMATORS, COUNT_NOUNS, YEAR_NOUNS, YEAR_DETERMINERS, DECADE_WORDS, HALVES, HOLIDAYS, MONTHS, ORDINALS,
  ORDINAL_SUFFIXES, QUARTERS, SEASONS, SHIFTS, WEEKDAYS, YEAR_PREPOSITIONS,
} from './lexicon.js';
import type { TimeRef } from './refs.js';
import {
  bare, capitalised, gluedToNext, isNumber, skipComma, skipPeriod, word, type Match, type Scan,
} from './scan.js';

/**
 * Calendar expressions that name their own date, month, season or year,
 * possibly without the year: "18 November", "Nov. 18, 2024", "March 2024",
 * "2018", "the 1990s", "spring 2025", "Q3", "Christmas".
 */

/** Words after which a month name or season is a time, not a verb or a surname. */
const CALENDAR_CONTEXT = new Set([
  'in', 'since', 'until', 'till', 'by', 'from', 'between', 'of', 'during', 'before', 'after', 'early', 'late',
  'mid', 'last', 'next', 'this', 'through', 'throughout', 'and', 'to', 'or', 'end', 'start', 'beginning',
  'middle', 'over', 'every', 'each', 'that', 'mid-', 'around', 'as', 'for',
]);

/** Words after which a season name is a time: "in the spring", "by autumn". */
const SEASON_CONTEXT = new Set([
  'in', 'during', 'by', 'until', 'till', 'since', 'over', 'through', 'throughout', 'early', 'late', 'mid',
  'before', 'after', 'from', 'between',
]);

/** Lower-case words that may follow a holiday used as a date ("on Christmas Day at noon", "Easter this year"). */
const HOLIDAY_FOLLOWERS = new Set([
  'and', 'or', 'at', 'on', 'in', 'this', 'last', 'next', 'with', 'when', 'is', 'was', 'will', 'to', 'for', 'of',
  'the', 'a', 'morning', 'afternoon', 'evening', 'night', 'weekend', 'until', 'before', 'after', 'as', 'but', 'while',
]);

/** Nouns that make a four-digit number a count ("2000 people"), not a year. */
function looksLikeCountNoun(w: string): boolean {
  if (COUNT_NOUNS.has(w)) return true;
  return w.length > 2 && w.endsWith('s') && !w.endsWith("'s") && !w.endsWith('’s');
}

/** A month name at i (capitalised; ambiguous names only after a calendar word). */
export function monthAt(s: Scan, i: number, relaxed: boolean): { m: number; end: number } | null {
  const w = word(s, i);
  const m = MONTHS.get(w);
  if (m === undefined || !capitalised(s, i)) return null;
  // An abbreviation's period ("Nov. 18") only when a number follows; otherwise it ends the sentence.
  const dotted = skipPeriod(s, i + 1);
  const end = dotted > i + 1 && isNumber(s, dotted) ? dotted : i + 1;
  // "May" and "March" are words and names too; a calendar word before or a number after settles it.
  if (!relaxed && AMBIGUOUS_MONTHS.has(w) && !CALENDAR_CONTEXT.has(word(s, i - 1)) && !isNumber(s, end)) return null;
  return { m, end };
}

/** A day of the month at i: "18", "18th" (number then a glued suffix). */
function dayAt(s: Scan, i: number): { d: number; end: number } | null {
  if (!isNumber(s, i)) return null;
  const w = word(s, i);
  if (w.length > 2) return null;
  const d = Number(w);
  if (d < 1 || d > 31) return null;
  const end = gluedToNext(s, i) && ORDINAL_SUFFIXES.has(word(s, i + 1)) ? i + 2 : i + 1;
  return { d, end };
}

/** A four-digit year written as part of a date ("November 2024", "Nov. 18, 2024"). */
function yearAt(s: Scan, i: number): number | null {
  if (!isNumber(s, i)) return null;
  const w = word(s, i);
  if (w.length !== 4) return null;
  const y = Number(w);
  return y >= 1000 && y <= 2199 ? y : null;
}

/** A year after a month or day, with an optional comma before it. */
function trailingYear(s: Scan, i: number): { y: number | null; end: number; yearOffset?: number } {
  const j = skipComma(s, i);
  const y = yearAt(s, j);
  if (y !== null) return { y, end: j + 1 };
  // "June 16 of last year", "March of next year"
  const offset = word(s, i) === 'of' && word(s, i + 2) === 'year' ? SHIFTS.get(word(s, i + 1)) : undefined;
  return offset === undefined ? { y: null, end: i } : { y: null, end: i + 3, yearOffset: offset };
}

/** The year fields of a reference: a year, or an offset from the publication year. */
function yearFields(t: { y: number | null; yearOffset?: number }): { y: number | null; yearOffset?: number } {
  return t.yearOffset === undefined ? { y: t.y } : { y: t.y, yearOffset: t.yearOffset };
}

/** "18 November [2024]", "18th of November", "18-20 November". */
export function dayFirst(s: Scan, i: number): Match | null {
  const range = /^(\d{1,2})[-–](\d{1,2})$/.exec(word(s, i));
  if (range) {
    const month = monthAt(s, i + 1, true);
    if (!month) return null;
    const t = trailingYear(s, month.end);
    const end = t.end;
    const from: TimeRef = { k: 'day', ...yearFields(t), m: month.m, d: Number(range[1]) };
    const to: TimeRef = { k: 'day', ...yearFields(t), m: month.m, d: Number(range[2]) };
    return { start: i, end, ref: { k: 'range', from, to } };
  }
  const day = dayAt(s, i);
  if (!day) return null;
  const j = word(s, day.end) === 'of' ? day.end + 1 : day.end;
  const month = monthAt(s, j, true);
  if (!month) return null;
  const t = trailingYear(s, month.end);
  if (!isValidDate(t.y ?? 2000, month.m, day.d)) return null;
  return { start: i, end: t.end, ref: { k: 'day', ...yearFields(t), m: month.m, d: day.d } };
}

/** "November 18[, 2024]", "Nov. 18-20", "November 2024", "in March". */
export function monthFirst(s: Scan, i: number, relaxed: boolean): Match | null {
  const month = monthAt(s, i, relaxed);
  if (!month) return null;
  const range = /^(\d{1,2})[-–](\d{1,2})$/.exec(word(s, month.end));
  if (range) {
    const t = trailingYear(s, month.end + 1);
    const end = t.end;
    const from: TimeRef = { k: 'day', ...yearFields(t), m: month.m, d: Number(range[1]) };
    const to: TimeRef = { k: 'day', ...yearFields(t), m: month.m, d: Number(range[2]) };
    return { start: i, end, ref: { k: 'range', from, to } };
  }
  const day = dayAt(s, month.end);
  if (day && yearAt(s, month.end) === null) {
    const t = trailingYear(s, day.end);
    if (isValidDate(t.y ?? 2000, month.m, day.d)) return { start: i, end: t.end, ref: { k: 'day', ...yearFields(t), m: month.m, d: day.d } };
  }
  const of = word(s, month.end) === 'of' ? month.end + 1 : month.end;
  const y = yearAt(s, of) ?? yearAt(s, skipComma(s, month.end));
  if (y !== null) return { start: i, end: (yearAt(s, of) !== null ? of : skipComma(s, month.end)) + 1, ref: { k: 'month', y, m: month.m } };
  const relative = trailingYear(s, month.end);
  if (relative.yearOffset !== undefined) return { start: i, end: relative.end, ref: { k: 'month', ...yearFields(relative), m: month.m } };
  // A lone month name needs a calendar word before it unless it cannot be anything else.
  if (!relaxed && !CALENDAR_CONTEXT.has(word(s, i - 1)) && capitalised(s, month.end)) return null;
  // Beside a number it was meant as a date that did not parse ("31 February").
  if (isNumber(s, i - 1) || isNumber(s, month.end)) return null;
  return { start: i, end: month.end, ref: { k: 'month', y: null, m: month.m } };
}

/** "Monday, November 18" or "Monday 18 November": the date wins, the weekday is absorbed. */
export function weekdayDate(s: Scan, i: number): Match | null {
  if (!WEEKDAYS.has(word(s, i)) || !capitalised(s, i)) return null;
  const j = skipComma(s, skipPeriod(s, i + 1));
  const date = dayFirst(s, j) ?? monthFirstDay(s, j);
  return date ? { start: i, end: date.end, ref: date.ref } : null;
}

function monthFirstDay(s: Scan, i: number): Match | null {
  const m = monthFirst(s, i, true);
  return m && (m.ref.k === 'day' || m.ref.k === 'range') ? m : null;
}

/** "2018", "2016-2023", "2023-24", "the 1990s", "the nineties". */
export function yearLike(s: Scan, i: number): Match | null {
  const w = word(s, i);
  if (w === 'the') return decadeAfterThe(s, i);
  if (!isNumber(s, i)) return null;
  const numeric = numericDate(w);
  if (numeric) return { start: i, end: i + 1, ref: numeric };
  const span = /^(\d{4})[-–/](\d{2}|\d{4})$/.exec(w);
  if (span) return yearSpanToken(i, Number(span[1]), span[2]!);
  if (w.length !== 4 || !/^\d{4}$/.test(w)) return null;
  const y = Number(w);
  if (gluedToNext(s, i) && word(s, i + 1) === 's') {
    return y % 10 === 0 ? { start: i, end: i + 2, ref: { k: 'decade', decade: y / 10 } } : null;
  }
  return isYearInContext(s, i, y) ? { start: i, end: i + 1, ref: { k: 'year', y } } : null;
}

/**
 * "2024-11-17" (ISO), and slashed dates only when the order is certain:
 * "17/11/2024" (day first, as the day exceeds 12) or "11/17/2024".
 */
function numericDate(w: string): TimeRef | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isValidDate(y, m, d) ? { k: 'day', y, m, d } : null;
  }
  const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(w);
  if (!slashed) return null;
  const [a, b, y] = [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  if (a > 12 && isValidDate(y, b, a)) return { k: 'day', y, m: b, d: a };
  if (b > 12 && isValidDate(y, a, b)) return { k: 'day', y, m: a, d: b };
  return null;
}

function yearSpanToken(i: number, a: number, rest: string): Match | null {
  const b = rest.length === 2 ? Math.floor(a / 100) * 100 + Number(rest) : Number(rest);
  if (a < 1000 || a > 2199 || b <= a || b - a > 200) return null;
  return { start: i, end: i + 1, ref: { k: 'range', from: { k: 'year', y: a }, to: { k: 'year', y: b } } };
}

/**
 * Is a bare four-digit number a year here? Yes after "in", "since", "the" and
 * the like; no after "about"/"than" or money signs, and no before "%", scale
 * words or a plural noun ("2000 people").
 */
function isYearInContext(s: Scan, i: number, y: number): boolean {
  if (y < 1000 || y > 2199) return false;
  const before = word(s, i - 1);
  const after = word(s, i + 1);
  if (COUNT_APPROXIMATORS.has(before) || /^[\p{Sc}]$/u.test(before) || before === '.' || before === '#') return false;
  if (after === '%' || after === 'per' || after === 'percent' || after === 'times') return false;
  if (gluedToNext(s, i) && /^[a-z]/.test(after)) return false; // "2000km", "1500m"
  if (YEAR_PREPOSITIONS.has(before)) return true;
  if (looksLikeCountNoun(after) && !YEAR_NOUNS.has(after)) return false;
  return YEAR_DETERMINERS.has(before) || (y >= 1800 && y <= 2100);
}

function decadeAfterThe(s: Scan, i: number): Match | null {
  const w = word(s, i + 1);
  const tens = DECADE_WORDS.get(w);
  if (tens !== undefined) return { start: i, end: i + 2, ref: { k: 'decade', decade: 190 + tens } };
  // "the '90s": apostrophe, two digits, glued "s".
  const j = w === "'" || w === '’' ? i + 2 : i + 1;
  const digits = word(s, j);
  if (isNumber(s, j) && digits.length === 2 && digits.endsWith('0') && gluedToNext(s, j) && word(s, j + 1) === 's') {
    const n = Number(digits);
    return { start: i, end: j + 2, ref: { k: 'decade', decade: (n >= 30 ? 190 : 200) + n / 10 } };
  }
  return null;
}

/** "spring 2025", "the summer of 2019", "in the spring" (the season alone needs a calendar word). */
export function seasonAt(s: Scan, i: number): Match | null {
  const hasThe = word(s, i) === 'the';
  const j = hasThe ? i + 1 : i;
  const season = SEASONS.get(bare(word(s, j)));
  if (season === undefined) return null;
  const of = word(s, j + 1) === 'of' ? j + 2 : j + 1;
  const y = yearAt(s, of);
  if (y !== null) return { start: i, end: of + 1, ref: { k: 'season', y, s: season } };
  if (!SEASON_CONTEXT.has(word(s, i - 1))) return null;
  return { start: i, end: j + 1, ref: { k: 'season', y: null, s: season } };
}

/** "Q3", "Q3 2024", "the third quarter [of 2024]", "the first half of 2025". */
export function quarterAt(s: Scan, i: number): Match | null {
  const q = QUARTERS.get(word(s, i)) ?? HALVES.get(word(s, i));
  if (q !== undefined) {
    const half = HALVES.has(word(s, i));
    const of = word(s, i + 1) === 'of' ? i + 2 : i + 1;
    const y = yearAt(s, of);
    return { start: i, end: y === null ? i + 1 : of + 1, ref: { k: 'quarter', y, q, half } };
  }
  // "the third quarter", or "third quarter" after an adjective ("a weak third quarter").
  if (word(s, i) !== 'the') return ORDINALS.has(word(s, i)) ? ordinalQuarter(s, i - 1, i) : null;
  return ordinalQuarter(s, i, i);
}

function ordinalQuarter(s: Scan, i: number, start: number): Match | null {
  const n = ORDINALS.get(word(s, i + 1));
  const unit = word(s, i + 2);
  if (n === undefined || (unit !== 'quarter' && unit !== 'half')) return null;
  const half = unit === 'half';
  if (n > (half ? 2 : 4)) return null;
  if (word(s, i + 3) !== 'of') return { start, end: i + 3, ref: { k: 'quarter', y: null, q: n, half } };
  const y = yearAt(s, i + 4);
  if (y !== null) return { start, end: i + 5, ref: { k: 'quarter', y, q: n, half } };
  const yearWord = word(s, i + 5);
  if (yearWord === 'year' && word(s, i + 4) === 'the') return { start, end: i + 6, ref: { k: 'quarter', y: null, q: n, half, yearOffset: 0 } };
  const offset = SHIFTS.get(word(s, i + 4));
  if (yearWord === 'year' && offset !== undefined) return { start, end: i + 6, ref: { k: 'quarter', y: null, q: n, half, yearOffset: offset } };
  return { start, end: i + 3, ref: { k: 'quarter', y: null, q: n, half } };
}

/** "Christmas", "Christmas Eve 2023", "New Year's Day", "Easter". */
export function holidayAt(s: Scan, i: number): Match | null {
  if (!capitalised(s, i)) return null;
  const list = HOLIDAYS.get(normalise(word(s, i)));
  if (!list) return null;
  for (const { words, rule } of list) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = normalise(word(s, i + k)) === words[k];
    if (!ok) continue;
    const { y, end } = trailingYear(s, i + words.length);
    // "a Christmas card", "Halloween masks": the holiday names a kind of thing, not a date.
    if (y === null && isLowerWord(s, end) && !HOLIDAY_FOLLOWERS.has(word(s, end))) return null;
    return { start: i, end, ref: { k: 'holiday', rule, y } };
  }
  return null;
}

function isLowerWord(s: Scan, i: number): boolean {
  return i < s.limit && s.doc.tokens.kinds[i] === TokenKind.Word && !capitalised(s, i) && /^[a-z]/.test(word(s, i));
}

function normalise(w: string): string {
  return w.replace(/’/g, "'");
}
