import { FRACTIONS, parseDigits, parseNumberWords } from '../../util/number-words.js';
import { GLUED_ONLY_SCALES, SCALE_EXPONENTS } from './lexicon.js';
import { glued, isNumber, word, type Scan } from './scan.js';

export interface NumberMatch {
  value: number;
  /** Token after the number and its scale. */
  end: number;
  /** True when a scale word followed ("20bn", "3 million"). */
  scaled: boolean;
  /** True when written in words ("three", "a million"). */
  inWords: boolean;
}

/**
 * A number at token i with its scale: "20" "billion", "4.5" "m" (glued),
 * "1,200", "three hundred", "a billion", "half a million". `money` admits
 * the one-letter scales that only money uses ("$4.5m").
 */
export function numberAt(s: Scan, i: number, money: boolean): NumberMatch | null {
  const head = headNumber(s, i);
  if (!head) return null;
  const scaleWord = word(s, head.end);
  const exp = SCALE_EXPONENTS.get(scaleWord);
  const scaleOk = exp !== undefined && (!GLUED_ONLY_SCALES.has(scaleWord) || (money && glued(s, head.end - 1)));
  if (!scaleOk) {
    return head.needsScale ? null : { value: head.value, end: head.end, scaled: false, inWords: head.inWords };
  }
  const value = head.digits !== null ? Number(`${head.digits}e${exp}`) : head.value * 10 ** exp!;
  return { value, end: head.end + 1, scaled: true, inWords: head.inWords };
}

interface Head {
  value: number;
  end: number;
  /** Exact decimal text, so the scale is applied without float error. */
  digits: string | null;
  inWords: boolean;
  /** "a", "half a": a number only before a scale word. */
  needsScale: boolean;
}

function headNumber(s: Scan, i: number): Head | null {
  const w = word(s, i);
  if (isNumber(s, i)) {
    const value = parseDigits(w);
    return value === null ? null : { value, end: i + 1, digits: w.replace(/,/g, ''), inWords: false, needsScale: false };
  }
  if (w === 'a' || w === 'an') return { value: 1, end: i + 1, digits: null, inWords: true, needsScale: true };
  const fraction = FRACTIONS.get(w);
  if (fraction !== undefined && (word(s, i + 1) === 'a' || word(s, i + 1) === 'an')) {
    return { value: fraction, end: i + 2, digits: null, inWords: true, needsScale: true };
  }
  const parsed = parseNumberWords(s.w, i, s.limit);
  return parsed ? { value: parsed.value, end: parsed.end, digits: null, inWords: true, needsScale: false } : null;
}
