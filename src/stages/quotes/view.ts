import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import { findSpanAt, spansOverlap } from '../../doc/span.js';
import { lowerTokens } from '../../util/token-words.js';
import type { Cue } from './cues.js';

/**
 * Token-level helpers over a Doc for the quotes stage: lower-cased words on
 * demand, capitalisation, and whether a token sits inside a quotation.
 */
export class TokenView {
  readonly doc: Doc;
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly count: number;
  /** Sorted, non-overlapping quotation spans (marks included). */
  readonly quoted: readonly Span[];
  /** Every reporting cue of the document, found on first use (see findCues). */
  cues: Cue[] | undefined = undefined;

  constructor(doc: Doc, quoted: readonly Span[]) {
    this.doc = doc;
    this.text = doc.text;
    this.starts = doc.tokens.starts;
    this.ends = doc.tokens.ends;
    this.count = doc.tokens.count;
    this.quoted = quoted;
    this.lowered = lowerTokens(doc);
  }

  raw(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** The document's shared lower-cased token texts (see lowerTokens). */
  private readonly lowered: readonly string[];

  /** Lower-cased token text: phrase rules ask about the same tokens often. */
  lower(i: number): string {
    // Out of range, raw() slices the whole text, as it always has.
    return this.lowered[i] ?? this.raw(i).toLowerCase();
  }

  /** The first character of the token, as a code unit. */
  first(i: number): number {
    return this.text.charCodeAt(this.starts[i]!);
  }

  isCapitalised(i: number): boolean {
    const c = this.first(i);
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    const ch = this.text[this.starts[i]!]!;
    return ch !== ch.toLowerCase();
  }

  isLowerWord(i: number): boolean {
    const c = this.first(i);
    if (c >= 97 && c <= 122) return true;
    if (c < 128) return false;
    const ch = this.text[this.starts[i]!]!;
    return ch !== ch.toUpperCase();
  }

  isWord(i: number): boolean {
    return this.isCapitalised(i) || this.isLowerWord(i);
  }

  isPunct(i: number, chars: string): boolean {
    return this.ends[i]! - this.starts[i]! === 1 && chars.includes(this.text[this.starts[i]!]!);
  }

  inQuote(i: number): boolean {
    return findSpanAt(this.quoted, this.starts[i]!) >= 0;
  }

  /** Token range [from, to) covering the character span. */
  tokenRange(span: Span): [number, number] {
    return [this.doc.tokenIndexAt(span.start), this.doc.tokenIndexAt(span.end)];
  }

  span(from: number, to: number): Span {
    return { start: this.starts[from]!, end: this.ends[to - 1]! };
  }
}

/** A quotation mark token (opening or closing, any style). */
export function isQuoteMark(view: TokenView, i: number): boolean {
  return view.isPunct(i, '"“”„«»‘’\'`');
}

/** Whether a sorted, non-overlapping span list has a span overlapping `span`: binary search. */
export function anyOverlap(sorted: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && spansOverlap(sorted[lo]!, span);
}
