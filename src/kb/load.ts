import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { InputError } from '../input/errors.js';
import { readDataJson } from '../util/data.js';
import { isCapsName, nameWords, normaliseWord } from './names.js';
import type { KbEntry, KbName, KnowledgeBase, Office, OfficeHolder } from './types.js';

export interface KbOptions {
  /** User KB files merged over the bundled data, later files winning. */
  files?: readonly string[];
}

/** The shape of data/kb/kb.json (built by scripts/build-kb.mjs) and of user files. */
export interface KbFile {
  countries?: { iso3: string; name: string; wikidata?: string; aliases?: string[]; demonyms?: string[]; capitals?: string[] }[];
  cities?: [name: string, iso3: string][];
  regions?: [name: string, iso3: string][];
  orgs?: (Partial<KbEntry> & { name: string; caseSensitiveAliases?: string[] })[];
  people?: (Partial<KbEntry> & { name: string })[];
  /** Also accepted in user files: plain entries of any type. */
  entries?: (Partial<KbEntry> & { name: string })[];
  agents?: Record<string, string>;
  givenNames?: string[];
  /**
   * Lower-priority people (Phoenix, to 2014), compact for a fast load:
   * [name, country, dated codes, normalised name keys…]. Name matching only:
   * no offices, no surname index, so they never answer "the president" or a bare surname.
   */
  historical?: [name: string, country: string, sectors: string, ...keys: string[]][];
}

let bundled: KbFile | undefined;

/** Loads the bundled knowledge base and merges user files over it. */
export function loadKnowledgeBase(options: KbOptions = {}): KnowledgeBase {
  const t0 = performance.now();
  bundled ??= readDataJson<KbFile>('kb/kb.json');
  const files = options.files ?? [];
  const builder = new KbBuilder();
  // User files first into the name index, so their names win; their entries
  // replace bundled entries with the same id.
  const user = files.map(readUserFile);
  for (const f of user) builder.add(f, true);
  builder.add(bundled, false);
  return builder.build(['bundled:data/kb/kb.json', ...files], performance.now() - t0);
}

function readUserFile(path: string): KbFile {
  let parsed: unknown;
  try {
    const text = readFileSync(path, 'utf8');
    parsed = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (err) {
    throw new InputError(`knowledge-base file ${path}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (Array.isArray(parsed)) return { entries: parsed as KbFile['entries'] };
  if (!parsed || typeof parsed !== 'object') throw new InputError(`knowledge-base file ${path}: expected an object or an array of entries`);
  return parsed as KbFile;
}

/** YAML only when a user file asks for it: the parser stays out of every other run. */
function parseYaml(text: string): unknown {
  const yaml = createRequire(import.meta.url)('yaml') as { parse(text: string): unknown };
  return yaml.parse(text);
}

class KbBuilder {
  readonly entries = new Map<string, KbEntry>();
  readonly names = new Map<string, KbName[]>();
  readonly firstWords = new Map<string, number>();
  readonly holders = new Map<string, OfficeHolder[]>();
  readonly surnames = new Map<string, string[]>();
  readonly givenNameIds = new Map<string, string[]>();
  /** Agent tables as given, built into a map only when a lookup asks (most runs never do). */
  private readonly agentTables: Record<string, string>[] = [];
  readonly givenNames = new Map<string, string>();
  private user = false;

  add(file: KbFile, user: boolean): void {
    this.user = user;
    for (const c of file.countries ?? []) {
      this.entry({ id: `country:${c.iso3}`, name: c.name, type: 'GPE', country: c.iso3, aliases: [c.name, ...(c.aliases ?? [])],
        ...(c.wikidata && { wikidata: c.wikidata }), ...(c.demonyms && { demonyms: c.demonyms }), ...(c.capitals && { metonyms: c.capitals }) },
      c.capitals ? 'capital' : 'metonym');
    }
    for (const o of file.orgs ?? []) this.entry(withId(o, 'org'));
    for (const p of file.people ?? []) this.entry(withId({ ...p, type: 'PERSON' }, 'person'));
    for (const e of file.entries ?? []) this.entry(withId(e, e.type === 'PERSON' ? 'person' : 'entry'));
    for (const [name, iso3] of file.cities ?? []) {
      this.entry({ id: `city:${iso3}:${name}`, name, type: 'GPE', country: iso3 }, 'metonym', 'city');
    }
    for (const [name, iso3] of file.regions ?? []) {
      this.entry({ id: `region:${iso3}:${name}`, name, type: 'GPE', country: iso3 }, 'metonym', 'region');
    }
    for (const h of file.historical ?? []) this.historicalPerson(h);
    if (file.agents) this.agentTables.push(file.agents);
    for (const g of file.givenNames ?? []) {
      const [name, gender = ''] = g.split(':');
      if (name && !this.givenNames.has(name.toLowerCase())) this.givenNames.set(name.toLowerCase(), gender);
    }
  }

  private entry(e: KbEntry, metonymKind: KbName['kind'] = 'metonym', nameKind: KbName['kind'] = 'name'): void {
    if (this.entries.has(e.id)) {
      if (!this.user) return; // a user entry with this id already replaced it
    }
    this.entries.set(e.id, e);
    this.name(e.name, e.id, nameKind);
    for (const a of e.aliases ?? []) this.name(a, e.id, 'alias');
    for (const a of (e as { caseSensitiveAliases?: string[] }).caseSensitiveAliases ?? []) this.name(a, e.id, 'alias', true);
    for (const m of e.metonyms ?? []) this.name(m, e.id, metonymKind);
    for (const d of e.demonyms ?? []) this.name(d, e.id, 'demonym');
    if (e.type === 'PERSON') this.person(e);
  }

  /** Keys come normalised from the build, so this skips the tokenizer; any name taken before wins. */
  private historicalPerson([name, country, sectors, ...keys]: NonNullable<KbFile['historical']>[number]): void {
    const id = `phoenix:${keys[0]!.replaceAll(' ', '-')}`;
    if (this.entries.has(id)) return;
    this.entries.set(id, { id, name, type: 'PERSON', country, sectors });
    // One name record shared by all the person's keys: ten thousand people load on every run.
    const ref: KbName = { id, kind: 'alias' };
    for (const key of keys) {
      const list = this.names.get(key);
      if (list) { if (!list.some((n) => n.id === id)) list.push(ref); continue; }
      this.names.set(key, [ref]);
      let words = 1;
      let space = -1;
      for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) { if (space < 0) space = i; words++; }
      const first = space < 0 ? key : key.slice(0, space);
      if ((this.firstWords.get(first) ?? 0) < words) this.firstWords.set(first, words);
    }
  }

  private person(e: KbEntry): void {
    for (const n of [e.name, ...(e.aliases ?? [])]) {
      const words = nameWords(n);
      const surname = e.familyFirst ? words[0] : words[words.length - 1];
      if (surname && words.length > 1) push(this.surnames, surname, e.id);
      const given = e.familyFirst ? words[1] : words[0];
      if (given && words.length > 1) push(this.givenNameIds, given, e.id);
    }
    for (const o of e.offices ?? []) {
      const key = `${o[0]}|${o[1]}`;
      const list = this.holders.get(key);
      const holder = { id: e.id, start: o[2], end: o[3] };
      if (list) list.push(holder);
      else this.holders.set(key, [holder]);
    }
  }

  private name(name: string, id: string, kind: KbName['kind'], caps = isCapsName(name)): void {
    const words = nameWords(name);
    if (words.length === 0) return;
    const key = words.join(' ');
    const list = this.names.get(key) ?? [];
    const same = list.find((n) => n.id === id);
    if (same) {
      // "NATO" and "Nato" share a key: the entry matches in any case once either form is mixed case.
      if (same.caps && !caps) delete same.caps;
      return;
    }
    list.push(caps ? { id, kind, caps } : { id, kind });
    this.names.set(key, list);
    this.firstWords.set(words[0]!, Math.max(this.firstWords.get(words[0]!) ?? 0, words.length));
  }

  build(sources: string[], loadMs: number): KnowledgeBase {
    const tables = this.agentTables;
    let agents: Map<string, string> | undefined;
    const lazyAgents = (): Map<string, string> => (agents ??= buildAgents(tables));
    const officeJurisdictions = new Map<string, Set<string>>();
    for (const [key, list] of this.holders) {
      list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
      const [office, of] = key.split('|') as [string, string];
      const set = officeJurisdictions.get(office) ?? new Set<string>();
      set.add(of);
      officeJurisdictions.set(office, set);
    }
    return {
      entries: this.entries, sources, names: this.names, firstWords: this.firstWords, holders: this.holders, officeJurisdictions,
      surnames: this.surnames, givenNameIds: this.givenNameIds, givenNames: this.givenNames, loadMs,
      get agents() { return lazyAgents(); },
    };
  }
}

/** Phrases first (earlier tables win), then head nouns with their commonest sector ("official" from "customs official"). */
function buildAgents(tables: Record<string, string>[]): Map<string, string> {
  const agents = new Map<string, string>();
  for (const table of tables) for (const [noun, sector] of Object.entries(table)) if (!agents.has(noun)) agents.set(noun, sector);
  const votes = new Map<string, Map<string, number>>();
  for (const [noun, sector] of agents) {
    const head = headNoun(noun);
    if (!head) continue;
    const v = votes.get(head) ?? new Map<string, number>();
    v.set(sector, (v.get(sector) ?? 0) + 1);
    votes.set(head, v);
  }
  for (const [head, v] of votes) {
    if (!agents.has(head)) agents.set(head, [...v].sort((a, b) => b[1] - a[1])[0]![0]);
  }
  return agents;
}

/** Words that end a noun phrase's head: what follows them modifies it ("minister for oil", "embassy in"). */
const POSTMODIFIER_START = new Set(['of', 'for', 'to', 'in', 'at', 'on', 'with', 'from', 'against', 'over', 'under', 'by']);

/**
 * The head noun of an agent phrase: its last word before any post-modifier,
 * so "minister for oil" gives "minister" and "embassy in" gives "embassy";
 * the last word itself made "oil", "war" and even "in" and "of" agent nouns,
 * and a demonym before them a group actor ("German border on Friday in").
 * Nothing when the head is not a word of three letters or more ("f 16").
 */
function headNoun(phrase: string): string | undefined {
  const words = phrase.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && POSTMODIFIER_START.has(w));
  const head = words[(cut < 0 ? words.length : cut) - 1]!;
  return /^[a-z]{3,}$/.test(head) ? head : undefined;
}

function withId(e: Partial<KbEntry> & { name: string }, prefix: string): KbEntry {
  const id = e.id ?? `${prefix}:${e.name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-')}`;
  return { ...e, id, type: e.type ?? 'ORG', offices: (e.offices ?? []) as Office[] } as KbEntry;
}

/** Appends once: short lists (the people sharing a surname). */
function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) { if (!list.includes(value)) list.push(value); }
  else map.set(key, [value]);
}

/** Who held `office` of `of` on `date` (YYYY-MM-DD), or null. */
export function holderOn(kb: KnowledgeBase, office: string, of: string, date: string): string | null {
  const list = kb.holders.get(`${office}|${of}`);
  if (!list) return null;
  let found: string | null = null;
  for (const h of list) if (h.start <= date && (h.end === null || date < h.end)) found = h.id;
  return found;
}

/**
 * The sector a historical person's dated codes give on `date` (YYYY-MM-DD):
 * GOV when any code valid that day is GOV, else the first valid one, else the
 * undated fallback code. Codes of another country than the entry's are skipped.
 */
export function sectorOn(entry: KbEntry, date: string): string | undefined {
  if (!entry.sectors) return undefined;
  const day = date.replace(/-/g, '');
  let found: string | undefined;
  let fallback: string | undefined;
  for (const code of entry.sectors.split('|')) {
    if (entry.country && !code.startsWith(entry.country)) continue;
    const sector = code.slice(3, 6);
    const space = code.indexOf(' ');
    if (space < 0) { fallback ??= sector; continue; }
    const dash = code.indexOf('-', space);
    const from = code.slice(space + 1, dash);
    const to = code.slice(dash + 1);
    if ((from && day < from) || (to && day >= to)) continue;
    if (sector === 'GOV') return sector;
    found ??= sector;
  }
  return found ?? fallback;
}

const historicalSurnameIndex = new WeakMap<KnowledgeBase, Map<string, KbEntry[]>>();

/**
 * Historical people by normalised surname. Built on first use (a titled
 * surname nobody else answers to), so ordinary runs never pay for it.
 */
export function historicalBySurname(kb: KnowledgeBase, surname: string): readonly KbEntry[] {
  let index = historicalSurnameIndex.get(kb);
  if (!index) {
    index = new Map();
    for (const e of kb.entries.values()) {
      if (!e.sectors) continue;
      const key = normaliseWord(e.name.slice(e.name.lastIndexOf(' ') + 1));
      const list = index.get(key);
      if (list) list.push(e);
      else index.set(key, [e]);
    }
    historicalSurnameIndex.set(kb, index);
  }
  return index.get(surname) ?? [];
}

/** Offices an entry held on `date`. */
export function officesOn(entry: KbEntry, date: string): Office[] {
  return (entry.offices ?? []).filter((o) => o[2] <= date && (o[3] === null || date < o[3]));
}
