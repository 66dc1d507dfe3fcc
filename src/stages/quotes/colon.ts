import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import type { Draft } from './draft.js';
import { COLON_LABELS } from './lexicon.js';
import { anyOverlap, type TokenView } from './view.js';

/** Longest speaker name before a colon, in tokens. */
const MAX_NAME = 6;
const MIN_CONTENT_TOKENS = 3;

/**
 * "Elizabeth Warren: Trump is a ‘proven failure’" (headlines) and
 * "FALLIN: Well, I think …" (interview transcripts): a paragraph opening with
 * a name and a colon reports what that name said; the colon is the cue.
 * `taken`: contents already found, which a headline's report may not
 * overlap; `direct`: those in quotation marks, which a transcript's may not.
 */
export function colonAttributions(doc: Doc, view: TokenView, taken: readonly Span[], direct: readonly Span[]): Draft[] {
  const drafts: Draft[] = [];
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p]!;
    const [a, b] = view.tokenRange(para);
    const colon = nameThenColon(view, a, Math.min(b, a + MAX_NAME + 1));
    if (colon < 0 || b - (colon + 1) < MIN_CONTENT_TOKENS) continue;
    const content = { start: view.starts[colon + 1]!, end: para.end };
    const transcript = isAllCaps(view, a, colon);
    // "FALLIN: Well, I think …": a transcript's turn is the speaker's whole, whatever reports it holds
    if (anyOverlap(transcript ? direct : taken, content)) continue;
    const quoted = anyOverlap(view.quoted, content);
    drafts.push({
      kind: transcript ? 'direct' : quoted ? 'mixed' : 'indirect',
      source: { from: a, to: colon },
      cue: view.span(colon, colon + 1),
      content: [content],
      addressee: null,
      paragraph: p,
      anchor: colon,
    });
  }
  return drafts;
}

/** Index of the colon after a run of capitalised words from `a`, or -1. */
function nameThenColon(view: TokenView, a: number, limit: number): number {
  if (!view.isCapitalised(a) || COLON_LABELS.has(view.lower(a))) return -1;
  for (let i = a; i < limit; i++) {
    if (view.isPunct(i, ':')) return i > a && !view.inQuote(i) ? i : -1;
    const ok = view.isCapitalised(i) || (view.isLowerWord(i) && view.raw(i) === 'and') || (view.isPunct(i, '.') && i > a);
    if (!ok) return -1;
  }
  return -1;
}

function isAllCaps(view: TokenView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = view.raw(i);
    if (t !== t.toUpperCase()) return false;
  }
  return true;
}
