import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import { nameWords } from '../../kb/names.js';
import type { Entity } from '../../record/types.js';
import type { RoleSpec } from './candidates.js';
import { groupPronouns, personalPronouns, roleNouns } from './lexicon.js';
import { resolveRole } from './roles.js';
import { indexOf } from './state.js';

/**
 * Entity lookups for later stages (quotes, events). They ask "who is this span?"
 * and get an entity id, never a bare "he".
 */

/**
 * The entity whose mention overlaps `span` most; on a tie the shorter mention
 * wins, so "Labour" inside "the Labour leader" is the party, not the leader.
 */
export function entityAt(doc: Doc, span: Span): Entity | null {
  let best: Entity | null = null;
  let bestOverlap = 0;
  let bestLength = Infinity;
  for (const entity of doc.entities) {
    for (const m of entity.mentions) {
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap <= 0 && !(span.start === span.end && m.start <= span.start && span.start < m.end)) continue;
      const length = m.end - m.start;
      if (overlap > bestOverlap || (overlap === bestOverlap && length < bestLength)) {
        best = entity; bestOverlap = overlap; bestLength = length;
      }
    }
  }
  return best;
}

const SPEAKER_ONLY = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

/**
 * Resolves a reference at `span` to an entity id:
 *  - a span the entity stage already made a mention (a name, "the Prime Minister") → its entity;
 *  - he/she/him/his/her → the nearest person before it whose gender does not contradict;
 *  - it/its/they/them/their → the nearest organisation or country before it;
 *  - a role noun phrase ("the minister", "the Labour leader", "the Chinese president")
 *    → the office-holder the text names (see roles.ts);
 *  - I/we/you → null: only the quote around them can say who speaks.
 */
export function resolveReference(doc: Doc, span: Span): string | null {
  const found = entityAt(doc, span);
  if (found) return found.id;
  const raw = doc.text.slice(span.start, span.end).trim();
  const word = raw.toLowerCase();
  if (SPEAKER_ONLY.has(word)) return null;
  const gender = personalPronouns.get(word);
  if (gender !== undefined) {
    // A person known to fit the pronoun beats a nearer one whose gender is unknown.
    return nearestBefore(doc, span.start, (e) => e.type === 'PERSON' && genderIs(doc, e) === gender)
      ?? nearestBefore(doc, span.start, (e) => e.type === 'PERSON' && !genderIs(doc, e));
  }
  if (groupPronouns.has(word)) return nearestBefore(doc, span.start, (e) => e.type === 'ORG' || e.type === 'GPE');
  return roleReference(doc, raw, span);
}

function nearestBefore(doc: Doc, offset: number, accept: (e: Entity) => boolean): string | null {
  let best: { id: string; end: number } | null = null;
  for (const entity of doc.entities) {
    if (!accept(entity)) continue;
    for (const m of entity.mentions) {
      if (m.end <= offset && (!best || m.end > best.end)) best = { id: entity.id, end: m.end };
    }
  }
  return best?.id ?? null;
}

function genderIs(doc: Doc, entity: Entity): string | undefined {
  return indexOf(doc)?.clusters.find((c) => c.id === entity.id)?.gender || undefined;
}

/** "the minister", "the Chinese premier", "the Labour leader": a role spec from the words, then the role resolver. */
function roleReference(doc: Doc, raw: string, span: Span): string | null {
  const index = indexOf(doc);
  if (!index) return null;
  const words = nameWords(raw);
  const spec: Partial<RoleSpec> = {};
  let k = 0;
  for (; k < words.length; k++) {
    const named = index.kb.names.get(words[k]!)?.[0];
    const entry = named && index.kb.entries.get(named.id);
    if (!entry) break;
    if (named.kind === 'demonym' || entry.id.startsWith('country:')) spec.country = entry.country;
    else if (entry.sector === 'PTY') { spec.party = entry.id; spec.country = entry.country; }
    else break;
  }
  const rest = words.slice(k);
  if (rest.length === 1 && (rest[0] === 'government' || rest[0] === 'administration')) {
    return resolveRole(index, { office: 'government', ...spec, government: true }, span.start, false)?.id ?? null;
  }
  const phrase = rest.join(' ');
  const role = roleNouns.byFirst.get(rest[0] ?? '')?.find(([w]) => w.join(' ') === phrase);
  if (!role) return null;
  return resolveRole(index, { office: role[1], ...spec }, span.start, false)?.id ?? null;
}
