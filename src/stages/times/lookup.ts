import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import type { TimeExpression } from '../../record/types.js';

/**
 * Time lookups for later stages (events): "when did this happen?" for a span
 * of evidence. Prefers an expression inside the span, then the nearest one in
 * the same sentence (before or after), else none: a date from another
 * sentence is too often another event's.
 */
export function timeFor(doc: Doc, span: Span): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDistance = Infinity;
  const sentence = doc.sentenceAt(span.start);
  for (const t of doc.times) {
    if (t.span.start >= span.start && t.span.end <= span.end) return t;
    if (sentence < 0 || doc.sentenceAt(t.span.start) !== sentence) continue;
    const distance = t.span.end <= span.start ? span.start - t.span.end : t.span.start - span.end;
    if (distance >= 0 && distance < bestDistance) { best = t; bestDistance = distance; }
  }
  return best;
}
