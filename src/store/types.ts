import type { DossierRecord, EntityType, PloverType, QuoteKind } from '../record/types.js';
import type { RecordPlan } from './plan.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'NORP', 'MISC'];

export interface StoreOptions {
  /** Open an existing store for reading only (queries, exports). */
  readonly?: boolean;
}

/** Where a record came from, kept with the article for provenance. */
export interface RecordOrigin {
  path?: string;
}

/**
 * A record with where it came from; or, instead of the record, its
 * planRecord(record), when the caller worked that out already (ingest does,
 * on the worker that analysed the article).
 */
export type RecordEntry = ({ record: DossierRecord } | { plan: RecordPlan }) & { origin?: RecordOrigin };

export interface BatchOptions {
  /** Leave the transaction open for more batches (see Store.putBatch). */
  hold?: boolean;
}

export interface Store {
  /** The database file. */
  readonly path: string;
  /** True when an article with this id (content hash) or this URL is stored. */
  hasArticle(id: string, url?: string): boolean;
  /** Writes one record in ONE transaction (all or nothing). Returns false, writing nothing, when the article (by id or URL) is already stored. */
  putRecord(record: DossierRecord, origin?: RecordOrigin): boolean;
  /** Puts many records in one transaction (faster for bulk loads); returns how many were new. */
  putRecords(records: Iterable<DossierRecord>, origin?: RecordOrigin): number;
  /**
   * Writes the records in the given order in ONE transaction (all or nothing), each with its own
   * origin; says for each whether it was new. What bulk ingest uses.
   * With `hold`, the transaction stays open and later batches join it, until
   * commit() or a batch without `hold`: one commit for many batches. Held
   * batches are not durable (a crash loses them) and a failing batch rolls
   * back every batch held with it.
   */
  putBatch(entries: readonly RecordEntry[], options?: BatchOptions): boolean[];
  /** Commits the held batches, if any. */
  commit(): void;

  /** Quotes, newest first, one row per quote however many outlets reported it. */
  quotes(query: QuoteQuery): QuoteRow[];
  /** Events, newest first. */
  events(query: EventQuery): EventRow[];
  /** Entities, most-reported first. */
  entities(query: EntityQuery): EntityRow[];
  /** Full-text search over article titles and text, and over quotes. */
  search(query: SearchQuery): SearchHit[];
  /** A stored record by article id (or a unique id prefix of at least 6 characters) or URL. */
  article(idOrUrl: string): StoredArticle | undefined;
  stats(): StoreStats;
  /** Top speakers, most-reported quotes, event counts and the largest figures. */
  digest(size?: number): Digest;

  /** Every stored record, in storage order, exactly as it was put. */
  records(): Generator<StoredArticle>;
  /** Every stored event with its parties, in storage order. */
  allEvents(): Generator<EventRow>;

  close(): void;
}

export interface StoredArticle {
  record: DossierRecord;
  origin?: string;
  storedAt: string;
}

/** Date bounds (inclusive, ISO 8601 prefixes: "2024", "2024-11", "2024-11-18"). */
export interface DateRange {
  since?: string;
  until?: string;
}

export interface QuoteQuery extends DateRange {
  /** A name (or Wikidata id) of the speaker. */
  speaker?: string;
  /** Speaker entity rowids (as EntityRow.id), instead of a name. */
  speakerIds?: number[];
  /** A name of an entity mentioned in the quote, or words in it. */
  about?: string;
  limit?: number;
}

export interface EntityRef {
  name: string;
  type: EntityType;
  country?: string;
  sector?: string;
  wikidata?: string;
}

export interface QuoteSourceRow {
  articleId: string;
  title?: string;
  source?: string;
  url?: string;
  published?: string;
  kind: QuoteKind;
  /** The quote as this article gave it. */
  text: string;
}

export interface QuoteRow {
  id: number;
  text: string;
  kind: QuoteKind;
  speaker?: EntityRef;
  firstPublished?: string;
  lastPublished?: string;
  /** How many reports of this quote are stored. */
  sourceCount: number;
  /** The first 20 of them, oldest first. */
  sources: QuoteSourceRow[];
}

export interface EventQuery extends DateRange {
  /** Two ISO alpha-3 country codes: events with a party from each. */
  between?: [string, string];
  type?: PloverType;
  /** A name (or Wikidata id) of an actor or recipient. */
  party?: string;
  limit?: number;
}

export interface EventParty extends EntityRef {
  role: 'actor' | 'recipient';
}

export interface EventRow {
  id: number;
  articleId: string;
  title?: string;
  published?: string;
  source?: string;
  url?: string;
  type: PloverType;
  mode?: string;
  auxiliary?: string;
  date?: string;
  location?: string;
  locationCountry?: string;
  cameo?: string;
  goldstein?: number;
  actors: EntityRef[];
  recipients: EntityRef[];
  evidence: string;
  /** When the event's own date is unknown: the article's publication day. */
  day?: string;
}

export interface EntityQuery {
  type?: EntityType;
  /** How many, most-reported first (default 20). */
  top?: number;
}

export interface EntityRow extends EntityRef {
  id: number;
  kbId?: string;
  articles: number;
  mentions: number;
  quotes: number;
}

export interface SearchQuery {
  /** Each phrase must occur (its words together, in order); case and accents do not matter. */
  phrases: string[];
  /** Hits of each kind (default 20). */
  limit?: number;
}

export interface SearchHit {
  kind: 'article' | 'quote';
  /** Article id, or the quote's number. */
  id: string;
  /** For a quote: who said it. */
  speaker?: string;
  title?: string;
  published?: string;
  source?: string;
  snippet: string;
}

export interface StoreStats {
  path: string;
  bytes: number;
  schemaVersion: number;
  articles: number;
  words: number;
  entities: number;
  mentions: number;
  quotes: number;
  quoteSources: number;
  events: number;
  amounts: number;
  times: number;
  firstPublished?: string;
  lastPublished?: string;
  sources: { source: string; articles: number }[];
  entityTypes: { type: string; count: number }[];
  eventTypes: { type: string; count: number }[];
}

export interface FigureRow {
  value: number;
  unit: string;
  text: string;
  object?: string;
  articleId: string;
  published?: string;
}

export interface Digest {
  stats: StoreStats;
  speakers: EntityRow[];
  /** Quotes reported by the most outlets. */
  quotes: QuoteRow[];
  /** The most frequent pairs of countries in events. */
  dyads: { a: string; b: string; events: number }[];
  events: EventRow[];
  /** The largest money figures. */
  figures: FigureRow[];
}
