/**
 * Group actors: "Russian officials", "Serbian military police", "Afghan
 * rebel leaders", "Palestinians". Event data codes these as a country plus a
 * sector (RUS GOV, SRB COP, AFG REB); the entity stage names people, places
 * and organisations but leaves such groups out, so the events stage adds them
 * as NORP entities (country from the KB's demonyms, sector from its agent
 * nouns) before reading actors. Tokens already in an entity are left alone.
 */
import type { Doc } from '../../doc/document.js';
import { TokenKind } from '../../doc/tokens.js';
import type { KnowledgeBase } from '../../kb/types.js';
import type { Entity } from '../../record/types.js';
import { TokenFlag, type TokenWords } from './context.js';
import { readDataJson } from '../../util/data.js';

const EXTRA_AGENTS = new Map(Object.entries(readDataJson<{ agents: Record<string, string> }>('events/agents.json').agents));

/** Is this a noun for people who act (officials, troops, demonstrators)? */
export function isAgentNoun(word: string): boolean {
  return EXTRA_AGENTS.has(word) || (word.endsWith('s') && EXTRA_AGENTS.has(word.slice(0, -1)));
}

/** Sector of an agent noun: our list, the KB's, or the KB's singular of a plural. */
function agentSector(kb: KnowledgeBase, word: string): string | undefined {
  return EXTRA_AGENTS.get(word) ?? kb.agents.get(word) ?? (word.endsWith('s') ? kb.agents.get(word.slice(0, -1)) : undefined);
}

/** Prepositions, articles and conjunctions: no agent noun of a demonym's lies past one ("American economy under the leadership"). */
const CLOSED_WORDS = new Set(['of', 'for', 'to', 'in', 'at', 'on', 'with', 'from', 'against', 'over', 'under', 'by', 'into', 'about', 'as',
  'the', 'a', 'an', 'and', 'or', 'but', 'that', 'who', 'which']);

/** Words between a demonym and its agent noun: "Serbian military police". */
const HEAD_WINDOW = 3;

export function addGroupActors(doc: Doc, kb: KnowledgeBase, tokenWords: TokenWords): void {
  if (!kb.names) return;
  const { count, starts, ends, kinds } = doc.tokens;
  const { words, flags } = tokenWords;
  const covered = coveredTokens(doc);
  const byKey = new Map<string, Entity>();
  for (let i = 0; i < count; i++) {
    if (covered[i] || kinds[i] !== TokenKind.Word) continue;
    if (!(flags[i]! & TokenFlag.Capital)) continue; // demonyms are capitalised
    const word = words[i]!.includes('isation') ? words[i]!.replace('isation', 'ization') : words[i]!;
    const country = demonymCountry(kb, word);
    if (!country) continue;
    const head = agentAfter(doc, kb, covered, i, words);
    // A bare demonym before a noun ("an Australian ultimatum", "Iraqi towns")
    // stands for its country; a plural one ("Palestinians") is a group.
    const modifier = !head && i + 1 < count && !covered[i + 1] && kinds[i + 1] === TokenKind.Word;
    const plural = word.endsWith('s') && !head;
    if (!head && !plural && !modifier) continue;
    const end = head ? head.token : i;
    const sector = head?.sector;
    const key = `${country}|${sector ?? ''}`;
    const mention = { ...doc.span(starts[i]!, ends[end]!), kind: 'demonym' as const };
    const existing = byKey.get(key);
    if (existing) existing.mentions.push(mention);
    else {
      const entity: Entity = {
        id: `g${byKey.size + 1}`, name: mention.text, type: 'NORP', country,
        ...(sector ? { sector } : {}), mentions: [mention],
      };
      byKey.set(key, entity);
    }
    for (let t = i; t <= end; t++) covered[t] = 1;
    i = end;
  }
  if (byKey.size > 0) doc.entities = [...doc.entities, ...byKey.values()];
}

function coveredTokens(doc: Doc): Uint8Array {
  const covered = new Uint8Array(doc.tokens.count);
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      for (let t = doc.tokenIndexAt(m.start); t < doc.tokens.count && doc.tokens.starts[t]! < m.end; t++) covered[t] = 1;
    }
  }
  return covered;
}

function demonymCountry(kb: KnowledgeBase, word: string): string | undefined {
  const names = kb.names.get(word);
  const hit = names?.find((n) => n.kind === 'demonym');
  if (!hit) return undefined;
  return kb.entries.get(hit.id)?.country ?? /^country:([A-Z]{3})$/.exec(hit.id)?.[1];
}

/** The agent noun a demonym modifies, skipping other modifiers and a conjoined demonym ("Hungarian and Romanian officials"). */
function agentAfter(doc: Doc, kb: KnowledgeBase, covered: Uint8Array, i: number, words: string[]): { token: number; sector: string } | null {
  let found: { token: number; sector: string } | null = null;
  for (let t = i + 1; t < doc.tokens.count && t <= i + HEAD_WINDOW + 2; t++) {
    if (covered[t] || doc.tokens.kinds[t] !== TokenKind.Word) break;
    const word = words[t]!;
    const sector = agentSector(kb, word);
    if (sector) { found = { token: t, sector }; continue; }
    if (found) break;
    // A shared head ("Hungarian and Romanian officials"): count it for the first demonym too.
    if (demonymCountry(kb, word) || (word === 'and' && t + 1 < doc.tokens.count && demonymCountry(kb, words[t + 1]!))) continue;
    // Only modifiers come between a demonym and its head: "American lives at risk" has none.
    if (t > i + HEAD_WINDOW || CLOSED_WORDS.has(word)) break;
  }
  return found;
}

/**
 * Event data codes a person or organisation by country ("French Foreign
 * Minister Laurent Fabius" → FRA). Where the entity stage linked no country,
 * a demonym or country name inside a mention, or just before it, gives one.
 */
export function inferActorCountries(doc: Doc, kb: KnowledgeBase, tokenWords: TokenWords): void {
  if (!kb.names) return;
  const wordAt = (_doc: Doc, t: number) => tokenWords.words[t]!;
  doc.entities = doc.entities.map((entity) => {
    if (entity.country) return entity;
    for (const m of entity.mentions) {
      const first = doc.tokenIndexAt(m.start);
      for (let t = first; t < doc.tokens.count && doc.tokens.starts[t]! < m.end; t++) {
        const word = wordAt(doc, t);
        let country = countryOfWord(kb, word);
        if (country && ownNameWord(entity, word)) country = countryOfWord(kb, word, true);
        if (country) return { ...entity, country };
      }
      if (entity.type !== 'PERSON' && entity.type !== 'ORG') continue;
      // "French Foreign Minister Laurent Fabius", "Palestinian leader Yasser Arafat"
      for (let t = first - 1; t >= 0 && t >= first - TITLE_WINDOW; t--) {
        const word = wordAt(doc, t);
        const country = countryOfWord(kb, word);
        if (country) return { ...entity, country };
        const capitalised = /^[A-Z]/.test(doc.text.slice(doc.tokens.starts[t], doc.tokens.starts[t]! + 1));
        if (!capitalised && !agentSector(kb, word)) break;
      }
    }
    return entity;
  });
}

/**
 * A word of a person's own name: a country's name there is none of theirs
 * ("Nelson Georgia", "Steve Israel"); a demonym still is ("Two Palestinian" gunmen).
 */
function ownNameWord(entity: Entity, word: string): boolean {
  return entity.type === 'PERSON' && entity.name.toLowerCase().split(' ').includes(word);
}

/** Words of a title before a name: "French Foreign Minister". */
const TITLE_WINDOW = 4;

/** The country a demonym or a country's name stands for; `demonymOnly` for a word of a person's name. */
function countryOfWord(kb: KnowledgeBase, word: string, demonymOnly = false): string | undefined {
  const names = kb.names.get(word);
  const hit = names?.find((n) => n.kind === 'demonym' || (!demonymOnly && (n.kind === 'name' || n.kind === 'alias') && n.id.startsWith('country:')));
  if (!hit) return undefined;
  return kb.entries.get(hit.id)?.country ?? /^country:([A-Z]{3})$/.exec(hit.id)?.[1];
}
