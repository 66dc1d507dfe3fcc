import type { Doc } from '../../doc/document.js';
import { TokenKind } from '../../doc/tokens.js';
import type { Stage } from '../../pipeline/stage.js';
import type { TimeExpression } from '../../record/types.js';
import { lowerTokens } from '../../util/token-words.js';
import { parseIsoDay } from './calendar.js';
import { isStarter } from './starters.js';
import { matchAt } from './match.js';
import { isAbsolute } from './refs.js';
import { resolve } from './resolve.js';
import type { Scan } from './scan.js';
import { clauseTense } from './tense.js';

/**
 * Every temporal expression, resolved to an ISO 8601 value against the
 * publication date. Without one, only expressions that name their year are kept.
 */
export function extractTimes(doc: Doc, published: string | undefined): TimeExpression[] {
  const anchor = published ? parseIsoDay(published) : null;
  const w = lowerTokens(doc);
  const { kinds } = doc.tokens;
  const out: TimeExpression[] = [];
  for (const sentence of doc.sentences) {
    const s: Scan = { doc, w, first: doc.tokenIndexAt(sentence.start), limit: doc.tokenIndexAt(sentence.end) };
    for (let i = s.first; i < s.limit; i++) {
      const kind = kinds[i];
      if (kind !== TokenKind.Number && (kind !== TokenKind.Word || !isStarter(w, i, kinds, s.limit))) continue;
      const m = matchAt(s, i);
      if (!m) continue;
      if (anchor !== null || isAbsolute(m.ref)) {
        const tense = clauseTense(w, m.start, m.end, s.first, s.limit);
        const resolved = resolve(m.ref, anchor, tense);
        if (resolved) {
          const start = doc.tokens.starts[m.start]!;
          const end = doc.tokens.ends[m.end - 1]!;
          out.push({ span: doc.span(start, end), value: resolved.value, grain: resolved.grain });
        }
      }
      i = m.end - 1;
    }
  }
  return out;
}

export const timesStage: Stage = {
  name: 'times',
  description: 'temporal expressions resolved to ISO 8601 against the publication date, tense-aware',
  requires: ['tokens', 'sentences'],
  provides: ['times'],
  run(doc, ctx) {
    doc.times = extractTimes(doc, ctx.published);
  },
};
