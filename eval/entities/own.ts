import { readFileSync } from 'node:fs';
import type { Doc } from '../../src/doc/document.js';
import type { Entity, EntityType } from '../../src/record/types.js';
import { compareWithGold, type ItemResult } from '../gold/compare.js';
import type { GoldEntity, GoldRecord, GoldSpan } from '../gold/types.js';

/** test/fixtures/entities/own.json: our own sentences with every entity they name. */
export interface OwnItem {
  id: string;
  published?: string;
  text: string;
  entities: { type: string; country?: string; name?: string; mentions: string[] }[];
  pronouns?: { at: string; entity: string }[];
}

export const OWN_FIXTURE = new URL('../../test/fixtures/entities/own.json', import.meta.url);

export const HELDOUT_FIXTURE = new URL('../../test/fixtures/entities/heldout.json', import.meta.url);

export function readOwnItems(file: URL = OWN_FIXTURE): OwnItem[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { items: OwnItem[] }).items;
}

/** "X" is the first occurrence of X in the text, "X#2" the second. */
export function locate(text: string, ref: string): GoldSpan {
  const [needle, nth] = ref.split('#') as [string, string | undefined];
  let at = -1;
  for (let i = 0; i < Number(nth ?? 1); i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth ?? 1}) is not in: ${text}`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

export function goldOf(item: OwnItem): GoldRecord {
  const entities: GoldEntity[] = item.entities.map((e, i) => ({
    id: e.name ?? `${item.id}#${i + 1}:${e.mentions[0]}`,
    type: e.type,
    ...(e.country && { country: e.country }),
    mentions: e.mentions.map((m) => locate(item.text, m)),
  }));
  return { entities, quotes: [], events: [], amounts: [], times: [] };
}

/** Per gold entity: found, typed, fully clustered, not merged, right country and (when given) KB name. */
export function checkItem(item: OwnItem, entities: Entity[]): ItemResult[] {
  const gold = goldOf(item);
  const record = { schema: 'dossier.record/1' as const, article: { id: item.id, text: item.text }, entities, quotes: [], events: [], amounts: [], times: [] };
  const results = compareWithGold(record, gold)[0]!.items;
  return results.map((r, i) => {
    const want = item.entities[i]!;
    if (!r.ok || !want.name) return r;
    const m = gold.entities[i]!.mentions[0]!;
    const got = entities.find((e) => e.mentions.some((pm) => pm.start < m.end && m.start < pm.end));
    return got?.name === want.name ? r : { ...r, ok: false, why: `named ${got?.name ?? '-'}, not ${want.name}` };
  });
}

export interface TypeCounts { tp: number; fp: number; fn: number }

/**
 * Mention-level precision/recall per type: a predicted mention is right when
 * it overlaps a gold mention of the same type; every other predicted mention
 * is a false positive, every unmatched gold mention a false negative.
 */
export function countByType(item: OwnItem, entities: Entity[], counts: Map<string, TypeCounts>): void {
  const gold = goldOf(item).entities.flatMap((g) => g.mentions.map((m) => ({ ...m, type: g.type })));
  const predicted = entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type as string })));
  const used = new Set<number>();
  const get = (t: string) => counts.get(t) ?? (counts.set(t, { tp: 0, fp: 0, fn: 0 }), counts.get(t)!);
  for (const p of predicted) {
    const hit = gold.findIndex((g, i) => !used.has(i) && g.type === p.type && g.start < p.end && p.start < g.end);
    if (hit >= 0) { used.add(hit); get(p.type).tp++; } else get(p.type).fp++;
  }
  gold.forEach((g, i) => { if (!used.has(i)) get(g.type).fn++; });
}

export function entitiesOf(doc: Doc): Entity[] {
  return doc.entities;
}

export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'EVENT', 'NORP', 'MISC'];
