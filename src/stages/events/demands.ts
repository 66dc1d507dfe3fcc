/**
 * Demands: "Britain said Iran must release the sailors" is Britain's REQUEST
 * of Iran, whatever Iran must do; the one who said it is found in the quotes
 * layer or beside a speech verb.
 */
import type { EventContext } from './context.js';
import { GRAMMAR } from './lexicon.js';
import { requestMode } from './cameo.js';
import { nounPhraseLeft, objectRight, pronounAt } from './arguments.js';
import type { Draft, SentenceScope } from './read.js';

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
