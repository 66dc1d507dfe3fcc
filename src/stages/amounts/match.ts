import {
  AMBIGUOUS_AFTER, IRREGULAR_PLURALS, isSuperlative, MULTIPLIER_WORDS, NOT_COUNT_NOUNS, NOT_MULTIPLIER_AFTER,
  NOUN_STOPS, PERCENT, PREFIXED, QUALIFIED_AFTER, RANK_ORDINALS, SUBUNITS, SUPERLATIVE_HEADS, SYMBOLS, VAGUE,
  WORDS_AFTER, WORDS_BEFORE,
} from './lexicon.js';
import { numberAt } from './number.js';
import { glued, isLowerWord, isNumber, word, type AmountMatch, type Scan } from './scan.js';

/**
 * The amounts grammar: money (£20billion, US$1.2tn, 20bn yuan, 300 pounds),
 * percentages (5 per cent, 3.5 percentage points), multipliers (230 times,
 * twice, threefold), counts (300 people, thousands of) and ranks (second-biggest).
 */
export function matchAmountAt(s: Scan, i: number): AmountMatch | null {
  return currencyFirst(s, i) ?? numberFirst(s, i) ?? vagueCount(s, i) ?? multiplierWord(s, i) ?? rank(s, i);
}

/** "£20billion", "$4.5m", "US$1.2tn", "HK$5bn", "USD 4m", "Rs 500". */
function currencyFirst(s: Scan, i: number): AmountMatch | null {
  const w = word(s, i);
  let code = SYMBOLS.get(w);
  let numberStart = i + 1;
  if (code === undefined && glued(s, i)) {
    code = PREFIXED.get(w + word(s, i + 1));
    numberStart = i + 2;
  }
  if (code === undefined && isCode(s, i)) {
    code = WORDS_BEFORE.get(w);
    numberStart = i + 1;
  }
  if (code === undefined || !isNumber(s, numberStart)) return null;
  const n = numberAt(s, numberStart, true);
  if (!n) return null;
  return { start: i, end: n.end, value: n.value, unit: code, kind: 'money' };
}

/** Currency codes before a number must be written in capitals ("USD 4m", "Rs 500"). */
function isCode(s: Scan, i: number): boolean {
  if (!WORDS_BEFORE.has(word(s, i))) return false;
  const text = s.doc.text.slice(s.doc.tokens.starts[i], s.doc.tokens.ends[i]);
  return text === text.toUpperCase() || text === 'Rs';
}

/** A number, then what it counts: a currency, "%", "times", "-fold" or a plural noun. */
function numberFirst(s: Scan, i: number): AmountMatch | null {
  const n = numberAt(s, i, false);
  if (!n) return null;
  const j = n.end;
  // Literals, not { ...base, … }: object spread here was a visible share of the stage.
  const money = currencyAfter(s, j, n.scaled);
  if (money && !isWeight(s, j, money.end)) return { start: i, value: n.value, end: money.end, unit: money.code, kind: 'money' };
  const subunit = SUBUNITS.get(word(s, j));
  if (subunit && !n.scaled && !n.inWords && (glued(s, j - 1) || word(s, j).length > 1)) {
    return { start: i, value: n.value / 100, end: j + 1, unit: subunit, kind: 'money' };
  }
  const percent = percentAfter(s, j);
  if (percent) return { start: i, value: n.value, end: percent.end, unit: percent.unit, kind: 'percent' };
  if (word(s, j) === 'times' && !NOT_MULTIPLIER_AFTER.has(word(s, j + 1))) {
    return { start: i, value: n.value, end: j + 1, unit: 'times', kind: 'multiplier' };
  }
  if ((word(s, j) === '-' || word(s, j) === '–') && word(s, j + 1) === 'fold') {
    return { start: i, value: n.value, end: j + 2, unit: 'times', kind: 'multiplier' };
  }
  if (n.inWords && n.value < 2) return null; // "one shipyard", "a ship": not worth recording as counts
  if (looksLikeYear(s, i, n.end)) return null; // "below 2005 levels": counts that size are written 2,005
  const noun = countNoun(s, j);
  return noun ? { start: i, value: n.value, end: noun.end, unit: 'count', kind: 'count', noun: { start: j, end: noun.end } } : null;
}

/** "yuan", "pounds", "US dollars" after a number; "won", "real", "rand" only after a scale word. */
function currencyAfter(s: Scan, j: number, scaled: boolean): { code: string; end: number } | null {
  for (let len = 2; len >= 1; len--) {
    const list = QUALIFIED_AFTER.get(word(s, j + len - 1));
    const found = list?.find((q) => q.before.length === len - 1 && q.before.every((b, k) => word(s, j + k) === b));
    if (found) return { code: found.code, end: j + len };
  }
  const w = word(s, j);
  const code = WORDS_AFTER.get(w);
  if (code === undefined || (AMBIGUOUS_AFTER.has(w) && !scaled)) return null;
  return { code, end: j + 1 };
}

/** "300 pounds of explosives", "weighs 300 pounds": pounds as weight, not sterling. */
function isWeight(s: Scan, unit: number, end: number): boolean {
  const w = word(s, unit);
  if (w !== 'pounds' && w !== 'pound') return false;
  if (word(s, end) === 'of') return true;
  for (let k = Math.max(s.first, unit - 4); k < unit; k++) if (word(s, k).startsWith('weigh')) return true;
  return false;
}

/** "%", "per cent", "percent", "percentage points", "basis points". */
function percentAfter(s: Scan, j: number): { unit: string; end: number } | null {
  const two = PERCENT.get(`${word(s, j)} ${word(s, j + 1)}`);
  if (two) return { unit: two, end: j + 2 };
  const one = PERCENT.get(word(s, j));
  return one ? { unit: one, end: j + 1 } : null;
}

/**
 * The noun counted after a number: up to two modifiers and a plural head,
 * all lower case ("300 people", "300 new jobs"). Durations and measures are not counts.
 */
function countNoun(s: Scan, j: number): { end: number } | null {
  for (let k = j; k < j + 3; k++) {
    const w = word(s, k);
    if (!isLowerWord(s, k) || NOUN_STOPS.has(w) || NOT_COUNT_NOUNS.has(w)) return null;
    if (isPlural(w)) return { end: k + 1 };
  }
  return null;
}

function looksLikeYear(s: Scan, i: number, end: number): boolean {
  const w = word(s, i);
  return end === i + 1 && w.length === 4 && /^(?:18|19|20)\d\d$/.test(w);
}

function isPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith("'s") && !w.endsWith('’s');
}

/** "thousands of protesters", "tens of thousands of people", "millions of pounds". */
function vagueCount(s: Scan, i: number): AmountMatch | null {
  for (let len = 3; len >= 1; len--) {
    const phrase = len === 1 ? word(s, i) : len === 2 ? `${word(s, i)} ${word(s, i + 1)}` : `${word(s, i)} ${word(s, i + 1)} ${word(s, i + 2)}`;
    const value = VAGUE.get(phrase);
    if (value === undefined || word(s, i + len) !== 'of') continue;
    const j = i + len + 1;
    const money = currencyAfter(s, j, true);
    if (money) return { start: i, end: money.end, value, unit: money.code, kind: 'money' };
    const noun = countNoun(s, j);
    if (noun) return { start: i, end: noun.end, value, unit: 'count', kind: 'count', noun: { start: j, end: noun.end } };
    return null;
  }
  return null;
}

/** "twice the size", "a threefold rise". */
function multiplierWord(s: Scan, i: number): AmountMatch | null {
  const w = word(s, i);
  const value = MULTIPLIER_WORDS.get(w);
  if (value === undefined) return null;
  // "twice" alone is often a frequency ("met twice"); as a multiplier it leads a comparison.
  if ((w === 'twice' || w === 'thrice') && !['as', 'the', 'that', 'its', 'their', 'his', 'her', 'our', 'more', 'what'].includes(word(s, i + 1))) return null;
  return { start: i, end: i + 1, value, unit: 'times', kind: 'multiplier' };
}

/** "second-biggest", "third-largest", "second most populous", "3rd-largest". */
function rank(s: Scan, i: number): AmountMatch | null {
  const w = word(s, i);
  const hyphen = w.indexOf('-');
  if (hyphen > 0) {
    const n = RANK_ORDINALS.get(w.slice(0, hyphen));
    const rest = w.slice(hyphen + 1);
    if (n === undefined) return null;
    if (isSuperlative(rest)) return { start: i, end: i + 1, value: n, unit: 'rank', kind: 'rank' };
    if (SUPERLATIVE_HEADS.has(rest) && isLowerWord(s, i + 1)) return { start: i, end: i + 2, value: n, unit: 'rank', kind: 'rank' };
    return null;
  }
  const n = RANK_ORDINALS.get(w) ?? digitOrdinal(s, i);
  if (n === undefined) return null;
  const next = isNumber(s, i) ? i + 2 : i + 1;
  const sup = word(s, next);
  if (isSuperlative(sup)) return { start: i, end: next + 1, value: n, unit: 'rank', kind: 'rank' };
  if (SUPERLATIVE_HEADS.has(sup) && isLowerWord(s, next + 1)) return { start: i, end: next + 2, value: n, unit: 'rank', kind: 'rank' };
  // "3rd-largest": the tokenizer keeps "rd-largest" together after the digits.
  const glue = /^(?:st|nd|rd|th)-(.+)$/.exec(word(s, i + 1));
  if (isNumber(s, i) && glue && isSuperlative(glue[1]!)) return { start: i, end: i + 2, value: n, unit: 'rank', kind: 'rank' };
  return null;
}

/** "2nd", "3rd" as a number with a glued ordinal suffix. */
function digitOrdinal(s: Scan, i: number): number | undefined {
  if (!isNumber(s, i) || !glued(s, i) || !/^\d{1,3}$/.test(word(s, i))) return undefined;
  const suffix = word(s, i + 1);
  if (!/^(?:st|nd|rd|th)(?:-|$)/.test(suffix)) return undefined;
  const n = Number(word(s, i));
  return n >= 2 ? n : undefined;
}
