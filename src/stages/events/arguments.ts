/**
 * Who did it and to whom, read off the words around a trigger without a
 * parser: the noun phrase left of the verb group is the actor, the first
 * entity right of the trigger (not after "in"/"at") is the recipient.
 * Conjoined entities ("Brazil and the United States") are all taken;
 * a modifier entity ("US" in "US Secretary of State Antony Blinken") is not.
 */
import { resolveReference } from '../entities/lookup.js';
import type { EventContext } from './context.js';
import { mentionEnd, mentionStart, TokenFlag } from './context.js';
import { isAgentNoun } from './group-actors.js';
import { GRAMMAR } from './lexicon.js';

export interface Participants {
  ids: string[];
  /** Token range the participants were read from, for evidence spans. */
  first: number;
  last: number;
  pronoun?: 'plural' | 'first' | 'other';
  /** The entity only modifies the head noun: "Ukrainian farmers", "Iran's foreign minister". */
  modifier?: boolean;
}

const MAX_NP_WORDS = 8;
const MAX_OBJECT_DISTANCE = 8;
/** Common nouns a name may modify: "the Moyale border crossing". */
const MODIFIED_WORDS = 3;

function idOf(ctx: EventContext, token: number): string {
  return ctx.entities[ctx.entityAt[token]!]!.id;
}

/** Entities of the noun phrase ending at token `j`, walking left. */
export function nounPhraseLeft(ctx: EventContext, j: number, floor: number): Participants | null {
  const ids: string[] = [];
  let conjoined = false;
  let sawAnd = false;
  let first = j;
  let looseWords = 0;
  for (let k = j, steps = 0; k >= floor && steps < MAX_NP_WORDS; k--, steps++) {
    if (ctx.entityAt[k]! >= 0) {
      const id = idOf(ctx, k);
      if (ids.length === 0 || conjoined) { if (!ids.includes(id)) ids.push(id); conjoined = false; }
      k = mentionStart(ctx, k, floor);
      first = k;
      continue;
    }
    const w = ctx.words[k]!;
    if (w === 'and' || w === '&') { conjoined = true; sawAnd = true; continue; }
    // "The Asia-Pacific Economic Cooperation (APEC) forum": step over a bracketed acronym
    if (w === ')' && ctx.words[k - 2] === '(') { k -= 2; continue; }
    if (w === ',' && sawAnd) { conjoined = true; continue; }
    if (GRAMMAR.nounPhraseFiller.has(w) || GRAMMAR.determiners.has(w)) continue;
    // up to two other nouns or adjectives before an entity: "Angry French paper workers"
    if (ids.length === 0 && looseWords < 2 && isPlainWord(ctx, k, w)) { looseWords++; continue; }
    break;
  }
  if (ids.length === 0) return null;
  return ctx.entityAt[j]! >= 0 ? { ids, first, last: j } : { ids, first, last: j, modifier: true };
}

/** Entities of the noun phrase starting at or after token `i` (object position). */
export function objectRight(ctx: EventContext, i: number, limit: number, allowLocation: boolean): Participants | null {
  for (let k = i; k < limit && k < i + MAX_OBJECT_DISTANCE; k++) {
    const w = ctx.words[k]!;
    if (ctx.entityAt[k]! >= 0) {
      const before = ctx.words[k - 1] === 'the' ? ctx.words[k - 2] : ctx.words[k - 1];
      if (!allowLocation && GRAMMAR.locationPrepositions.has(before ?? '')) return null;
      const after = afterThingName(ctx, k, limit);
      if (after < 0) return nounPhraseRight(ctx, k, limit);
      k = after - 1;
      continue;
    }
    if (GRAMMAR.clauseEnd.has(w) || w === ',') return null;
    if (GRAMMAR.future.has(w) || GRAMMAR.hypothetical.has(w) || GRAMMAR.beForms.has(w)) return null;
    if (GRAMMAR.personPronouns.has(w) && w !== 'his' && w !== 'her') {
      const id = resolveReference(ctx.doc, tokenSpan(ctx, k));
      return id ? { ids: [id], first: k, last: k, pronoun: 'other' } : null;
    }
  }
  return null;
}

/**
 * "the Moyale border crossing", "a Bosnia-style civil war": a name the entity
 * stage could not type (MISC) that modifies common nouns, none of them for
 * people who act, is part of a thing's name, and the thing is no party to an
 * event. Returns the token after those nouns (where a party may yet come:
 * "the Bosnian town of Gorazde"), or -1 when the name is no such modifier:
 * "Shona rebels" and "Karen guerrilla camps" are groups and theirs.
 */
function afterThingName(ctx: EventContext, k: number, limit: number): number {
  if (ctx.entities[ctx.entityAt[k]!]!.type !== 'MISC') return -1;
  const first = mentionEnd(ctx, k, limit) + 1;
  let next = first;
  for (; next < limit && next - first < MODIFIED_WORDS && ctx.entityAt[next]! < 0 && isPlainWord(ctx, next, ctx.words[next]!); next++) {
    const w = ctx.words[next]!;
    if (isAgentNoun(w) || isAgentNoun(`${w}s`)) return -1; // "guerrilla camps": the list has plurals
  }
  return next > first ? next : -1;
}

function nounPhraseRight(ctx: EventContext, k: number, limit: number): Participants {
  const ids = [idOf(ctx, k)];
  const first = k;
  let last = mentionEnd(ctx, k, limit);
  // "Xi and Modi", "Britain, France and Germany"
  for (let t = last + 1; t + 1 < limit; ) {
    const w = ctx.words[t];
    if (w !== 'and' && w !== ',') break;
    let n = t + 1;
    if (ctx.words[n] === 'the') n++;
    if (n >= limit || ctx.entityAt[n]! < 0) break;
    const id = idOf(ctx, n);
    if (!ids.includes(id)) ids.push(id);
    last = mentionEnd(ctx, n, limit);
    t = last + 1;
  }
  return { ids, first, last };
}

export function tokenSpan(ctx: EventContext, t: number): { start: number; end: number } {
  return { start: ctx.doc.tokens.starts[t]!, end: ctx.doc.tokens.ends[t]! };
}

export type SpeakerAt = (offset: number) => { inQuote: boolean; speaker: string | null };

/** A pronoun at token `k` as participants: the speaker for I/we in a quote, the KB's resolver otherwise. */
export function pronounAt(ctx: EventContext, k: number, speakerAt: SpeakerAt): Participants | null | undefined {
  const w = ctx.words[k]!;
  if (GRAMMAR.firstPronouns.has(w)) {
    const { speaker } = speakerAt(ctx.doc.tokens.starts[k]!);
    return speaker ? { ids: [speaker], first: k, last: k, pronoun: 'first' } : null;
  }
  if (GRAMMAR.pluralPronouns.has(w)) {
    // "Afghan rebel leaders said they would …": the group named earlier in the sentence
    const floor = ctx.doc.tokenIndexAt(ctx.doc.sentences[ctx.doc.sentenceAt(ctx.doc.tokens.starts[k]!)]?.start ?? 0);
    let person: string | null = null;
    for (let t = k - 1; t >= floor; t--) {
      const e = ctx.entityAt[t]!;
      if (e < 0) continue;
      if (ctx.entities[e]!.type !== 'PERSON') return { ids: [ctx.entities[e]!.id], first: k, last: k, pronoun: 'plural' };
      person ??= ctx.entities[e]!.id;
    }
    if (person && ctx.words[k - 1] !== '.' && k > floor) return { ids: [person], first: k, last: k, pronoun: 'plural' };
    const id = resolveReference(ctx.doc, tokenSpan(ctx, k));
    return { ids: id ? [id] : [], first: k, last: k, pronoun: 'plural' };
  }
  if (GRAMMAR.personPronouns.has(w) || GRAMMAR.thingPronouns.has(w)) {
    const id = resolveReference(ctx.doc, tokenSpan(ctx, k));
    return id ? { ids: [id], first: k, last: k, pronoun: 'other' } : null;
  }
  return undefined; // not a pronoun
}

/** "the first leader since Theresa May in 2018 to meet …": the one named after "since" did it before. */
export function sinceConstruction(ctx: EventContext, j: number, floor: number): Participants | null {
  let k = j;
  if (ctx.words[k] !== undefined && /^\d{4}$/.test(ctx.words[k]!) && ctx.words[k - 1] === 'in') k -= 2;
  if (k < floor || ctx.entityAt[k]! < 0) return null;
  const np = nounPhraseLeft(ctx, k, floor);
  if (!np || ctx.words[np.first - 1] !== 'since') return null;
  return np;
}

/** Is the noun phrase ending at token j the one named after "since" ("since Theresa May [in 2018]")? */
export function afterSince(ctx: EventContext, np: Participants): boolean {
  return ctx.words[np.first - 1] === 'since';
}

/** Is token `t` a likely past participle (for passives)? */
export function looksParticiple(ctx: EventContext, t: number): boolean {
  const w = ctx.words[t]!;
  return w.endsWith('ed') || w.endsWith('en') || w.endsWith('wn') || w === 'met' || w === 'held' || w === 'hit' || w === 'shot' || w === 'struck' || w === 'fought' || w === 'sent' || w === 'led';
}

export function isEntity(ctx: EventContext, t: number): boolean {
  return ctx.entityAt[t]! >= 0;
}

export function isPossessive(ctx: EventContext, t: number): boolean {
  return (ctx.flags[t]! & TokenFlag.Possessive) !== 0;
}

function isPlainWord(ctx: EventContext, k: number, w: string): boolean {
  return (ctx.flags[k]! & TokenFlag.Word) !== 0 && !(ctx.flags[k]! & TokenFlag.Capital)
    && !GRAMMAR.verbGroup.has(w) && !GRAMMAR.clauseEnd.has(w) && !GRAMMAR.subjectLink.has(w)
    && !GRAMMAR.recipientPrepositions.has(w) && !GRAMMAR.locationPrepositions.has(w);
}
