import { MONTHS, PERIOD_MODS } from './lexicon.js';
import {
  dayFirst, holidayAt, monthFirst, quarterAt, seasonAt, weekdayDate, yearLike,
} from './match-dates.js';
import {
  agoOrHence, earlierLater, newYearAt, relativeDay, shifted, stretch, weekdayAt, weekendAt,
} from './match-relative.js';
import type { TimeRef } from './refs.js';
import { word, type Match, type Scan } from './scan.js';

/**
 * The grammar: at each token, the longest time expression starting there,
 * including modifiers ("mid-2025", "the end of next year") and ranges
 * ("from 2016 to 2023", "between March and May").
 */

// A Map, not an object literal: indexing a literal by every word was a megamorphic keyed load.
const RANGE_OPENERS = new Map<string, string[]>([
  ['from', ['to', 'until', 'till', 'through', '-', '–']],
  ['between', ['and', '-', '–']],
]);
const BARE_RANGE_JOINERS = new Set(['-', '–', 'to', 'until', 'through']);

/** A single point: every matcher, longest first wins. `relaxed` admits ambiguous month names. */
function pointAt(s: Scan, i: number, relaxed: boolean): Match | null {
  let best = longer(weekdayDate(s, i), dayFirst(s, i));
  best = longer(best, monthFirst(s, i, relaxed));
  best = longer(best, yearLike(s, i));
  best = longer(best, seasonAt(s, i));
  best = longer(best, quarterAt(s, i));
  best = longer(best, holidayAt(s, i));
  best = longer(best, relativeDay(s, i));
  best = longer(best, weekdayAt(s, i));
  best = longer(best, weekendAt(s, i));
  best = longer(best, newYearAt(s, i));
  best = longer(best, shifted(s, i));
  best = longer(best, earlierLater(s, i));
  best = longer(best, agoOrHence(s, i));
  best = longer(best, stretch(s, i));
  return best ?? modified(s, i);
}

function longer(a: Match | null, b: Match | null): Match | null {
  if (!a) return b;
  return b && b.end > a.end ? b : a;
}

/** "mid-2025", "early March", "late last year", "the end of 2024", "the start of next month". */
function modified(s: Scan, i: number): Match | null {
  const w = word(s, i);
  const compact = /^(early|mid|late)-(.+)$/.exec(w);
  if (compact) return compactModified(s, i, compact[1]!, compact[2]!);
  const mod = PERIOD_MODS.get(w);
  if (mod && (w === 'early' || w === 'mid' || w === 'late')) {
    const inner = pointAt(s, i + 1, true);
    return inner ? { start: i, end: inner.end, ref: { k: 'mod', mod, inner: inner.ref } } : null;
  }
  if (w === 'the' && word(s, i + 2) === 'of') {
    const edge = word(s, i + 1);
    const edgeMod = edge === 'start' || edge === 'beginning' ? 'start' : edge === 'end' ? 'end' : edge === 'middle' ? 'mid' : null;
    if (!edgeMod) return null;
    const inner = pointAt(s, i + 3, true) ?? theYear(s, i + 3);
    return inner ? { start: i, end: inner.end, ref: { k: 'mod', mod: edgeMod, inner: inner.ref } } : null;
  }
  return null;
}

/** "the year" after "the end of": the current year. */
function theYear(s: Scan, i: number): Match | null {
  if (word(s, i) !== 'the') return null;
  const unit = word(s, i + 1);
  if (unit !== 'year' && unit !== 'month' && unit !== 'week' && unit !== 'decade') return null;
  return { start: i, end: i + 2, ref: { k: 'unit', unit, n: 0 } };
}

/** The tokenizer keeps "mid-2025" and "mid-November" as one word; read the part after the hyphen. */
function compactModified(s: Scan, i: number, mod: string, rest: string): Match | null {
  let inner: TimeRef | null = null;
  const year = /^(\d{4})(s?)$/.exec(rest);
  if (year) {
    const y = Number(year[1]);
    inner = year[2] ? (y % 10 === 0 ? { k: 'decade', decade: y / 10 } : null) : { k: 'year', y };
  } else {
    const m = MONTHS.get(rest);
    if (m !== undefined) inner = { k: 'month', y: null, m };
  }
  if (!inner) return null;
  let end = i + 1;
  if (inner.k === 'month') {
    // "mid-November 2024"
    const y = /^\d{4}$/.test(word(s, i + 1)) ? Number(word(s, i + 1)) : null;
    if (y !== null) { inner = { ...inner, y }; end = i + 2; }
  }
  return { start: i, end, ref: { k: 'mod', mod: mod as 'early' | 'mid' | 'late', inner } };
}

/** A point or a range starting at token i. */
export function matchAt(s: Scan, i: number): Match | null {
  const w = word(s, i);
  const joiners = RANGE_OPENERS.get(w);
  if (joiners) {
    const from = pointAt(s, i + 1, true);
    if (from && joiners.includes(word(s, from.end))) {
      const to = pointAt(s, from.end + 1, true);
      if (to && compatible(from.ref, to.ref)) return { start: i, end: to.end, ref: { k: 'range', from: from.ref, to: to.ref } };
    }
    return null;
  }
  const point = pointAt(s, i, false);
  if (!point) return null;
  if (BARE_RANGE_JOINERS.has(word(s, point.end)) && (point.ref.k === 'year' || point.ref.k === 'month' || point.ref.k === 'day')) {
    const to = pointAt(s, point.end + 1, true);
    // "2016 to 2023", "Oct. 30 to Nov. 8"; a month needs "-" ("March-May"), as "in March to …" is rarely a range.
    if (to && to.ref.k === point.ref.k && (word(s, point.end) !== 'to' || to.ref.k !== 'month')) {
      return { start: i, end: to.end, ref: { k: 'range', from: point.ref, to: to.ref } };
    }
  }
  return point;
}

/** Both ends of a range must be points in time, not ranges themselves. */
function compatible(a: TimeRef, b: TimeRef): boolean {
  return a.k !== 'range' && b.k !== 'range' && a.k !== 'stretch' && b.k !== 'stretch';
}
