import { spansOverlap, type Span } from '../../src/doc/span.js';
import type { DossierRecord, Entity, Event, Quote } from '../../src/record/types.js';
import type { GoldEntity, GoldEvent, GoldQuote, GoldRecord } from './types.js';

export type { GoldRecord } from './types.js';

/** One gold item: found or not, and if not, why. */
export interface ItemResult {
  id: string;
  ok: boolean;
  why?: string;
}

export interface LayerResult {
  layer: string;
  items: ItemResult[];
  /** Predicted items matching no gold item (a precision view). */
  extra: string[];
}

/** Char-level F1 at or above this counts as the same extent. */
const EXTENT_F1 = 0.9;

export function compareWithGold(record: DossierRecord, gold: GoldRecord): LayerResult[] {
  const link = linkEntities(record.entities, gold.entities);
  return [
    scoreEntities(record.entities, gold.entities, link),
    scoreQuotes(record.quotes, gold.quotes, link, 'quotes'),
    ...(gold.optionalQuotes?.length ? [scoreQuotes(record.quotes, gold.optionalQuotes, link, 'optional quotes', false)] : []),
    scoreEvents(record.events, gold.events, link),
    scoreTimes(record, gold),
    scoreAmounts(record, gold),
  ];
}

/** Gold entity id → the predicted entity holding most of its mentions. */
function linkEntities(predicted: Entity[], gold: GoldEntity[]): Map<string, Entity> {
  const link = new Map<string, Entity>();
  for (const g of gold) {
    let best: Entity | undefined;
    let bestHits = 0;
    for (const p of predicted) {
      const hits = g.mentions.filter((gm) => p.mentions.some((pm) => spansOverlap(pm, gm) && ownerOf(pm, gold) === g)).length;
      if (hits > bestHits) { best = p; bestHits = hits; }
    }
    if (best) link.set(g.id, best);
  }
  return link;
}

function scoreEntities(predicted: Entity[], gold: GoldEntity[], link: Map<string, Entity>): LayerResult {
  const items = gold.map((g): ItemResult => {
    const p = link.get(g.id);
    if (!p) return { id: g.id, ok: false, why: 'not found' };
    const missed = g.mentions.filter((gm) => !p.mentions.some((pm) => spansOverlap(pm, gm)));
    const foreign = gold.filter((o) => o.id !== g.id && p.mentions.some((pm) => ownerOf(pm, gold) === o));
    const problems = [
      p.type !== g.type && `typed ${p.type}, not ${g.type}`,
      missed.length > 0 && `mentions not clustered: ${missed.map((m) => `"${m.text}"@${m.start}`).join(', ')}`,
      foreign.length > 0 && `merged with ${foreign.map((o) => o.id).join(', ')}`,
      g.country && p.country !== g.country && `country ${p.country ?? '-'}, not ${g.country}`,
    ].filter(Boolean);
    return problems.length ? { id: g.id, ok: false, why: problems.join('; ') } : { id: g.id, ok: true };
  });
  const linked = new Set([...link.values()]);
  const extra = predicted.filter((p) => !linked.has(p)).map((p) => `${p.name} (${p.type})`);
  return { layer: 'entities', items, extra };
}

function scoreQuotes(predicted: Quote[], gold: GoldQuote[], link: Map<string, Entity>, layer: string, withExtra = true): LayerResult {
  const used = new Set<Quote>();
  const items = gold.map((g, i): ItemResult => {
    const id = `${g.speaker}#${i + 1} "${g.content[0]!.text.slice(0, 40)}…"`;
    const candidates = predicted.filter((p) => overlapsAny(p.content, g.content));
    if (candidates.length === 0) return { id, ok: false, why: 'no quote over this content' };
    const p = candidates.sort((a, b) => extentF1(b.content, g.content) - extentF1(a.content, g.content))[0]!;
    used.add(p);
    const speaker = link.get(g.speaker)?.id;
    const f1 = extentF1(p.content, g.content);
    const problems = [
      (speaker === undefined || p.speaker !== speaker) && `speaker ${p.speaker ?? 'null'}, not ${g.speaker}`,
      f1 < EXTENT_F1 && `content extent F1 ${f1.toFixed(2)}`,
    ].filter(Boolean);
    return problems.length ? { id, ok: false, why: problems.join('; ') } : { id, ok: true };
  });
  const extra = withExtra
    ? predicted.filter((p) => !used.has(p)).map((p) => `${p.kind} "${p.content[0]?.text.slice(0, 50)}"`)
    : [];
  return { layer, items, extra };
}

function scoreEvents(predicted: Event[], gold: GoldEvent[], link: Map<string, Entity>): LayerResult {
  const used = new Set<Event>();
  const items = gold.map((g): ItemResult => {
    const candidates = predicted.filter((p) => overlapsAny(p.evidence, g.evidence));
    if (candidates.length === 0) return { id: g.id, ok: false, why: 'no event over this evidence' };
    const results = candidates.map((p) => ({ p, problems: eventProblems(p, g, link) }));
    results.sort((a, b) => a.problems.length - b.problems.length);
    const best = results[0]!;
    used.add(best.p);
    return best.problems.length ? { id: g.id, ok: false, why: best.problems.join('; ') } : { id: g.id, ok: true };
  });
  const extra = predicted.filter((p) => !used.has(p)).map((p) => `${p.type} "${p.evidence[0]?.text.slice(0, 50)}"`);
  return { layer: 'events', items, extra };
}

function eventProblems(p: Event, g: GoldEvent, link: Map<string, Entity>): string[] {
  const ids = (gs: string[] = []) => gs.map((id) => link.get(id)?.id ?? `(${id} unlinked)`).sort();
  const problems: string[] = [];
  if (!g.accept.includes(p.type)) problems.push(`type ${p.type}, not ${g.accept.join('|')}`);
  const goldRecipients = g.recipients ?? [];
  // A gold meeting with no recipient may be written actor→recipient: compare participants.
  const sameParticipants = goldRecipients.length === 0
    ? same(ids(g.actors), [...p.actors, ...p.recipients].sort())
    : same(ids(g.actors), [...p.actors].sort()) && same(ids(goldRecipients), [...p.recipients].sort());
  if (!sameParticipants) problems.push(`actors ${p.actors.join(',')}→${p.recipients.join(',')}`);
  if (g.mode && p.auxiliary !== g.mode) problems.push(`auxiliary ${p.auxiliary ?? '-'}, not ${g.mode}`);
  if (g.date && p.date !== g.date) problems.push(`date ${p.date ?? '-'}, not ${g.date}`);
  if (g.location?.country && p.location?.country !== g.location.country) problems.push(`location ${p.location?.country ?? '-'}, not ${g.location.country}`);
  return problems;
}

function scoreTimes(record: DossierRecord, gold: GoldRecord): LayerResult {
  const used = new Set<object>();
  const items = gold.times.map((g): ItemResult => {
    const id = `"${g.span.text}"`;
    const p = record.times.find((t) => spansOverlap(t.span, g.span));
    if (!p) return { id, ok: false, why: 'not found' };
    used.add(p);
    return p.value === g.value ? { id, ok: true } : { id, ok: false, why: `value ${p.value}, not ${g.value}` };
  });
  const extra = record.times.filter((t) => !used.has(t)).map((t) => `"${t.span.text}" = ${t.value}`);
  return { layer: 'times', items, extra };
}

function scoreAmounts(record: DossierRecord, gold: GoldRecord): LayerResult {
  const used = new Set<object>();
  const items = gold.amounts.map((g): ItemResult => {
    const id = `"${g.span.text}"`;
    const p = record.amounts.find((a) => spansOverlap(a.span, g.span));
    if (!p) return { id, ok: false, why: 'not found' };
    used.add(p);
    const problems = [
      p.value !== g.value && `value ${p.value}, not ${g.value}`,
      p.unit !== g.unit && `unit ${p.unit}, not ${g.unit}`,
      g.when && p.date !== g.when && `date ${p.date ?? '-'}, not ${g.when}`,
    ].filter(Boolean);
    return problems.length ? { id, ok: false, why: problems.join('; ') } : { id, ok: true };
  });
  const extra = record.amounts.filter((a) => !used.has(a)).map((a) => `"${a.span.text}" = ${a.value} ${a.unit}`);
  return { layer: 'amounts', items, extra };
}

/**
 * The gold entity a predicted mention stands for: the one whose mention it
 * overlaps most, the innermost on a tie. Gold mentions nest ("Labour" inside
 * "the Labour leader"), so overlapping a mention of another entity is not by
 * itself a merge; standing for it is.
 */
function ownerOf(pm: Span, gold: GoldEntity[]): GoldEntity | undefined {
  let owner: GoldEntity | undefined;
  let best = 0;
  let bestLength = Infinity;
  for (const g of gold) {
    for (const gm of g.mentions) {
      const overlap = Math.min(pm.end, gm.end) - Math.max(pm.start, gm.start);
      const length = gm.end - gm.start;
      if (overlap > best || (overlap === best && overlap > 0 && length < bestLength)) {
        owner = g; best = overlap; bestLength = length;
      }
    }
  }
  return owner;
}

function overlapsAny(a: Span[], b: Span[]): boolean {
  return a.some((x) => b.some((y) => spansOverlap(x, y)));
}

/** F1 of the characters covered by two span lists (whitespace included). */
export function extentF1(predicted: Span[], gold: Span[]): number {
  const covered = (spans: Span[]) => spans.reduce((n, s) => n + (s.end - s.start), 0);
  let inter = 0;
  for (const p of predicted) for (const g of gold) inter += Math.max(0, Math.min(p.end, g.end) - Math.max(p.start, g.start));
  if (inter === 0) return 0;
  const precision = inter / covered(predicted);
  const recall = inter / covered(gold);
  return (2 * precision * recall) / (precision + recall);
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
