import { readDataJson } from './data.js';

interface NumberWordData {
  units: Record<string, number>;
  tens: Record<string, number>;
  multipliers: Record<string, number>;
  fractions: Record<string, number>;
}

const data = readDataJson<NumberWordData>('amounts/number-words.json');
const UNITS = new Map(Object.entries(data.units));
const TENS = new Map(Object.entries(data.tens));
const MULTIPLIERS = new Map(Object.entries(data.multipliers));
export const FRACTIONS = new Map(Object.entries(data.fractions));

/** Number words of one piece ("seven", "twenty"); hyphened ones ("twenty-five") are not listed. */
export const SINGLE_NUMBER_WORDS: ReadonlySet<string> = new Set([...UNITS.keys(), ...TENS.keys()]);

/** Could this word be a number word? A Set check first, since most words are not. */
export function mayBeNumberWord(word: string): boolean {
  return SINGLE_NUMBER_WORDS.has(word) || isHyphenedNumberWord(word);
}

/** "twenty-five": checked only for words with a hyphen inside. */
export function isHyphenedNumberWord(word: string): boolean {
  return word.indexOf('-') > 0 && numberWordValue(word) !== null;
}

/** Value of one written-out number word ("seven", "twenty-five"), or null. */
export function numberWordValue(word: string): number | null {
  const unit = UNITS.get(word);
  if (unit !== undefined) return unit;
  const tens = TENS.get(word);
  if (tens !== undefined) return tens;
  const hyphen = word.indexOf('-');
  if (hyphen > 0) {
    const t = TENS.get(word.slice(0, hyphen));
    const u = UNITS.get(word.slice(hyphen + 1));
    if (t !== undefined && u !== undefined && u > 0 && u < 10) return t + u;
  }
  return null;
}

export function multiplierValue(word: string): number | null {
  return MULTIPLIERS.get(word) ?? null;
}

/** "1,200.5" → 1200.5; null for anything that is not a plain decimal number. */
export function parseDigits(text: string): number | null {
  if (!/^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(text)) return null;
  return Number(text.replace(/,/g, ''));
}

export interface ParsedNumber {
  value: number;
  /** Token index after the number. */
  end: number;
}

/**
 * A number written in words starting at token i: "three", "twenty five",
 * "two hundred", "three hundred and fifty". Scale words above a hundred are left
 * to the caller (they may be money scales). `words` are lower-cased tokens.
 */
export function parseNumberWords(words: readonly string[], i: number, limit: number): ParsedNumber | null {
  const first = words[i];
  if (first === undefined || first === 'a' || first === 'an') return null;
  let value = numberWordValue(first);
  if (value === null) return null;
  let j = i + 1;
  const next = words[j];
  if (value >= 20 && value % 10 === 0 && j < limit && next !== undefined) {
    const u = UNITS.get(next);
    if (u !== undefined && u > 0 && u < 10) { value += u; j++; }
  }
  if (j < limit && words[j] === 'hundred') {
    value *= 100;
    j++;
    if (j + 1 < limit && words[j] === 'and') {
      const rest = numberWordValue(words[j + 1]!);
      if (rest !== null && rest < 100) { value += rest; j += 2; }
    }
  }
  return { value, end: j };
}
