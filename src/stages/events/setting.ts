/**
 * Where and when: "at the G20 Summit in Brazil" gives a setting and a place
 * (with the place's country from its entity); the date is the nearest time
 * expression of the sentence from the times stage, or a bare year when the
 * times stage did not run.
 */
import type { EventLocation } from '../../record/types.js';
import type { EventContext } from './context.js';
import { mentionEnd, TokenFlag } from './context.js';
import { GRAMMAR } from './lexicon.js';

const LOOKAHEAD = 16;
const PLACE_TYPES = new Set(['GPE', 'LOC']);

export function findLocation(ctx: EventContext, from: number, last: number, skip: ReadonlySet<string>): EventLocation | undefined {
  let setting: string | undefined;
  let place: EventLocation | undefined;
  for (let k = from; k < last && k < from + LOOKAHEAD; k++) {
    const w = ctx.words[k]!;
    if (w === '.' || w === ';') break;
    if (w === 'at' && setting === undefined) setting = settingAt(ctx, k + 1, last);
    if (place === undefined && GRAMMAR.locationPrepositions.has(w)) {
      let n = k + 1;
      if (ctx.words[n] === 'the') n++;
      const e = ctx.entityAt[n] ?? -1;
      if (e >= 0 && PLACE_TYPES.has(ctx.entities[e]!.type) && !skip.has(ctx.entities[e]!.id)) {
        const entity = ctx.entities[e]!;
        const end = mentionEnd(ctx, n, last);
        const name = ctx.doc.text.slice(ctx.doc.tokens.starts[n], ctx.doc.tokens.ends[end]).replace(/['’]s$/, '');
        place = { name, entity: entity.id, ...(entity.country ? { country: entity.country } : {}) };
      }
    }
  }
  if (!place && !setting) return undefined;
  if (!place) return { name: setting!, setting: setting! };
  return setting ? { ...place, setting } : place;
}

/** "the G20 Summit", "the Nato summit", "the UN General Assembly": capitalised words or a setting noun. */
function settingAt(ctx: EventContext, k: number, last: number): string | undefined {
  if (ctx.words[k] === 'the') k++;
  const first = k;
  let end = -1;
  let hasNoun = false;
  let hasOrg = false;
  for (; k < last && k < first + 6; k++) {
    const w = ctx.words[k]!;
    const e = ctx.entityAt[k]!;
    if (GRAMMAR.settingNouns.has(w)) { hasNoun = true; end = k; continue; }
    if (e >= 0 && ctx.entities[e]!.type !== 'GPE' && ctx.entities[e]!.type !== 'LOC') { hasOrg = true; end = k; continue; }
    if (e < 0 && ctx.flags[k]! & TokenFlag.Capital) { end = k; continue; }
    break;
  }
  if (end < first || !(hasNoun || hasOrg)) return undefined;
  return ctx.doc.text.slice(ctx.doc.tokens.starts[first], ctx.doc.tokens.ends[end]);
}

const YEAR = /^(1[6-9]|20)\d\d$/;
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'during', 'until', 'from', 'of', 'by', 'early', 'late', 'mid']);

/** The date of an event at `offset` in the sentence [start, end). */
export function findDate(ctx: EventContext, start: number, end: number, offset: number): string | undefined {
  const { doc } = ctx;
  if (doc.provided.has('times') || doc.times.length > 0) {
    let best: { value: string; distance: number } | undefined;
    for (const t of doc.times) {
      if (t.span.start < start || t.span.end > end) continue;
      // after the trigger is the usual place ("will meet on Monday"); before costs a little more
      const distance = t.span.start >= offset ? t.span.start - offset : (offset - t.span.end) * 1.5;
      if (!best || distance < best.distance) best = { value: t.value, distance };
    }
    return best?.value;
  }
  let best: { value: string; distance: number } | undefined;
  const first = doc.tokenIndexAt(start);
  const last = doc.tokenIndexAt(end);
  for (let k = first + 1; k < last; k++) {
    const w = ctx.words[k]!;
    if (!YEAR.test(w) || !YEAR_PREPOSITIONS.has(ctx.words[k - 1]!)) continue;
    const distance = Math.abs(doc.tokens.starts[k]! - offset);
    if (!best || distance < best.distance) best = { value: w, distance };
  }
  return best?.value;
}
