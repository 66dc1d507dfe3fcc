/**
 * Demands: "Britain said Iran must release the sailors" is Britain's REQUEST
 * of Iran, whatever Iran must do; the one who said it is found in the quotes
 * layer or beside a speech verb.
 */
import type { EventContext } from './context.js';
import { GRAMMAR, type Pattern } from './lexicon.js';
import { requestMode } from './cameo.js';
import { nounPhraseLeft, objectRight, pronounAt } from './arguments.js';
import type { Draft, SentenceScope } from './read.js';
import type { Trigger } from './triggers.js';

/** What a "must" with no event after it is read as: a demand, until asDemand finds who made it. */
const MUST: Pattern = { slots: [], type: 'REQUEST', cameo: '100', pos: 'verb', mined: false, weight: 0 };

/**
 * "Britain said Iran must release the sailors": a demand by whoever said it,
 * on whoever must act (PLOVER REQUEST, mode from what is demanded).
 */
export function asDemand(ctx: EventContext, scope: SentenceScope, draft: Draft): void {
  const speaker = speakerOf(ctx, scope, draft);
  if (!speaker || speaker.every((id) => draft.actors.includes(id))) return;
  const mode = requestMode(draft.type);
  draft.recipients = draft.actors;
  draft.actors = speaker;
  draft.type = 'REQUEST';
  draft.mode = mode;
  draft.cameo = { meet: '106', assist: '101', yield: '105', change: '104' }[mode] ?? '100';
  delete draft.auxiliary;
}

function speakerOf(ctx: EventContext, scope: SentenceScope, draft: Draft): string[] | null {
  const quoted = scope.speakerAt(ctx.doc.tokens.starts[draft.trigger.start]!);
  if (quoted.inQuote) return quoted.speaker ? [quoted.speaker] : null;
  for (let k = draft.firstToken - 1; k > scope.first; k--) {
    if (!GRAMMAR.speechVerbs.has(ctx.words[k]!)) continue;
    const np = nounPhraseLeft(ctx, k - 1, scope.first) ?? pronounAt(ctx, k - 1, scope.speakerAt);
    return np ? np.ids : null;
  }
  for (let k = draft.lastToken + 1; k < scope.last - 1; k++) {
    if (!GRAMMAR.speechVerbs.has(ctx.words[k]!)) continue;
    const np = (ctx.entityAt[k - 1]! >= 0 ? nounPhraseLeft(ctx, k - 1, draft.lastToken + 1) : null) ?? objectRight(ctx, k + 1, scope.last, true);
    return np ? np.ids : null;
  }
  return null;
}

/** Does tokens [first, last) hold a "must" (most sentences with no event trigger do not)? */
export function mayDemand(ctx: EventContext, first: number, last: number): boolean {
  for (let k = first + 1; k < last; k++) if (ctx.words[k] === 'must') return true;
  return false;
}

/**
 * "The administration declared that China must drop barriers …", "“Iran
 * must stop,” the minister said": a named party that must do something no
 * event pattern reads is asked to by whoever said so. A "must" inside an
 * event already read is left to it (asDemand turned that one into a demand),
 * and one nobody is said to have said is the writer's view, no event.
 */
export function mustDemands(ctx: EventContext, scope: SentenceScope, read: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let k = scope.first + 1; k + 1 < scope.last; k++) {
    if (ctx.words[k] !== 'must' || ctx.entityAt[k - 1]! < 0) continue;
    if (read.some((d) => d.firstToken <= k && k <= d.lastToken)) continue;
    const subject = nounPhraseLeft(ctx, k - 1, scope.first);
    if (!subject || subject.modifier) continue;
    // "a vote in Congress must not happen": a name inside a prepositional phrase is not who must act
    const before = ctx.words[subject.first - 1] ?? '';
    if (GRAMMAR.recipientPrepositions.has(before) || GRAMMAR.locationPrepositions.has(before) || before === 'of') continue;
    const verb = ctx.words[k + 1] === 'not' ? k + 2 : k + 1;
    // "ISIS must be defeated": a passive says what must happen to the subject, not what it is asked to do
    if (GRAMMAR.beForms.has(ctx.words[verb] ?? '')) continue;
    const trigger: Trigger = { pattern: MUST, start: k, end: k + 1, headEnd: k + 1, reading: 'verb' };
    const draft: Draft = {
      type: 'REQUEST', cameo: MUST.cameo, actors: subject.ids, recipients: [], evidence: [], sentence: scope.index,
      trigger, firstToken: subject.first, lastToken: Math.min(verb, scope.last - 1),
    };
    asDemand(ctx, scope, draft);
    if (draft.recipients.length > 0) out.push(draft);
  }
  return out;
}
