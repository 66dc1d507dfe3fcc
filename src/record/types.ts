import type { TextSpan } from '../doc/span.js';

/** The version tag every record carries; bump it on any breaking change. */
export const RECORD_SCHEMA = 'dossier.record/1';

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'EVENT' | 'NORP' | 'MISC';

/** How a mention refers: by name, by office or role noun, by pronoun, … */
export type MentionKind = 'name' | 'title' | 'role' | 'pronoun' | 'acronym' | 'metonym' | 'demonym';

export interface Mention extends TextSpan {
  kind?: MentionKind;
}

export interface Entity {
  /** Stable within one record; link across records with `wikidata` or `kbId`. */
  id: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-3; for states that no longer exist, their ISO 3166-3 alpha-3 (SUN, YUG, CSK, DDR). */
  country?: string;
  /** PLOVER/CAMEO sector code: GOV, MIL, OPP, MED, BUS, … */
  sector?: string;
  wikidata?: string;
  /** Knowledge-base key when the entity was linked to the bundled or a user KB. */
  kbId?: string;
  roles?: string[];
  mentions: Mention[];
}

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

export interface Quote {
  kind: QuoteKind;
  /** Entity id of who said it; null only when no speaker can be found. */
  speaker: string | null;
  source?: TextSpan;
  cue?: TextSpan;
  /** One span per paragraph for quotes that run over several paragraphs. */
  content: TextSpan[];
  /** Entity id of who it was said to, or the medium ("told the Daily Express"). */
  addressee?: string;
}

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

export type Auxiliary = 'future' | 'historical' | 'hypothetical' | 'negated';

export interface EventLocation {
  name: string;
  country?: string;
  /** The occasion or venue: "G20 Summit". */
  setting?: string;
  entity?: string;
}

export interface Event {
  type: PloverType;
  /** PLOVER mode of the event type (e.g. "visit" for CONSULT). */
  mode?: string;
  auxiliary?: Auxiliary;
  actors: string[];
  recipients: string[];
  /** ISO 8601 date, month, year or week. */
  date?: string;
  location?: EventLocation;
  cameo?: string;
  goldstein?: number;
  evidence: TextSpan[];
}

export interface Amount {
  value: number;
  /** ISO 4217 currency, "%", "times", "count", "rank", … */
  unit: string;
  span: TextSpan;
  /** What is measured: "value of UK exports to China". */
  object?: string;
  date?: string;
}

export type TimeGrain = 'day' | 'week' | 'weekend' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'range';

export interface TimeExpression {
  span: TextSpan;
  /** ISO 8601: 2024-11-18, 2024-11, 2024, 2024-W46, 2024-W46-WE, 2024-11-18/2024-11-20. */
  value: string;
  grain?: TimeGrain;
}

export interface ArticleMeta {
  /** Content hash of the text, stable across runs. */
  id: string;
  title?: string;
  /** ISO 8601 date (or date-time) of publication, the anchor for relative times. */
  published?: string;
  source?: string;
  url?: string;
  text: string;
}

/** A note a stage leaves about the text, always with a position (cf. vfile messages). */
export interface Message {
  stage: string;
  level: 'info' | 'warning';
  text: string;
  start: number;
  end: number;
}

export interface DossierRecord {
  schema: typeof RECORD_SCHEMA;
  article: ArticleMeta;
  entities: Entity[];
  quotes: Quote[];
  events: Event[];
  amounts: Amount[];
  times: TimeExpression[];
  messages?: Message[];
}
