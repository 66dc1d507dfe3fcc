import type { Span } from '../../doc/span.js';
import type { QuoteKind } from '../../record/types.js';
import type { Phrase } from './phrases.js';

/** A quote before its speaker is resolved to an entity: spans as found in the text. */
export interface Draft {
  kind: QuoteKind;
  source: Phrase | null;
  /** Character span of the cue, prefixes and suffixes included. */
  cue: Span | null;
  content: Span[];
  addressee: Phrase | null;
  /** Paragraph where the attribution (or the quote, if none) sits. */
  paragraph: number;
  /** Token index of the cue verb, or of the quote start when there is no cue. */
  anchor: number;
  /** A floating quote: no cue of its own, continues this earlier quote's speaker. */
  continues?: Draft;
}
