import type { Doc } from '../../doc/document.js';
import { TokenKind } from '../../doc/tokens.js';
import { isCapitalised } from '../../util/token-words.js';
import type { TimeRef } from './refs.js';

/** The tokens of one sentence, as the matchers see them. */
export interface Scan {
  doc: Doc;
  /** Lower-cased token texts of the whole document. */
  w: readonly string[];
  /** First token of the sentence. */
  first: number;
  /** Token index just past the sentence. */
  limit: number;
}

/** Tokens [start, end) read as a time reference. */
export interface Match {
  start: number;
  end: number;
  ref: TimeRef;
}

/** The lower-cased token, or '' outside the sentence. */
export function word(s: Scan, i: number): string {
  return i >= s.first && i < s.limit ? s.w[i]! : '';
}

/** "monday's" → "monday", "today’s" → "today". */
export function bare(w: string): string {
  return w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w;
}

export function isNumber(s: Scan, i: number): boolean {
  return i >= s.first && i < s.limit && s.doc.tokens.kinds[i] === TokenKind.Number;
}

export function capitalised(s: Scan, i: number): boolean {
  return i >= s.first && i < s.limit && isCapitalised(s.doc, i);
}

/** Index after an abbreviation's period ("Nov." → after "."), or i when there is none. */
export function skipPeriod(s: Scan, i: number): number {
  return word(s, i) === '.' && s.doc.tokens.starts[i] === s.doc.tokens.ends[i - 1] ? i + 1 : i;
}

export function skipComma(s: Scan, i: number): number {
  return word(s, i) === ',' ? i + 1 : i;
}

/** True when token i+1 is written right after token i ("18" "th"). */
export function gluedToNext(s: Scan, i: number): boolean {
  return i + 1 < s.limit && s.doc.tokens.starts[i + 1] === s.doc.tokens.ends[i];
}
