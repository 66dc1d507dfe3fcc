/**
 * Offsets are UTF-16 code units into the article text, end exclusive,
 * exactly as JavaScript indexes strings, so `text.slice(start, end)` is the span.
 */
export interface Span {
  start: number;
  end: number;
}

/** A span with its text, as the record carries it so a reader never has to re-slice. */
export interface TextSpan extends Span {
  text: string;
}

export function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

export function spanContains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Index of the span in a sorted, non-overlapping list that contains `offset`,
 * or -1. Binary search: sentence and paragraph lookups happen per token.
 */
export function findSpanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
