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

const cache = new WeakMap<Doc, { entities: Entity[]; count: number; index: MentionIndex }>();

/**
 * Mentions sorted by position, built once per document and rebuilt only when
 * a later stage adds entities or mentions (quotes adds unnamed speakers).
 * Lookups are then a binary search, not a scan of every entity per question.
 */
export function mentionIndex(doc: Doc): MentionIndex {
  const count = doc.entities.reduce((n, e) => n + e.mentions.length, 0);
  const hit = cache.get(doc);
  if (hit && hit.entities === doc.entities && hit.count === count) return hit.index;
  const mentions: IndexedMention[] = [];
  let maxLength = 0;
  for (const entity of doc.entities) {
    for (const m of entity.mentions) {
      mentions.push({ start: m.start, end: m.end, entity, sentence: doc.sentenceAt(m.start) });
      maxLength = Math.max(maxLength, m.end - m.start);
    }
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const gender = new Map<string, string>();
  for (const c of indexOf(doc)?.clusters ?? []) if (c.id && c.gender) gender.set(c.id, c.gender);
  const index = { mentions, maxLength, gender };
  cache.set(doc, { entities: doc.entities, count, index });
  return index;
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
