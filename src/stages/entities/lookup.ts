import { Derived } from '../../doc/derived.js';
import type { Doc } from '../../doc/document.js';
import { findSpanAt, type Span } from '../../doc/span.js';
import { nameWords } from '../../kb/names.js';
import type { Entity } from '../../record/types.js';
import type { RoleSpec } from './candidates.js';
import { groupPronouns, personalPronouns, roleNouns } from './lexicon.js';
import { resolveRole } from './roles.js';
import { indexOf } from './state.js';
import { firstStartingAt, mentionIndex, type IndexedMention } from './mention-index.js';

/**
 * Entity lookups for later stages (quotes, events). They ask "who is this span?"
 * and get an entity id, never a bare "he".
 */

/**
 * The entity whose mention overlaps `span` most; on a tie the shorter mention
 * wins, so "Labour" inside "the Labour leader" is the party, not the leader.
 */
export function entityAt(doc: Doc, span: Span): Entity | null {
  const { mentions, maxLength } = mentionIndex(doc);
  let best: Entity | null = null;
  let bestOverlap = 0;
  let bestLength = Infinity;
  // Only mentions starting before the span's end, and no further back than the longest mention, can overlap it.
  for (let i = firstStartingAt(mentions, Math.max(span.end, span.start + 1)) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start < span.start - maxLength) break;
    const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
    if (overlap <= 0 && !(span.start === span.end && m.start <= span.start && span.start < m.end)) continue;
    const length = m.end - m.start;
    if (overlap > bestOverlap || (overlap === bestOverlap && length < bestLength)
      || (overlap === bestOverlap && length === bestLength && best !== null && doc.entities.indexOf(m.entity) < doc.entities.indexOf(best))) {
      best = m.entity; bestOverlap = overlap; bestLength = length;
    }
  }
  return best;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'one']);
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'official', 'officials', 'aide', 'aides', 'insider', 'insiders']);
const SPEAKER_ONLY = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

/**
 * Resolves a reference at `span` to an entity id:
 *  - a span the entity stage already made a mention (a name, "the Prime Minister") → its entity;
 *  - he/she/him/his/her → the nearest person before it whose gender does not contradict;
 *  - it/its/they/them/their → the nearest organisation or country before it;
 *  - a role noun phrase ("the minister", "the Labour leader", "the Chinese president")
 *    → the office-holder the text names (see roles.ts);
 *  - a demonym, alone or before a Phoenix agent noun ("Chinese officials"), → the country, if named;
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
    return antecedent(doc, span.start, (e) => e.type === 'PERSON' && genderIs(doc, e) === gender)
      ?? antecedent(doc, span.start, (e) => e.type === 'PERSON' && !genderIs(doc, e));
  }
  if (groupPronouns.has(word)) return antecedent(doc, span.start, (e) => e.type === 'ORG' || e.type === 'GPE');
  return roleReference(doc, raw, span);
}

/**
 * The antecedent of a pronoun at `offset`: among accepted entities mentioned
 * before it, the latest sentence that names one, and in that sentence the
 * first (the subject, as a rule: "Sir Keir said he…", "Merkel met Macron and
 * he…" once gender has ruled Merkel out). Names inside quotation marks are
 * skipped unless the pronoun sits in the same quotation, so "…," he said
 * after a quote goes back to whoever was speaking, not to someone quoted.
 */
function antecedent(doc: Doc, offset: number, accept: (e: Entity) => boolean): string | null {
  const quotes = quotedRegions(doc);
  const own = findSpanAt(quotes, offset);
  const { mentions } = mentionIndex(doc);
  // Walk back from the pronoun: the first accepted mention fixes the sentence,
  // then keep the earliest accepted mention of that same sentence.
  let best: IndexedMention | null = null;
  for (let i = firstStartingAt(mentions, offset) - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (best && m.sentence < best.sentence) break;
    if (m.end > offset || !accept(m.entity)) continue;
    const q = findSpanAt(quotes, m.start);
    if (q >= 0 && q !== own) continue;
    if (!best || m.sentence > best.sentence || m.start <= best.start) best = m;
  }
  return best?.entity.id ?? null;
}

const quoteCache = new Derived<Span[]>();

/** Spans between quotation marks, paragraph by paragraph (an unclosed quote runs to the paragraph's end). */
function quotedRegions(doc: Doc): Span[] {
  const cached = quoteCache.get(doc);
  if (cached) return cached;
  const regions: Span[] = [];
  const text = doc.text;
  for (const p of doc.paragraphs) {
    let open = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x201c || (c === 34 && open < 0)) { if (open < 0) open = i; }
      else if ((c === 0x201d || c === 34) && open >= 0) { regions.push({ start: open, end: i + 1 }); open = -1; }
    }
    if (open >= 0) regions.push({ start: open, end: p.end });
  }
  quoteCache.set(doc, regions);
  return regions;
}

function genderIs(doc: Doc, entity: Entity): string | undefined {
  return mentionIndex(doc).gender.get(entity.id);
}

/**
 * nameWords() of a role phrase, remembered: the same few phrases ("the
 * foreign minister", "a Treasury spokesman") come back in document after
 * document, and splitting them ran the token regex each time. A copy is
 * returned, as the caller edits it.
 */
const roleWordCache = new Map<string, readonly string[]>();
const ROLE_WORD_CACHE_SIZE = 2048;

function roleWords(raw: string): string[] {
  let words = roleWordCache.get(raw);
  if (!words) {
    if (roleWordCache.size >= ROLE_WORD_CACHE_SIZE) roleWordCache.clear();
    words = nameWords(raw);
    roleWordCache.set(raw, words);
  }
  return words.slice();
}

/** "the minister", "the Chinese premier", "the Labour leader": a role spec from the words, then the role resolver. */
function roleReference(doc: Doc, raw: string, span: Span): string | null {
  const index = indexOf(doc);
  if (!index) return null;
  const words = roleWords(raw);
  while (words.length > 1 && DETERMINERS.has(words[0]!)) words.shift();
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
  // "Chinese", "Chinese officials", "British diplomats": the country, when the text names it.
  if (spec.country && !spec.party && (rest.length === 0 || index.kb.agents.has(rest.join(' ')))) {
    const country = index.findByKb(`country:${spec.country}`);
    if (country?.id) return country.id;
  }
  // "a government spokesman", "a Foreign Office source": whoever they speak for.
  if (rest.length >= 2 && SPOKESPEOPLE.has(rest[rest.length - 1]!) && (rest[0] === 'government' || rest[0] === 'administration')) {
    return resolveRole(index, { office: 'government', ...spec, government: true }, span.start, false)?.id ?? null;
  }
  if (rest.length === 1 && (rest[0] === 'government' || rest[0] === 'administration')) {
    return resolveRole(index, { office: 'government', ...spec, government: true }, span.start, false)?.id ?? null;
  }
  const phrase = rest.join(' ');
  const role = roleNouns.byFirst.get(rest[0] ?? '')?.find(([w]) => w.join(' ') === phrase);
  if (!role) return null;
  return resolveRole(index, { office: role[1], ...spec }, span.start, false)?.id ?? null;
}
