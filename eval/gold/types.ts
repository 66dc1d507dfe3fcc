import type { Span } from '../../src/doc/span.js';

/** The hand-annotation format of ../shared/seed/gold.json. */
export interface GoldSpan extends Span { text: string }

export interface GoldEntity {
  id: string;
  type: string;
  country?: string;
  wikidata?: string;
  mentions: GoldSpan[];
}

export interface GoldQuote {
  kind: string;
  speaker: string;
  source?: GoldSpan;
  cue?: GoldSpan;
  content: GoldSpan[];
  addressee?: string;
}

export interface GoldEvent {
  id: string;
  accept: string[];
  mode?: string;
  actors: string[];
  recipients?: string[];
  date?: string;
  location?: { name: string; country?: string; setting?: string };
  evidence: GoldSpan[];
}

export interface GoldAmount { value: number; unit: string; span: GoldSpan; when?: string }
export interface GoldTime { span: GoldSpan; value: string }

export interface GoldRecord {
  published?: string;
  entities: GoldEntity[];
  quotes: GoldQuote[];
  optionalQuotes?: GoldQuote[];
  events: GoldEvent[];
  amounts: GoldAmount[];
  times: GoldTime[];
}
