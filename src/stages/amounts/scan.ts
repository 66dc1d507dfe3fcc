import type { Doc } from '../../doc/document.js';
import { TokenKind } from '../../doc/tokens.js';
import type { Span } from '../../doc/span.js';

/** One sentence's tokens, with the tokens already taken by time expressions blocked. */
export interface Scan {
  doc: Doc;
  w: readonly string[];
  kinds: Uint8Array;
  first: number;
  limit: number;
  /** 1 for tokens inside a time expression ("2016" is a year, not an amount). */
  blocked: Uint8Array;
}

/** What was measured and how, over tokens [start, end). */
export interface AmountMatch {
  start: number;
  end: number;
  value: number;
  unit: string;
  kind: 'money' | 'percent' | 'multiplier' | 'count' | 'rank';
  /** Tokens of the thing counted, when the match itself names it ("300 people"). */
  noun?: Span;
}

export function word(s: Scan, i: number): string {
  return i >= s.first && i < s.limit ? s.w[i]! : '';
}

export function isNumber(s: Scan, i: number): boolean {
  return i >= s.first && i < s.limit && s.kinds[i] === TokenKind.Number;
}

export function isWord(s: Scan, i: number): boolean {
  return i >= s.first && i < s.limit && s.kinds[i] === TokenKind.Word;
}

export function glued(s: Scan, i: number): boolean {
  return i + 1 < s.limit && s.doc.tokens.starts[i + 1] === s.doc.tokens.ends[i];
}

/** A lower-case word in the original text (nouns in running text, not names). */
export function isLowerWord(s: Scan, i: number): boolean {
  if (!isWord(s, i)) return false;
  const c = s.doc.text.charCodeAt(s.doc.tokens.starts[i]!);
  return c >= 97 && c <= 122;
}

/** Text of tokens [start, end). */
export function tokenText(s: Scan, start: number, end: number): string {
  return s.doc.text.slice(s.doc.tokens.starts[start], s.doc.tokens.ends[end - 1]);
}
