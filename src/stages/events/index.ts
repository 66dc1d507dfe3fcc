import type { Stage } from '../../pipeline/stage.js';
import type { Doc } from '../../doc/document.js';
import type { Event } from '../../record/types.js';
import { buildContext, readTokenWords, type EventContext, type TokenWords } from './context.js';
import { findTriggers, type Trigger } from './triggers.js';
import { aimAtCondition, readTrigger, type Draft, type SentenceScope } from './read.js';
import { buildSpeakerLookup } from './speakers.js';
import { addGroupActors, inferActorCountries } from './group-actors.js';
import { findDate, findLocation } from './setting.js';
import { fold, finish, mergeInto, placeAsRecipient, sameEvent } from './rules.js';
import { GRAMMAR } from './lexicon.js';
import { goldstein as goldsteinOf } from './cameo.js';
import { asDemand, mayDemand, mustDemands } from './demands.js';

/** How far back "they" may look for the meeting it stands for, in sentences. */
const ANAPHORA_SENTENCES = 3;
/** Bounds the pairwise checks within one sentence (merging, governing) on pathological input. */
const MAX_TRIGGERS_PER_SENTENCE = 256;
/** How many words may separate a governing verb from the event it governs. */
const GOVERN_WINDOW = 8;

export const eventsStage: Stage = {
  name: 'events',
  description: 'PLOVER events: type, mode, actors and recipients as entity ids, date, place, CAMEO code',
  requires: ['entities'],
  provides: ['events'],
  run(doc, ctx) {
    if (doc.sentences.length === 0) { doc.events = []; return; }
    const tokenWords = readTokenWords(doc);
    addGroupActors(doc, ctx.kb, tokenWords);
    inferActorCountries(doc, ctx.kb, tokenWords);
    doc.events = extractEvents(doc, ctx.published ?? doc.meta.published, {}, tokenWords);
  },
};

export interface ExtractOptions {
  /**
   * PLOVER codes no event without an actor. Off, events whose actor was not
   * found are kept with an empty actor list: a diagnostic for trigger and type
   * accuracy apart from entity recognition (used by the PLOVER scorer).
   */
  requireActor?: boolean;
}

export function extractEvents(doc: Doc, published?: string, options: ExtractOptions = {}, tokenWords?: TokenWords): Event[] {
  const requireActor = options.requireActor ?? true;
  if (doc.sentences.length === 0) return [];
  const ctx = buildContext(doc, tokenWords);
  const speakerAt = buildSpeakerLookup(ctx);
  const drafts: Draft[] = [];
  doc.sentences.forEach((sentence, index) => {
    const first = doc.tokenIndexAt(sentence.start);
    const last = doc.tokenIndexAt(sentence.end);
    // a "sentence" with hundreds of triggers is a run-on or junk: read its first ones only
    const triggers = findTriggers(ctx, first, last).slice(0, MAX_TRIGGERS_PER_SENTENCE);
    if (triggers.length === 0 && !mayDemand(ctx, first, last)) return;
    const scope: SentenceScope = {
      index, first, last, previousActors: null, speakerAt,
      triggerAt: (nounStart) => triggers.some((t) => t.start < nounStart && t.end >= nounStart - 4 && t.start >= nounStart - 6),
    };
    const inSentence: Draft[] = [];
    for (let i = 0; i < triggers.length; i++) {
      const trigger = triggers[i]!;
      const next = triggers[i + 1];
      const governed = trigger.pattern.role === 'governs' && next && governs(ctx, trigger, next);
      let draft = readTrigger(ctx, scope, trigger, governed ? next.start : last);
      if (!draft) continue;
      if (governed) {
        const inner = readTrigger(ctx, { ...scope, previousActors: draft.actors }, next, last);
        if (inner) draft = fold(draft, inner);
        i++;
      } else if (trigger.pattern.needs === 'recipient-or-complement' && draft.recipients.length === 0) {
        continue;
      }
      // "Russia's attack on Kyiv killed six": the verb tells what the noun event did
      const previous = inSentence[inSentence.length - 1];
      if (previous && previous.trigger.reading === 'noun' && previous.trigger.light === undefined
        && draft.firstToken <= previous.lastToken && draft.firstToken >= previous.firstToken) {
        previous.lastToken = Math.max(previous.lastToken, draft.lastToken);
        previous.evidence[previous.evidence.length - 1]!.end = doc.tokens.ends[previous.lastToken]!;
        continue;
      }
      // "… by keeping X afloat" is how the verbal event before it was done, not a new one
      const means = findLast(inSentence, (d) => d.trigger.reading === 'verb' || d.trigger.light !== undefined);
      if (means && isMeans(ctx, trigger) && draft.linked) {
        means.lastToken = Math.max(means.lastToken, draft.lastToken);
        means.evidence[means.evidence.length - 1]!.end = doc.tokens.ends[means.lastToken]!;
        continue;
      }
      if (draft.obligation) asDemand(ctx, scope, draft);
      if (draft.type === 'THREATEN' && draft.recipients.length === 0) aimAtCondition(ctx, draft, last);
      // the next "and …" shares this subject: for a quoted allegation, the one accused
      const subject = draft.trigger.pattern.role === 'allegation' ? draft.recipients : draft.actors;
      scope.previousActors = subject.length > 0 ? subject : scope.previousActors;
      if (draft.pluralSubject) resolvePlural(draft, drafts, index);
      const placed = place(ctx, draft, sentence, last);
      placeAsRecipient(placed);
      if (!finish(placed, published, requireActor)) continue;
      if (placed.type === 'PROTEST' && placed.mode === 'demo' && placed.trigger.reading === 'verb' && placed.trigger.light === undefined && !placed.actorModifier && placed.actors.length > 0 && placed.actors.every((id) => isState(ctx, id))) {
        // a state "protests" diplomatically: PLOVER's ACCUSE disapprove, not a street protest
        Object.assign(placed, { type: 'ACCUSE', mode: 'disapprove', cameo: '114' });
      }
      const same = inSentence.find((d) => sameEvent(d, placed)) ?? (placed.pluralSubject ? antecedent(placed, drafts, index) : undefined);
      if (same) { mergeInto(same, placed); continue; }
      inSentence.push(placed);
      drafts.push(placed);
    }
    for (const demand of mustDemands(ctx, scope, inSentence)) {
      const placed = place(ctx, demand, sentence, last);
      if (finish(placed, published, requireActor)) drafts.push(placed);
    }
  });
  return drafts.map((d) => toEvent(doc, d));
}

/** A governing verb and the event in its complement: "warning it could invade", "urged X to meet". */
function governs(ctx: EventContext, outer: Trigger, inner: Trigger): boolean {
  if (inner.start - outer.end > GOVERN_WINDOW) return false;
  for (let k = outer.end; k < inner.start; k++) {
    const w = ctx.words[k]!;
    if (w === 'to' || w === 'that' || GRAMMAR.future.has(w) || GRAMMAR.hypothetical.has(w)) return true;
    if (GRAMMAR.clauseEnd.has(w) || w === ',') return false;
  }
  return inner.start === outer.end;
}

function isState(ctx: EventContext, id: string): boolean {
  return ctx.entities.some((e) => e.id === id && e.type === 'GPE');
}

function findLast<T>(list: T[], test: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return list[i];
  return undefined;
}

function isMeans(ctx: EventContext, trigger: Trigger): boolean {
  for (let k = trigger.start - 1; k >= 0 && k >= trigger.start - 3; k--) {
    if (ctx.words[k] === 'by') return true;
    if (!GRAMMAR.verbGroup.has(ctx.words[k]!)) return false;
  }
  return false;
}

/** "They are expected to hold talks": the participants of the latest meeting in the last few sentences. */
function resolvePlural(draft: Draft, drafts: Draft[], sentence: number): void {
  const previous = antecedent(draft, drafts, sentence);
  if (previous) draft.actors = [...previous.actors, ...previous.recipients];
}

function antecedent(draft: Draft, drafts: Draft[], sentence: number): Draft | undefined {
  if (!draft.pluralSubject || draft.trigger.pattern.type !== 'CONSULT') return undefined;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (sentence - d.sentence > ANAPHORA_SENTENCES) break;
    if (d.trigger.pattern.type !== 'CONSULT' || d.auxiliary === 'historical') continue;
    if (d.actors.length + d.recipients.length >= 2) return d;
  }
  return undefined;
}

function place(ctx: EventContext, draft: Draft, sentence: { start: number; end: number }, last: number): Draft {
  const { doc } = ctx;
  const start = doc.tokens.starts[draft.firstToken]!;
  const end = doc.tokens.ends[draft.lastToken]!;
  draft.evidence = [{ start, end }];
  const date = findDate(ctx, sentence.start, sentence.end, doc.tokens.starts[draft.trigger.start]!);
  if (date) draft.date = date;
  const location = findLocation(ctx, draft.trigger.end, last, new Set(draft.recipients));
  if (location) draft.location = location;
  return draft;
}

function toEvent(doc: Doc, d: Draft): Event {
  return {
    type: d.type,
    ...(d.mode ? { mode: d.mode } : {}),
    ...(d.auxiliary ? { auxiliary: d.auxiliary } : {}),
    actors: d.actors,
    recipients: d.recipients,
    ...(d.date ? { date: d.date } : {}),
    ...(d.location ? { location: d.location } : {}),
    cameo: d.cameo,
    ...(goldsteinOf(d.cameo) !== undefined ? { goldstein: goldsteinOf(d.cameo)! } : {}),
    evidence: d.evidence.map((e) => doc.span(e.start, e.end)),
  };
}
