/**
 * From a trigger to a draft event: verb group and auxiliary mode, actor,
 * recipient, PLOVER's special rules.
 */
import type { Auxiliary, EventLocation, PloverType } from '../../record/types.js';
import type { EventContext } from './context.js';
import { TokenFlag } from './context.js';
import { GRAMMAR } from './lexicon.js';
import { isAgentNoun } from './group-actors.js';
import type { Trigger } from './triggers.js';
import {
  afterSince, isEntity, isPossessive, looksParticiple, nounPhraseLeft, objectRight, pronounAt, sinceConstruction,
  type Participants, type SpeakerAt,
} from './arguments.js';

export interface Draft {
  type: PloverType;
  mode?: string;
  cameo: string;
  auxiliary?: Auxiliary;
  actors: string[];
  recipients: string[];
  /** Offsets of the evidence, one pair per merged mention of the event. */
  evidence: { start: number; end: number }[];
  date?: string;
  location?: EventLocation;
  sentence: number;
  trigger: Trigger;
  /** First token of the clause the event was read from (subject or verb group). */
  firstToken: number;
  lastToken: number;
  /** Subject was "they": the caller may resolve it to an earlier event's participants. */
  pluralSubject?: boolean;
  /** The event's participants came from the sentence subject through "and" or "by". */
  linked?: boolean;
  passive?: boolean;
  /** The actor entity modifies a head noun ("French workers"): the state did not act itself. */
  actorModifier?: boolean;
  /** "must", "should": a demand on the actor, by whoever said it. */
  obligation?: boolean;
  /** "will not", "would not": an announced refusal. */
  refusal?: boolean;
  /** The sentence has "if" or "unless". */
  conditional?: boolean;
}

export interface SentenceScope {
  index: number;
  first: number;
  last: number;
  /** Actor of the previous event in this sentence, for "…, warning it could …". */
  previousActors: string[] | null;
  /** First "if"/"unless" of the sentence (its end when none), found once per sentence. */
  firstConditional?: number;
  /** Is there another trigger governing the noun at this token ("condemned the attack")? */
  triggerAt: (nounStart: number) => boolean;
  speakerAt: SpeakerAt;
}

interface VerbGroup { start: number; auxiliary?: Auxiliary; be: boolean; obligation: boolean; refusal: boolean }

/** Walks left over auxiliaries and adverbs: "is also expected to", "did not", "could". */
function verbGroup(ctx: EventContext, anchor: number, floor: number, sentenceConditional: boolean): VerbGroup {
  let start = anchor;
  let negated = (ctx.flags[anchor]! & TokenFlag.Negated) !== 0;
  let future = false;
  let hypothetical = false;
  let be = false;
  let obligation = false;
  for (let k = anchor - 1; k >= floor; k--) {
    const w = ctx.words[k]!;
    // wire style puts the day between subject and verb: "Iran on Tuesday threatened"
    if (!isEntity(ctx, k) && timeRun(ctx, k, floor)) { start = k; continue; }
    // manner adverbs: "flatly rejected", "strongly condemned"
    const adverb = w.length > 4 && w.endsWith('ly') && !isEntity(ctx, k) && (ctx.flags[k]! & TokenFlag.Word) !== 0 && !(ctx.flags[k]! & TokenFlag.Capital);
    if (isEntity(ctx, k) || (!GRAMMAR.verbGroup.has(w) && !adverb)) {
      // "they'll", "won't" carry their auxiliary on the subject or negation token
      if (ctx.flags[k]! & TokenFlag.Future) future = true;
      break;
    }
    start = k;
    if (ctx.flags[k]! & TokenFlag.Negated || GRAMMAR.negators.has(w)) negated = true;
    if (ctx.flags[k]! & TokenFlag.Future) future = true;
    if (GRAMMAR.future.has(w)) future = w !== 'would' || !sentenceConditional ? true : future;
    if (GRAMMAR.hypothetical.has(w) || (w === 'would' && sentenceConditional)) hypothetical = true;
    if (GRAMMAR.beForms.has(w)) be = true;
    if (GRAMMAR.obligation.has(w)) obligation = true;
  }
  // "expected"/"planned" are future only with "to": "is expected to meet"
  const auxiliary: Auxiliary | undefined = negated ? 'negated' : hypothetical ? 'hypothetical' : future ? 'future' : undefined;
  return { start, be, obligation, refusal: negated && future, ...(auxiliary && !obligation ? { auxiliary } : {}) };
}

/** Is token k part of a time adverbial (a times-stage span or day words, led by "on"/"last"/…)? */
function timeRun(ctx: EventContext, k: number, floor: number): boolean {
  const w = ctx.words[k]!;
  if (ctx.flags[k]! & TokenFlag.Time) return true;
  if ((w === 'in' || w === 'during' || w === 'at') && ctx.flags[k + 1]! & TokenFlag.Time) return true;
  if (w === 'on' || w === 'last' || w === 'this' || w === 'next' || w === 'late' || w === 'early') {
    return ctx.flags[k + 1]! & TokenFlag.Time ? true : GRAMMAR.timeWords.has(ctx.words[k + 1] ?? '') && ctx.words[k + 1] !== 'on';
  }
  return GRAMMAR.timeWords.has(w) && k >= floor && w !== 'on';
}

/** Token index of the sentence's first word in `words`, or the sentence end. */
function firstOf(ctx: EventContext, scope: SentenceScope, words: ReadonlySet<string>): number {
  for (let k = scope.first; k < scope.last; k++) if (words.has(ctx.words[k]!)) return k;
  return scope.last;
}

/** The sentence's own subject: the first entity or pronoun before the first verb group. */
function sentenceSubject(ctx: EventContext, scope: SentenceScope, before: number): Participants | null {
  for (let k = scope.first; k < before; k++) {
    if (isEntity(ctx, k)) return nounPhraseRight(ctx, k, before);
    const p = pronounAt(ctx, k, scope.speakerAt);
    if (p) return p;
    if (GRAMMAR.verbGroup.has(ctx.words[k]!) && k > scope.first) return null;
  }
  return null;
}

function nounPhraseRight(ctx: EventContext, k: number, limit: number): Participants | null {
  return objectRight(ctx, k, limit, true);
}

const NOT_SUBJECT_BEFORE = new Set(['in', 'at', 'near', 'from', 'for', 'with', 'on', 'against', 'to', 'into', 'during', 'under', 'over', 'across', 'inside', 'outside', 'about', 'than', 'like', 'between', 'among', 'towards', 'toward', 'through', 'without', 'within']);

/** Nouns naming a place by its name after "of": "near the town of Samarra". */
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'capital', 'port', 'county', 'area', 'suburb', 'neighbourhood', 'neighborhood']);

/** Token before a name, or before "the town of" in front of it: where a preposition would stand. */
function placeNounBefore(ctx: EventContext, first: number): number {
  let k = first - 1;
  if (ctx.words[k] !== 'of' || !PLACE_NOUNS.has(ctx.words[k - 1] ?? '')) return k;
  k -= 2;
  while (k >= 0 && GRAMMAR.determiners.has(ctx.words[k]!)) k--;
  return k;
}

const MODIFIER_WORDS = new Set(['including', 'using', 'armed', 'backed', 'led', 'supported', 'based', 'equipped', 'carrying']);
const MODIFIER_REACH = 6;

/** "Russian aircraft including helicopter gunships killed …": the subject before a participial modifier. */
function beforeModifier(ctx: EventContext, j: number, floor: number): Participants | null {
  for (let k = j; k > floor && k > j - MODIFIER_REACH; k--) {
    if (GRAMMAR.clauseEnd.has(ctx.words[k]!) || isEntity(ctx, k)) return null;
    if (MODIFIER_WORDS.has(ctx.words[k]!)) return nounPhraseLeft(ctx, k - 1, floor);
  }
  return null;
}

function subjectOf(ctx: EventContext, scope: SentenceScope, j: number): { np: Participants | null; linked?: boolean; since?: boolean } {
  if (j < scope.first) return { np: null };
  const w = ctx.words[j]!;
  if (isEntity(ctx, j)) {
    const np = nounPhraseLeft(ctx, j, scope.first);
    if (np && afterSince(ctx, np)) return { np, since: true };
    // "Shares in London rallied": an entity inside a prepositional phrase is not the subject
    // …but "Demonstrators in Baghdad blocked" names a group by its place
    const lead = np ? placeNounBefore(ctx, np.first) : -1;
    if (np && NOT_SUBJECT_BEFORE.has(ctx.words[lead] ?? '')) {
      const head = ctx.words[lead - 1] ?? '';
      const people = isAgentNoun(head) || GRAMMAR.nounPhraseFiller.has(head);
      // "Palestinian police in Jericho confiscated", "Republicans in Congress": the group named before where it is acts
      // (not before other prepositions: "a spokesman for Platte River" speaks for it)
      const group = (people || isEntity(ctx, lead - 1)) && GRAMMAR.locationPrepositions.has(ctx.words[lead]!) ? nounPhraseLeft(ctx, lead - 1, scope.first) : null;
      return { np: group ?? (people ? np : null) };
    }
    return { np };
  }
  const pronoun = pronounAt(ctx, j, scope.speakerAt);
  if (pronoun !== undefined) return { np: pronoun };
  if (GRAMMAR.subjectLink.has(w)) {
    const actors = scope.previousActors;
    if (actors && actors.length > 0) return { np: { ids: actors, first: j, last: j }, linked: true };
    return { np: sentenceSubject(ctx, scope, j), linked: true };
  }
  if (GRAMMAR.relatives.has(w)) return { np: nounPhraseLeft(ctx, j - 1, scope.first) };
  const since = sinceConstruction(ctx, j, scope.first);
  if (since) return { np: since, since: true };
  return { np: nounPhraseLeft(ctx, j, scope.first) ?? beforeModifier(ctx, j, scope.first) };
}

/** How far after a passive verb its "by" agent may come: "accused of lying by Labour". */
const AGENT_REACH = 6;

/** Token of the "by" naming a passive verb's doer, from token `from` within its clause; -1 when none. */
function agentBy(ctx: EventContext, from: number, limit: number): number {
  for (let k = from; k < limit && k <= from + AGENT_REACH; k++) {
    const w = ctx.words[k]!;
    if (w === 'by') return k;
    if (GRAMMAR.clauseEnd.has(w)) return -1;
  }
  return -1;
}

/** Reads one trigger; null when it cannot be an event (no actor, wrong place). */
export function readTrigger(ctx: EventContext, scope: SentenceScope, trigger: Trigger, limit: number): Draft | null {
  const { pattern } = trigger;
  const verbal = trigger.reading === 'verb' || trigger.light !== undefined;
  let actors: Participants | null = null;
  let recipients: Participants | null = null;
  let auxiliary: Auxiliary | undefined;
  let firstToken = trigger.start;
  let linked = false;
  let passive = false;
  let obligation = false;
  let refusal = false;
  // "if" before the trigger makes it hypothetical; anywhere, it makes a modal threat conditional
  scope.firstConditional ??= firstOf(ctx, scope, GRAMMAR.conditional);
  const conditional = scope.firstConditional < trigger.start;
  const conditionalSentence = scope.firstConditional < scope.last;

  if (verbal) {
    const anchor = trigger.light ?? trigger.start;
    const group = verbGroup(ctx, anchor, scope.first, conditional);
    auxiliary = group.auxiliary;
    obligation = group.obligation;
    refusal = group.refusal;
    if (conditional && !auxiliary) auxiliary = 'hypothetical';
    const subject = subjectOf(ctx, scope, group.start - 1);
    actors = subject.np;
    linked = subject.linked ?? false;
    if (subject.since) auxiliary = 'historical';
    firstToken = Math.min(group.start, actors && !linked ? actors.first : group.start);
    const objectFrom = trigger.headEnd < trigger.end ? trigger.headEnd : trigger.end;
    if (group.be && looksParticiple(ctx, trigger.start) && !GRAMMAR.statives.has(ctx.words[trigger.start]!)) {
      // Passive: "Taiwan was attacked by China", "Johnson was accused of lying by Labour";
      // with no "by", the doer is unnamed ("he was asked for details"): the subject is done to.
      passive = true;
      recipients = actors;
      const by = agentBy(ctx, trigger.end, limit);
      actors = by < 0 ? null : objectRight(ctx, by + 1, limit, false);
    } else {
      // "demanded [on Friday] that the US cancel …": the one asked is the complement's subject
      const that = pattern.role === 'governs' ? thatAfterDay(ctx, scope, objectFrom, limit) : -1;
      const from = that >= 0 ? that + 1 : objectFrom;
      recipients = objectRight(ctx, from, limit, pattern.mode === 'visit');
      if (!recipients && trigger.light !== undefined) recipients = objectRight(ctx, trigger.light + 1, trigger.start, false);
    }
  } else {
    actors = possessorOf(ctx, scope, trigger.start);
    if (!actors && !scope.triggerAt(trigger.start)) {
      // "The United States speeded up the withdrawal": the subject of the verb governing the noun
      const governing = governingSubject(ctx, scope, trigger.start, conditional);
      if (governing) { actors = governing.np; auxiliary = governing.auxiliary; }
    }
    auxiliary = nounAuxiliary(ctx, scope, trigger.start);
    const after = ctx.words[trigger.end];
    if (after !== undefined && GRAMMAR.recipientPrepositions.has(after)) {
      recipients = objectRight(ctx, trigger.end + 1, limit, pattern.mode === 'visit' || after === 'to');
    }
    if (after === 'by' || (actors === null && recipients !== null && ctx.words[(recipients.last ?? 0) + 1] === 'by')) {
      const at = after === 'by' ? trigger.end + 1 : recipients!.last + 2;
      actors = objectRight(ctx, at, limit, false);
    }
    if (actors) firstToken = Math.min(firstToken, actors.first);
  }

  // A quoted accusation: the speaker accuses whoever the wrongdoing is pinned on.
  if (pattern.role === 'allegation') {
    const { inQuote, speaker } = scope.speakerAt(ctx.doc.tokens.starts[trigger.start]!);
    if (!inQuote || !speaker || !actors || actors.pronoun === 'first') return null;
    recipients = actors;
    actors = { ids: [speaker], first: actors.first, last: actors.last };
    auxiliary = undefined;
  }

  const lastToken = Math.max(trigger.end - 1, recipients ? recipients.last : 0, actors && actors.first > trigger.start ? actors.last : 0);
  const draft: Draft = {
    type: pattern.type,
    cameo: pattern.cameo,
    actors: actors?.ids ?? [],
    recipients: recipients?.ids ?? [],
    evidence: [],
    sentence: scope.index,
    trigger,
    firstToken,
    lastToken,
    ...(pattern.mode ? { mode: pattern.mode } : {}),
    ...(auxiliary ? { auxiliary } : {}),
    ...(actors?.pronoun === 'plural' ? { pluralSubject: true } : {}),
    ...(linked ? { linked } : {}),
    ...(passive ? { passive } : {}),
    ...(obligation ? { obligation } : {}),
    ...(refusal ? { refusal } : {}),
    ...(conditionalSentence ? { conditional: true } : {}),
    ...(actors?.modifier ? { actorModifier: true } : {}),
  };
  if (trigger.reversal) {
    draft.type = trigger.reversal.type;
    draft.cameo = trigger.reversal.cameo;
    if (trigger.reversal.mode) draft.mode = trigger.reversal.mode; else delete draft.mode;
  }
  return draft;
}

/** Token of the "that" at `from`, or after a day there ("demanded Friday that …"); -1 when none. */
function thatAfterDay(ctx: EventContext, scope: SentenceScope, from: number, limit: number): number {
  let k = from;
  while (k < limit && !isEntity(ctx, k) && timeRun(ctx, k, scope.first)) k++;
  return ctx.words[k] === 'that' ? k : -1;
}

/** Words opening the condition of a conditional threat ("whether" opens none). */
const CONDITIONS = new Set(['if', 'unless']);

/**
 * "threatened to strike unless Israel rescinds …", "… if the United States
 * goes ahead": a conditional threat with no recipient is aimed at whoever
 * the condition names as its subject, by name.
 */
export function aimAtCondition(ctx: EventContext, draft: Draft, last: number): void {
  for (let k = draft.trigger.end; k < last; k++) {
    if (!CONDITIONS.has(ctx.words[k]!)) continue;
    const subject = objectRight(ctx, k + 1, last, true);
    // a pronoun there is most often the threatener ("unless he is paid"), and its resolution least sure
    if (!subject || subject.pronoun || subject.first > k + 2 || subject.ids.some((id) => draft.actors.includes(id))) return;
    draft.recipients = subject.ids;
    draft.lastToken = Math.max(draft.lastToken, subject.last);
    return;
  }
}

const MAX_GOVERNING_GAP = 4;

/** The verb before a noun's determiners and adjectives, and that verb's subject. */
function governingSubject(ctx: EventContext, scope: SentenceScope, start: number, conditional: boolean): { np: Participants; auxiliary?: Auxiliary } | null {
  let k = start - 1;
  while (k > scope.first && start - k <= MAX_GOVERNING_GAP && (GRAMMAR.determiners.has(ctx.words[k]!) || isPossessive(ctx, k) || ctx.words[k] === 'up' || ctx.words[k] === 'of')) k--;
  if (k <= scope.first || isEntity(ctx, k) || !(ctx.flags[k]! & TokenFlag.Word) || GRAMMAR.clauseEnd.has(ctx.words[k]!)) return null;
  if (GRAMMAR.recipientPrepositions.has(ctx.words[k]!) || GRAMMAR.locationPrepositions.has(ctx.words[k]!)) return null;
  const group = verbGroup(ctx, k, scope.first, conditional);
  const subject = subjectOf(ctx, scope, group.start - 1);
  if (!subject.np || subject.linked) return null;
  return { np: subject.np, ...(group.auxiliary ? { auxiliary: group.auxiliary } : {}) };
}

/** "Russia’s invasion", "the Russian invasion", "US air strikes". */
function possessorOf(ctx: EventContext, scope: SentenceScope, start: number): Participants | null {
  for (let k = start - 1; k >= scope.first && k >= start - 4; k--) {
    if (isEntity(ctx, k)) return nounPhraseLeft(ctx, k, scope.first);
    const p = isPossessive(ctx, k) ? pronounAt(ctx, k, scope.speakerAt) : undefined;
    if (p) return p;
    const w = ctx.words[k]!;
    if (w === 'its' || w === 'his' || w === 'her' || w === 'their' || w === 'our' || w === 'my') {
      return pronounAt(ctx, k, scope.speakerAt) ?? null;
    }
    if (!GRAMMAR.determiners.has(w) && !(ctx.flags[k]! & TokenFlag.Word)) return null;
    if (w === 'the' || w === 'a' || w === 'an') return null;
  }
  return null;
}

function nounAuxiliary(ctx: EventContext, scope: SentenceScope, start: number): Auxiliary | undefined {
  for (let k = start - 1; k >= scope.first && k >= start - 3; k--) {
    const w = ctx.words[k]!;
    if (GRAMMAR.nounFuture.has(w)) return 'future';
    if (GRAMMAR.nounHypothetical.has(w)) return 'hypothetical';
  }
  return undefined;
}
