import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import type { Entity } from '../../record/types.js';

/**
 * Entity lookups for later stages (quotes, events). They ask "who is this span?"
 * and get an entity id, never a bare "he".
 */

/** The entity with a mention overlapping `span`, preferring the longest mention. */
export function entityAt(doc: Doc, span: Span): Entity | null {
  let best: Entity | null = null;
  let bestLength = 0;
  for (const entity of doc.entities) {
    for (const m of entity.mentions) {
      if (m.start < span.end && span.start < m.end && m.end - m.start > bestLength) {
        best = entity;
        bestLength = m.end - m.start;
      }
    }
  }
  return best;
}

const PERSONAL = /^(he|him|his|she|her|hers)$/i;

/**
 * Resolves a pronoun at `span` to an entity id. Baseline: the nearest person
 * mentioned before it (for he/she), or the nearest organisation or country
 * (for it/they). The entity stage may replace this with something better.
 */
export function resolveReference(doc: Doc, span: Span): string | null {
  const word = doc.text.slice(span.start, span.end);
  const wanted = PERSONAL.test(word) ? ['PERSON'] : ['ORG', 'GPE'];
  let best: { id: string; end: number } | null = null;
  for (const entity of doc.entities) {
    if (!wanted.includes(entity.type)) continue;
    for (const m of entity.mentions) {
      if (m.end <= span.start && (!best || m.end > best.end)) best = { id: entity.id, end: m.end };
    }
  }
  return best?.id ?? null;
}
