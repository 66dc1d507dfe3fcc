import type { Stage } from '../../pipeline/stage.js';
import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import type { Quote } from '../../record/types.js';
import { colonAttributions } from './colon.js';
import { directQuotes } from './direct.js';
import type { Draft } from './draft.js';
import { indirectQuotes } from './indirect.js';
import { findQuoteRuns } from './marks.js';
import { SpeakerResolver } from './speaker.js';
import { TokenView } from './view.js';
import { flatten } from '../../util/arrays.js';
import { firstStartingAt, mentionIndex } from '../entities/mention-index.js';

export const quotesStage: Stage = {
  name: 'quotes',
  description: 'direct, mixed and indirect quotes: source, cue and content spans, speaker and addressee as entity ids',
  requires: ['tokens', 'paragraphs', 'sentences', 'entities'],
  provides: ['quotes'],
  run(doc) {
    doc.quotes = findQuotes(doc);
  },
};

export function findQuotes(doc: Doc): Quote[] {
  const runs = findQuoteRuns(doc.text, doc.paragraphs).filter((r) => !insideName(doc, r.spans));
  const quoted = flatten(runs, (r) => r.spans).sort((a, b) => a.start - b.start);
  const view = new TokenView(doc, quoted);
  const used = new Set<number>();
  const direct = directQuotes(doc, view, runs, used);
  const indirect = indirectQuotes(doc, view, used, direct);
  const inQuotes = flatten(direct, (d) => d.content).sort((a, b) => a.start - b.start);
  const taken = flatten([...direct, ...indirect], (d) => d.content).sort((a, b) => a.start - b.start);
  const colon = colonAttributions(doc, view, taken, inQuotes);
  const drafts = [...direct, ...indirect, ...colon].sort((a, b) => a.anchor - b.anchor);
  const resolver = new SpeakerResolver(doc, view);
  return drafts
    .map((d) => toQuote(doc, view, d, resolver))
    .sort((a, b) => a.content[0]!.start - b.content[0]!.start);
}

/** The longest quotation that can be a nickname inside a name: James "Buster" Douglas. */
const MAX_NICKNAME = 30;

/** A quotation inside a name the entity stage found is part of the name, not a quote. */
function insideName(doc: Doc, spans: readonly Span[]): boolean {
  if (spans.length !== 1 || spans[0]!.end - spans[0]!.start > MAX_NICKNAME) return false;
  const { start, end } = spans[0]!;
  const { mentions, maxLength } = mentionIndex(doc);
  for (let i = firstStartingAt(mentions, start) - 1; i >= 0 && mentions[i]!.start >= start - maxLength; i--) {
    if (mentions[i]!.end > end) return true;
  }
  return false;
}

function toQuote(doc: Doc, view: TokenView, d: Draft, resolver: SpeakerResolver): Quote {
  const quote: Quote = {
    kind: d.kind,
    speaker: resolver.resolve(d),
    content: d.content.map((c) => doc.span(c.start, c.end)),
  };
  if (d.source) {
    const s = view.span(d.source.from, d.source.to);
    quote.source = doc.span(s.start, s.end);
  }
  if (d.cue) quote.cue = doc.span(d.cue.start, d.cue.end);
  const addressee = resolver.addressee(d.addressee);
  if (addressee) quote.addressee = addressee;
  return quote;
}
