import { Derived } from '../../doc/derived.js';
import type { Doc } from '../../doc/document.js';
import type { Entity } from '../../record/types.js';
import { indexOf } from './state.js';

/** One mention with its entity, for lookups by position. */
export interface IndexedMention {
  start: number;
  end: number;
  entity: Entity;
  sentence: number;
}

export interface MentionIndex {
  /** All mentions of all entities, by start offset. */
  readonly mentions: readonly IndexedMention[];
  /** The longest mention, which bounds how far back an overlapping one can start. */
  readonly maxLength: number;
  readonly gender: ReadonlyMap<string, string>;
}

/** An indexed mention with its place in entity order, which breaks ties between equal spans. */
interface Ranked extends IndexedMention {
  entityIndex: number;
  mentionIndex: number;
}

interface Built {
  entities: Entity[];
  count: number;
  index: MentionIndex;
  /** What the index was built from: the entities and how many mentions each had. */
  members: Entity[];
  lengths: number[];
}

const cache = new Derived<Built>();

/**
 * Mentions sorted by position, built once per document and brought up to date
 * when a later stage adds entities or mentions (quotes adds unnamed speakers).
 * Lookups are then a binary search, not a scan of every entity per question.
 */
export function mentionIndex(doc: Doc): MentionIndex {
  const count = doc.entities.reduce((n, e) => n + e.mentions.length, 0);
  const hit = cache.get(doc);
  if (hit && hit.entities === doc.entities && hit.count === count) return hit.index;
  const built = hit && hit.entities === doc.entities && onlyAppended(hit, doc.entities) ? extend(doc, hit, count) : build(doc, count);
  cache.set(doc, built);
  return built.index;
}

function build(doc: Doc, count: number): Built {
  const mentions: Ranked[] = [];
  let maxLength = 0;
  doc.entities.forEach((entity, entityIndex) => {
    entity.mentions.forEach((m, mentionIndex) => {
      mentions.push({ start: m.start, end: m.end, entity, sentence: doc.sentenceAt(m.start), entityIndex, mentionIndex });
      maxLength = Math.max(maxLength, m.end - m.start);
    });
  });
  // Stable: equal spans stay in entity order, then mention order (what extend() reproduces).
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return finish(doc, count, mentions, maxLength);
}

function finish(doc: Doc, count: number, mentions: Ranked[], maxLength: number): Built {
  const gender = new Map<string, string>();
  for (const c of indexOf(doc)?.clusters ?? []) if (c.id && c.gender) gender.set(c.id, c.gender);
  const index = { mentions, maxLength, gender };
  return { entities: doc.entities, count, index, members: [...doc.entities], lengths: doc.entities.map((e) => e.mentions.length) };
}

/** True when, since the build, entities and mentions were only added at the ends of their lists. */
function onlyAppended(built: Built, entities: readonly Entity[]): boolean {
  if (entities.length < built.members.length) return false;
  for (let k = 0; k < built.members.length; k++) {
    if (entities[k] !== built.members[k] || entities[k]!.mentions.length < built.lengths[k]!) return false;
  }
  return true;
}

/**
 * The added mentions inserted where build() would have sorted them: by span,
 * then entity order, then mention order. A copy, so callers still holding the
 * old list see it unchanged, as they did when every change meant a rebuild.
 */
function extend(doc: Doc, built: Built, count: number): Built {
  const mentions = (built.index.mentions as Ranked[]).slice();
  let maxLength = built.index.maxLength;
  doc.entities.forEach((entity, entityIndex) => {
    for (let mentionIndex = built.lengths[entityIndex] ?? 0; mentionIndex < entity.mentions.length; mentionIndex++) {
      const m = entity.mentions[mentionIndex]!;
      const added: Ranked = { start: m.start, end: m.end, entity, sentence: doc.sentenceAt(m.start), entityIndex, mentionIndex };
      mentions.splice(insertionPoint(mentions, added), 0, added);
      maxLength = Math.max(maxLength, m.end - m.start);
    }
  });
  return finish(doc, count, mentions, maxLength);
}

function insertionPoint(mentions: readonly Ranked[], added: Ranked): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = mentions[mid]!;
    const before = m.start - added.start || m.end - added.end || m.entityIndex - added.entityIndex || m.mentionIndex - added.mentionIndex;
    if (before < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first mention starting at or after `offset`. */
export function firstStartingAt(mentions: readonly IndexedMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
