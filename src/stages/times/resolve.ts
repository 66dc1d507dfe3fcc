import type { TimeGrain } from '../../record/types.js';
import {
  addMonths, addMonthsToDay, dayNumber, daysInMonth, easterSunday, formatDay, formatMonth, formatWeek,
  formatYmd, fromDayNumber, isValidDate, isoWeekday,
} from './calendar.js';
import { SEASON_START, type Season } from './lexicon.js';
import type { Shift, TimeRef } from './refs.js';
import type { Tense } from './tense.js';

/** A resolved expression: its ISO value and the days it covers (inclusive day numbers). */
export interface Resolved {
  value: string;
  grain: TimeGrain;
  start: number;
  end: number;
}

/**
 * Anchors a reference to the publication day. `anchor` is null when there is
 * no publication date: then only references that name their year resolve.
 */
export function resolve(ref: TimeRef, anchor: number | null, tense: Tense): Resolved | null {
  switch (ref.k) {
    case 'year': return yearSpan(ref.y);
    case 'decade': return decadeSpan(ref.decade);
    case 'range': return resolveRange(ref.from, ref.to, anchor, tense);
    case 'mod': {
      const inner = resolve(ref.inner, anchor, tense);
      return inner && applyMod(inner, ref.mod);
    }
    default: break;
  }
  const yearly = yearlyMaker(ref);
  if (yearly) {
    const y = 'y' in ref ? ref.y : null;
    if (y !== null) return yearly(y);
    if (anchor === null) return null;
    const ay = fromDayNumber(anchor).y;
    if ('yearOffset' in ref && ref.yearOffset !== undefined) return yearly(ay + ref.yearOffset);
    const cands = [ay - 1, ay, ay + 1].map(yearly).filter((c): c is Resolved => c !== null);
    return choose(cands, anchor, shiftOf(ref), tense);
  }
  if (anchor === null) return null;
  return resolveRelative(ref, anchor, tense);
}

/** For references fixed within a year (18 November, March, spring, Q3, Christmas): year → span. */
function yearlyMaker(ref: TimeRef): ((y: number) => Resolved | null) | null {
  switch (ref.k) {
    case 'day': return (y) => (isValidDate(y, ref.m, ref.d) ? daySpan(dayNumber(y, ref.m, ref.d)) : null);
    case 'month': return (y) => monthSpan(y, ref.m);
    case 'season': return (y) => seasonSpan(y, ref.s);
    case 'quarter': return (y) => quarterSpan(y, ref.q, ref.half === true);
    case 'holiday': return (y) => holidaySpan(y, ref.rule);
    default: return null;
  }
}

function shiftOf(ref: TimeRef): Shift | undefined {
  return 'shift' in ref ? ref.shift : undefined;
}

function resolveRelative(ref: TimeRef, anchor: number, tense: Tense): Resolved | null {
  switch (ref.k) {
    case 'offsetDays': return daySpan(anchor + ref.days);
    case 'weekday': {
      const monday = anchor - isoWeekday(anchor) + 1;
      const cands = [-2, -1, 0, 1, 2].map((k) => daySpan(monday + 7 * k + ref.wd - 1));
      return choose(cands, anchor, ref.shift, tense);
    }
    case 'weekend': {
      const monday = anchor - isoWeekday(anchor) + 1;
      const cands = [-2, -1, 0, 1, 2].map((k) => weekendSpan(monday + 7 * k + 5));
      return choose(cands, anchor, ref.shift, tense);
    }
    case 'unit': return unitSpan(anchor, ref.unit, ref.n);
    case 'stretch': return stretchSpan(anchor, ref.unit, ref.n);
    case 'newYear': {
      const { y, m } = fromDayNumber(anchor);
      return yearSpan(m >= 7 ? y + 1 : y);
    }
    default: return null;
  }
}

/**
 * Picks among candidate occurrences (in time order): "last" is the latest
 * wholly before the anchor, "next" the earliest wholly after; otherwise the
 * tense decides (past: the latest begun by the anchor; future or present: the
 * earliest not yet over). With no tense cue, the occurrence containing the
 * anchor, else the past one unless the next is much nearer ("leaves office
 * in January", written in November, is the coming January).
 */
function choose(cands: Resolved[], anchor: number, shift: Shift | undefined, tense: Tense): Resolved | null {
  if (shift === 'last') return findLast(cands, (c) => c.end < anchor);
  if (shift === 'next') return cands.find((c) => c.start > anchor) ?? null;
  if (tense === 'past') return findLast(cands, (c) => c.start <= anchor);
  if (tense === 'future' || tense === 'present') return cands.find((c) => c.end >= anchor) ?? null;
  const containing = cands.find((c) => c.start <= anchor && anchor <= c.end);
  if (containing) return containing;
  // News tells of the past more than the future: a later occurrence wins only when it is much nearer.
  const past = findLast(cands, (c) => c.end < anchor);
  const future = cands.find((c) => c.start > anchor) ?? null;
  if (!past || !future) return past ?? future;
  // "this spring" has no such lean: it is whichever spring is nearer.
  const bias = shift === 'this' ? 1 : FUTURE_BIAS;
  return bias * (future.start - anchor) < anchor - past.end ? future : past;
}

/** How much nearer a future occurrence must be than a past one to win without a tense cue. */
const FUTURE_BIAS = 2;

function findLast(cands: Resolved[], ok: (c: Resolved) => boolean): Resolved | null {
  for (let i = cands.length - 1; i >= 0; i--) if (ok(cands[i]!)) return cands[i]!;
  return null;
}

/**
 * "from 2016 to 2023", "between March and May". With no tense cue and no year,
 * the range as a whole goes where it lies nearest the anchor: "between January 1
 * and September 26", written on 29 September, is this year's.
 */
function resolveRange(from: TimeRef, to: TimeRef, anchor: number | null, tense: Tense): Resolved | null {
  const fromYearly = yearlyMaker(from);
  if (fromYearly && anchor !== null && tense === 'none' && 'y' in from && from.y === null && !('shift' in from && from.shift)) {
    const ay = fromDayNumber(anchor).y;
    let best: Resolved | null = null;
    for (const y of [ay - 1, ay, ay + 1]) {
      const a = fromYearly(y);
      const range = a && rangeFrom(a, to, anchor, tense);
      if (range && (!best || distance(range, anchor) < distance(best, anchor))) best = range;
    }
    return best;
  }
  const a = resolve(from, anchor, tense);
  return a && rangeFrom(a, to, anchor, tense);
}

function distance(r: Resolved, anchor: number): number {
  return r.end < anchor ? anchor - r.end : r.start > anchor ? r.start - anchor : 0;
}

/** The range from a resolved start to `to`, which follows it when its own year or week is not given. */
function rangeFrom(a: Resolved, to: TimeRef, anchor: number | null, tense: Tense): Resolved | null {
  let b: Resolved | null;
  const yearly = yearlyMaker(to);
  if (yearly && 'y' in to && to.y === null) {
    // "March to May", "18 November to 2 December": the end follows the start.
    const y = fromDayNumber(a.start).y;
    b = [y, y + 1].map(yearly).find((c) => c !== null && c.end >= a.start) ?? null;
  } else if (to.k === 'weekday' && anchor !== null) {
    const cands = [0, 1].map((k) => daySpan(a.start + 7 * k + ((to.wd - isoWeekday(a.start) + 7) % 7)));
    b = cands.find((c) => c.start >= a.start) ?? null;
  } else {
    b = resolve(to, anchor, tense);
  }
  if (!b || b.end < a.start) return null;
  return { value: `${a.value}/${b.value}`, grain: 'range', start: a.start, end: b.end };
}

export function daySpan(n: number): Resolved {
  return { value: formatDay(n), grain: 'day', start: n, end: n };
}

function monthSpan(y: number, m: number): Resolved {
  return { value: formatMonth(y, m), grain: 'month', start: dayNumber(y, m, 1), end: dayNumber(y, m, daysInMonth(y, m)) };
}

export function yearSpan(y: number): Resolved {
  return { value: String(y).padStart(4, '0'), grain: 'year', start: dayNumber(y, 1, 1), end: dayNumber(y, 12, 31) };
}

/** ISO 8601 writes a decade as its first three digits: the 1990s are "199". */
function decadeSpan(decade: number): Resolved {
  return { value: String(decade).padStart(3, '0'), grain: 'decade', start: dayNumber(decade * 10, 1, 1), end: dayNumber(decade * 10 + 9, 12, 31) };
}

/** Meteorological seasons, written as TIMEX3 does (2025-SP); winter belongs to the year it begins. */
function seasonSpan(y: number, s: Season): Resolved {
  const first = SEASON_START[s];
  const after = addMonths(y, first, 3);
  return { value: `${y}-${s}`, grain: 'season', start: dayNumber(y, first, 1), end: dayNumber(after.y, after.m, 1) - 1 };
}

function quarterSpan(y: number, q: number, half: boolean): Resolved {
  const months = half ? 6 : 3;
  const first = (q - 1) * months + 1;
  const after = addMonths(y, first, months);
  return { value: `${y}-${half ? 'H' : 'Q'}${q}`, grain: 'quarter', start: dayNumber(y, first, 1), end: dayNumber(after.y, after.m, 1) - 1 };
}

/** Fixed-date holidays ("12-25") and those counted from Easter ("easter-2"). */
function holidaySpan(y: number, rule: string): Resolved | null {
  const easter = /^easter([+-]\d+)?$/.exec(rule);
  if (easter) return daySpan(easterSunday(y) + Number(easter[1] ?? 0));
  const [m, d] = rule.split('-').map(Number);
  return m && d && isValidDate(y, m, d) ? daySpan(dayNumber(y, m, d)) : null;
}

function weekendSpan(saturday: number): Resolved {
  return { value: `${formatWeek(saturday)}-WE`, grain: 'weekend', start: saturday, end: saturday + 1 };
}

function weekSpan(n: number): Resolved {
  const monday = n - isoWeekday(n) + 1;
  return { value: formatWeek(n), grain: 'week', start: monday, end: monday + 6 };
}

/** "last week", "next month", "this year", "three years ago". */
function unitSpan(anchor: number, unit: string, n: number): Resolved | null {
  const { y, m } = fromDayNumber(anchor);
  switch (unit) {
    case 'day': return daySpan(anchor + n);
    case 'week': return weekSpan(anchor + 7 * n);
    case 'fortnight': return weekSpan(anchor + 14 * n);
    case 'weekend': return weekendSpan(anchor - isoWeekday(anchor) + 6 + 7 * n);
    case 'month': { const t = addMonths(y, m, n); return monthSpan(t.y, t.m); }
    case 'quarter': {
      const t = addMonths(y, m, 3 * n);
      return quarterSpan(t.y, Math.floor((t.m - 1) / 3) + 1, false);
    }
    case 'year': return yearSpan(y + n);
    case 'decade': return decadeSpan(Math.floor(y / 10) + n);
    default: return null;
  }
}

/** "the past two years" (n = -2) or "the next five years" (n = 5): from or to the anchor day. */
function stretchSpan(anchor: number, unit: string, n: number): Resolved | null {
  const months = { month: 1, quarter: 3, year: 12, decade: 120 }[unit];
  const days = { day: 1, week: 7, fortnight: 14, weekend: 7 }[unit];
  let other: number;
  if (months !== undefined) other = addMonthsToDay(anchor, months * n);
  else if (days !== undefined) other = anchor + days * n;
  else return null;
  const [start, end] = other < anchor ? [other, anchor] : [anchor, other];
  return { value: `${formatDay(start)}/${formatDay(end)}`, grain: 'range', start, end };
}

/** early / mid / late (and start / end) of a year, month or decade, as an interval. */
function applyMod(inner: Resolved, mod: string): Resolved {
  const thirds: Record<string, [number, number]> = { early: [0, 1 / 3], start: [0, 1 / 3], mid: [1 / 3, 2 / 3], late: [2 / 3, 1], end: [2 / 3, 1] };
  const [from, to] = thirds[mod] ?? [0, 1];
  if (inner.grain === 'year') {
    const y = fromDayNumber(inner.start).y;
    const a = 1 + Math.round(12 * from);
    const b = Math.round(12 * to);
    return interval(formatMonth(y, a), formatMonth(y, b), dayNumber(y, a, 1), dayNumber(y, b, daysInMonth(y, b)));
  }
  if (inner.grain === 'month') {
    const { y, m } = fromDayNumber(inner.start);
    const last = daysInMonth(y, m);
    const a = mod === 'early' || mod === 'start' ? 1 : mod === 'mid' ? 11 : 21;
    const b = mod === 'early' || mod === 'start' ? 10 : mod === 'mid' ? 20 : last;
    return interval(formatYmd(y, m, a), formatYmd(y, m, b), dayNumber(y, m, a), dayNumber(y, m, b));
  }
  if (inner.grain === 'decade') {
    const first = fromDayNumber(inner.start).y;
    const a = first + Math.round(10 * from);
    const b = first + Math.round(10 * to) - 1;
    return interval(String(a), String(b), dayNumber(a, 1, 1), dayNumber(b, 12, 31));
  }
  return inner;
}

function interval(a: string, b: string, start: number, end: number): Resolved {
  return { value: `${a}/${b}`, grain: 'range', start, end };
}
