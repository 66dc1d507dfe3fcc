import type { TextSpan } from '../doc/span.js';
import type { DossierRecord, Entity, EntityType, MentionKind, QuoteKind } from '../record/types.js';
import { packLayers, recordFromLayers } from './layers.js';
import { normalizeName, quotePieces, quotePrints } from './normalize.js';

/**
 * Everything the store writes for one record, worked out without the
 * database: the rows, with entities referred to by their index in
 * `entities`. A pure function of the record, so ingest computes it on the
 * worker that analysed the article and sends only this to the single
 * writing thread, which then only looks up and writes. The store computes it
 * itself for records put directly.
 *
 * Entity, quote and event rows are tuples, not objects: a plan crosses
 * threads, and copying it (V8's structured clone) writes and reads every
 * key of every object again; as tuples a plan took half the time to send
 * and receive (47 + 56 µs against 108 + 95 µs an article, bench reports).
 */
export interface RecordPlan {
  article: ArticlePlan;
  entities: EntityPlan[];
  quotes: QuotePlan[];
  events: EventPlan[];
  amounts: AmountRow[];
  times: TimeRow[];
}

export interface ArticlePlan {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  text: string;
  words: number;
  /** articles.layers: the record minus the text (see layers.ts). */
  layers: string;
}

export type EntityPlan = [
  name: string,
  /** The normalised name the store merges unlinked entities on. */
  norm: string,
  type: EntityType,
  country: string | null,
  sector: string | null,
  wikidata: string | null,
  kbId: string | null,
  /** Other normalised proper names (name and acronym mentions) to find the entity by. */
  aliases: string[],
  /** Mention offsets as start, end pairs, and each mention's kind. */
  spans: number[],
  kinds: (MentionKind | null)[],
];

/** A quote's words as the store matches them. */
export interface QuoteWords {
  /** The content spans' text joined: what the store keeps for the sighting. */
  text: string;
  /** Normalised pieces (split at ellipses); empty when the quote has no words. */
  pieces: string[];
  /** Fingerprints of the pieces. */
  prints: number[];
}

export type QuotePlan = [
  kind: QuoteKind,
  /** Entity indexes, -1 for none. */
  speaker: number,
  addressee: number,
  /** The quote's words (QuoteWords): text, normalised pieces, prints. */
  text: string,
  pieces: string[],
  prints: number[],
  /** quote_sources.spans: JSON offsets of content, source and cue. */
  spans: string,
  /** Entities with a mention inside the content (what the quote is about). */
  about: number[],
];

export type EventPlan = [
  type: string,
  mode: string | null,
  auxiliary: string | null,
  date: string | null,
  /** The event's date, else the article's publication day. */
  day: string | null,
  location: string | null,
  locationCountry: string | null,
  setting: string | null,
  cameo: string | null,
  goldstein: number | null,
  evidence: string,
  /** Entity indexes. */
  actors: number[],
  recipients: number[],
];

/** value, unit, object, date, start, end, text */
export type AmountRow = [number, string, string | null, string | null, number, number, string];
/** value, grain, start, end, text */
export type TimeRow = [string, string | null, number, number, string];

export function planRecord(record: DossierRecord): RecordPlan {
  const { article } = record;
  const index = new Map(record.entities.map((e, i) => [e.id, i]));
  const at = (id: string | null | undefined) => (id ? index.get(id) ?? -1 : -1);
  const indexes = (ids: string[]) => ids.map(at).filter((i) => i >= 0);
  const published = article.published ?? null;
  // Sorted only when a quote needs them.
  const mentions = record.quotes.length > 0 ? mentionsByStart(record.entities) : [];
  return {
    article: {
      id: article.id, url: article.url || null, title: article.title ?? null, published, source: article.source ?? null,
      text: article.text, words: countWords(article.text), layers: packRecordLayers(record),
    },
    entities: record.entities.map(planEntity),
    quotes: record.quotes.map((q): QuotePlan => {
      const { text, pieces, prints } = quoteWords(q.content.map((c) => c.text).join(' ').trim());
      return [q.kind, at(q.speaker), at(q.addressee), text, pieces, prints, quoteSpans(q.content, q.source, q.cue),
        aboutEntities(mentions, q.content)];
    }),
    events: record.events.map((e): EventPlan => [
      e.type, e.mode ?? null, e.auxiliary ?? null, e.date ?? null, e.date ?? published?.slice(0, 10) ?? null,
      e.location?.name ?? null, e.location?.country ?? null, e.location?.setting ?? null, e.cameo ?? null,
      e.goldstein ?? null, JSON.stringify(e.evidence), indexes(e.actors), indexes(e.recipients),
    ]),
    amounts: record.amounts.map((a) => [a.value, a.unit, a.object ?? null, a.date ?? null, a.span.start, a.span.end, a.span.text]),
    times: record.times.map((t) => [t.value, t.grain ?? null, t.span.start, t.span.end, t.span.text]),
  };
}

/** The record a plan was made from (as the store gives it back: the article text last in `article`). */
export function recordFromPlan(plan: RecordPlan): DossierRecord {
  return recordFromLayers(plan.article.layers, plan.article.text);
}

export function quoteWords(text: string): QuoteWords {
  const pieces = quotePieces(text);
  return { text, pieces, prints: pieces.length === 0 ? [] : quotePrints(pieces) };
}

function packRecordLayers(record: DossierRecord): string {
  const { text: _text, ...meta } = record.article;
  const layers = { entities: record.entities, quotes: record.quotes, events: record.events, amounts: record.amounts,
    times: record.times, ...(record.messages && { messages: record.messages }), meta };
  return packLayers(layers, record.article.text);
}

function planEntity(entity: Entity): EntityPlan {
  const norm = normalizeName(entity.name) || entity.name.toLowerCase();
  const aliases = new Set<string>();
  const spans: number[] = [];
  const kinds: (MentionKind | null)[] = [];
  const named = new Set<string>();
  for (const m of entity.mentions) {
    spans.push(m.start, m.end);
    kinds.push(m.kind ?? null);
    if ((m.kind !== 'name' && m.kind !== 'acronym') || named.has(m.text)) continue;
    named.add(m.text);
    const alias = normalizeName(m.text);
    if (alias && alias !== norm) aliases.add(alias);
  }
  return [entity.name, norm, entity.type, entity.country ?? null, entity.sector ?? null, entity.wikidata ?? null,
    entity.kbId ?? null, [...aliases], spans, kinds];
}

/** Offsets only: the words are in the article text (and the record's layers). */
function quoteSpans(content: TextSpan[], source: TextSpan | undefined, cue: TextSpan | undefined): string {
  const offsets = (s: TextSpan) => [s.start, s.end];
  return JSON.stringify({ content: content.map(offsets), ...(source && { source: offsets(source) }), ...(cue && { cue: offsets(cue) }) });
}

/** Every mention as [start, end, entity index], by start. */
type MentionAt = [number, number, number];

function mentionsByStart(entities: Entity[]): MentionAt[] {
  const all: MentionAt[] = [];
  entities.forEach((entity, i) => {
    for (const m of entity.mentions) all.push([m.start, m.end, i]);
  });
  return all.sort((a, b) => a[0] - b[0]);
}

/**
 * The entities mentioned inside a quote's content, by index, in order.
 * Each content span looks only at the mentions that start in it (found by
 * binary search): checking every mention of every entity for every quote
 * took seconds on a long article (a 2 MB text: 2.5 s, 4 MB: 11 s).
 */
function aboutEntities(mentions: MentionAt[], content: TextSpan[]): number[] {
  const about = new Set<number>();
  for (const c of content) {
    for (let k = firstStartingAt(mentions, c.start); k < mentions.length && mentions[k]![0] < c.end; k++) {
      if (mentions[k]![1] <= c.end) about.add(mentions[k]![2]);
    }
  }
  return [...about].sort((a, b) => a - b);
}

/** Index of the first mention starting at or after `offset`. */
function firstStartingAt(mentions: MentionAt[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]![0] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
