import type { Span, TextSpan } from './span.js';
import { findSpanAt, textSpan } from './span.js';
import type { TokenTable } from './tokens.js';
import type {
  Amount, Entity, Event, Message, Quote, TimeExpression,
} from '../record/types.js';

/** Names of the stand-off layers a pipeline stage may require or provide. */
export type LayerName =
  | 'tokens' | 'paragraphs' | 'sentences'
  | 'entities' | 'quotes' | 'events' | 'amounts' | 'times';

export interface DocumentMeta {
  title?: string;
  published?: string;
  source?: string;
  url?: string;
}

const EMPTY_TOKENS: TokenTable = {
  count: 0, starts: new Uint32Array(0), ends: new Uint32Array(0), kinds: new Uint8Array(0),
};

/**
 * One article and every layer the pipeline has laid over it. Layers are
 * stand-off: they point into `text` by offset and never copy or change it.
 */
export class Doc {
  readonly text: string;
  readonly meta: DocumentMeta;
  tokens: TokenTable = EMPTY_TOKENS;
  paragraphs: Span[] = [];
  sentences: Span[] = [];
  entities: Entity[] = [];
  quotes: Quote[] = [];
  events: Event[] = [];
  amounts: Amount[] = [];
  times: TimeExpression[] = [];
  readonly messages: Message[] = [];
  /** Layers filled so far, so stages can check what they stand on. */
  readonly provided = new Set<LayerName>();
  /** What stages derived from this document and keep with it, by their Derived key (see derived.ts). */
  readonly derived = new Map<object, unknown>();

  constructor(text: string, meta: DocumentMeta = {}) {
    this.text = text;
    this.meta = meta;
  }

  span(start: number, end: number): TextSpan {
    return textSpan(this.text, start, end);
  }

  /** Index of the sentence containing `offset`, or -1 between sentences. */
  sentenceAt(offset: number): number {
    return findSpanAt(this.sentences, offset);
  }

  paragraphAt(offset: number): number {
    return findSpanAt(this.paragraphs, offset);
  }

  /** Index of the first token starting at or after `offset`. */
  tokenIndexAt(offset: number): number {
    const { starts, count } = this.tokens;
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  tokenText(i: number): string {
    return this.text.slice(this.tokens.starts[i], this.tokens.ends[i]);
  }

  warn(stage: string, text: string, at: Span): void {
    this.messages.push({ stage, level: 'warning', text, start: at.start, end: at.end });
  }
}
