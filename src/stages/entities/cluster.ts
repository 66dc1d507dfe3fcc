import { historicalBySurname, officesOn, sectorOn } from '../../kb/load.js';
import type { KbEntry, KnowledgeBase } from '../../kb/types.js';
import type { Entity, EntityType, Mention } from '../../record/types.js';
import type { Candidate } from './candidates.js';
import { connectors, leaderOffices } from './lexicon.js';

/** One real-world entity being assembled from its mentions. */
export interface Cluster {
  /** The record id, set when the clusters become entities. */
  id?: string;
  type: EntityType;
  kbId?: string;
  country?: string;
  sector?: string;
  wikidata?: string;
  name: string;
  /** Normalised words of the fullest name seen. */
  words: string[];
  mentions: Mention[];
  /** Offices held on the publication date (KB) or given by a title in the text. */
  offices: Set<string>;
  /** Jurisdictions of those offices (country codes, party ids). */
  officeOf: Map<string, Set<string>>;
  party?: string;
  gender?: string;
}

/** Clusters of one document and the indexes that let mentions find them. */
export class EntityIndex {
  readonly clusters: Cluster[] = [];
  private readonly byKb = new Map<string, Cluster>();
  private readonly byKey = new Map<string, Cluster>();
  private readonly byWord = new Map<string, Cluster[]>();
  private readonly orgByInitials = new Map<string, Cluster>();
  private readonly orgByAcronym = new Map<string, Cluster>();
  /** Where organisation mentions end, for "Name (Abbr)". */
  private readonly orgMentionEnds = new Map<number, Cluster>();

  constructor(readonly kb: KnowledgeBase, readonly date: string, private readonly text: string) {}

  /** Names first (full before short), then lone words, so a short form finds its full name wherever it is. */
  addAll(candidates: Candidate[]): Candidate[] {
    const roles: Candidate[] = [];
    const single: Candidate[] = [];
    const loose: Candidate[] = [];
    for (const c of candidates) {
      if (c.role) roles.push(c);
      else if (c.loose) loose.push(c);
      else if (!c.kbId && c.type === 'PERSON' && c.words.length === 1) single.push(c);
      else this.addName(c);
    }
    for (const c of single) this.addSingle(c);
    for (const c of loose) this.addLoose(c);
    return roles;
  }

  private addName(c: Candidate): void {
    if (c.kbId) {
      const entry = this.kb.entries.get(c.kbId);
      const cluster = this.byKb.get(c.kbId) ?? (entry ? this.fromKb(entry) : this.create(c));
      this.mention(cluster, c);
      return;
    }
    const key = `${c.type}|${c.words.join(' ')}`;
    let cluster = this.byKey.get(key);
    if (!cluster && c.type === 'PERSON') cluster = this.samePerson(c);
    if (!cluster && c.type === 'ORG') cluster = this.byInitials(c.words);
    // In a Title Case headline an unknown run counts only if the body names it too.
    if (!cluster && c.initial) return;
    cluster ??= this.create(c);
    this.byKey.set(key, cluster);
    this.mention(cluster, c);
  }

  /** "Sir Keir", "President Xi", "Mr Starmer": a name word of someone already named, or a KB surname. */
  private addSingle(c: Candidate): void {
    // "Mrs Clinton" is the Clinton of her gender nearest, not Bill named just before.
    let cluster = this.personWithWord(c.words[0]!, c.start, c.gender);
    // "President Clinton" after "Hillary Clinton": the title says it is the Clinton who was president.
    if (cluster && c.title && !this.fitsTitle(cluster, c.title)) {
      const titled = this.kbBySurname(c.words[0]!, c.title);
      if (titled && titled.id !== cluster.kbId) cluster = this.byKb.get(titled.id) ?? this.fromKb(titled);
    }
    if (!cluster) {
      const entry = this.kbBySurname(c.words[0]!, c.title) ?? this.kbKnight(c) ?? this.historicalLeader(c);
      if (entry && sameGender(c.gender, this.genderOf(entry))) cluster = this.byKb.get(entry.id) ?? this.fromKb(entry);
    }
    cluster ??= this.byKey.get(`PERSON|${c.words[0]}`) ?? this.create(c);
    this.byKey.set(`PERSON|${c.words[0]}`, cluster);
    this.mention(cluster, c);
  }

  /** A capitalised word with no cue: part of a known name, an acronym, or a thing of its own. */
  private addLoose(c: Candidate): void {
    const w = c.words[0]!;
    let cluster = this.personWithWord(w, c.start);
    if (!cluster && (c.acronym || this.inBrackets(c))) cluster = this.byInitials([w], true);
    if (!cluster && this.inBrackets(c)) cluster = this.expandedJustBefore(c);
    cluster ??= this.byKey.get(`ABBR|${w}`);
    if (cluster && this.inBrackets(c)) this.byKey.set(`ABBR|${w}`, cluster);
    if (!cluster) {
      const leader = this.kbBySurname(w, undefined, true);
      if (leader) cluster = this.byKb.get(leader.id) ?? this.fromKb(leader);
    }
    // A sentence's first word is capitalised anyway: a name only if it is one we know.
    if (!cluster && c.initial) return;
    const type: EntityType = cluster?.type ?? c.type;
    cluster ??= this.byKey.get(`${type}|${w}`) ?? this.create(c);
    this.byKey.set(`${type}|${w}`, cluster);
    this.mention(cluster, { ...c, type });
  }

  /** "(Ecowas)": a word alone in brackets is an abbreviation, whatever its case. */
  private inBrackets(c: Candidate): boolean {
    const before = this.text.charCodeAt(c.start - 1);
    const after = this.text.charCodeAt(c.end);
    return (before === 40 || before === 91) && (after === 41 || after === 93);
  }

  /** "Economic Community of West African States (Ecowas)": the name right before the bracket, if it spells the word. */
  private expandedJustBefore(c: Candidate): Cluster | undefined {
    for (let end = c.start - 1; end >= c.start - 3; end--) {
      const cl = this.orgMentionEnds.get(end);
      const m = cl?.mentions.find((x) => x.end === end);
      if (cl && m && spells(c.words[0]!, m.text.toLowerCase())) return cl;
    }
    return undefined;
  }

  private samePerson(c: Candidate): Cluster | undefined {
    const last = c.words[c.words.length - 1]!;
    const first = c.words[0]!;
    for (const cl of this.byWord.get(last) ?? []) {
      if (cl.words[cl.words.length - 1] === last && (cl.words[0] === first || cl.words.length === 1)) return cl;
    }
    return undefined;
  }

  /**
   * The person whose name has `word`, nearest before `at` (else nearest
   * after). Given a `gender`, one known to be of it comes first, then one of
   * unknown gender; never one of the other.
   */
  personWithWord(word: string, at: number, gender?: string): Cluster | undefined {
    const clusters = this.byWord.get(word) ?? [];
    if (!gender) return nearestCluster(clusters, at) ?? undefined;
    return nearestCluster(clusters.filter((cl) => cl.gender === gender), at)
      ?? nearestCluster(clusters.filter((cl) => !cl.gender), at) ?? undefined;
  }

  /**
   * The one KB person with this surname (holding `title`, if given). A bare
   * surname ("Biden") is only trusted for heads of state or government.
   */
  private kbBySurname(word: string, title: string | undefined, leadersOnly = false): KbEntry | undefined {
    const ids = this.kb.surnames.get(word) ?? [];
    let entries = ids.map((id) => this.kb.entries.get(id)).filter((e): e is KbEntry => e !== undefined);
    if (leadersOnly) {
      if (entries.length !== 1) return undefined;
      entries = entries.filter((e) => e.offices?.some((o) => leaderOffices.has(o[0]) && o[0] !== 'party leader'));
    }
    if (title) {
      const titled = entries.filter((e) => e.offices?.some((o) => o[0] === title));
      const now = titled.filter((e) => officesOn(e, this.date).some((o) => o[0] === title));
      entries = now.length ? now : titled;
    }
    return entries.length === 1 ? entries[0] : undefined;
  }

  /** A KB person's gender: recorded, else their given name's. */
  private genderOf(entry: KbEntry): string | undefined {
    if (entry.gender) return entry.gender;
    if (kbEntityType(entry) !== 'PERSON') return undefined;
    const words = nameWordsOf(entry.name);
    return words.length > 1 ? this.kb.givenNames.get(words[entry.familyFirst ? 1 : 0]!) || undefined : undefined;
  }

  private fitsTitle(cl: Cluster, title: string): boolean {
    if (cl.offices.has(title)) return true;
    const entry = cl.kbId ? this.kb.entries.get(cl.kbId) : undefined;
    return !entry?.offices?.length || entry.offices.some((o) => o[0] === title);
  }

  /**
   * "President Mugabe" when no one else answers: the one historical (Phoenix)
   * person of that surname in government on the date, else the one ever in
   * government. Only under a leader's title, never from a bare surname.
   */
  private historicalLeader(c: Candidate): KbEntry | undefined {
    if (!c.title || !leaderOffices.has(c.title) || c.title === 'party leader') return undefined;
    const entries = historicalBySurname(this.kb, c.words[0]!);
    if (entries.length === 0) return undefined;
    const now = entries.filter((e) => sectorOn(e, this.date) === 'GOV');
    if (now.length > 0) return now.length === 1 ? now[0] : undefined;
    const ever = entries.filter((e) => e.sectors!.includes('GOV'));
    return ever.length === 1 ? ever[0] : undefined;
  }

  /** "Sir Keir", "Dame Priti": a knight or dame goes by first name; trusted when the KB has one such person. */
  private kbKnight(c: Candidate): KbEntry | undefined {
    if (c.honorific !== 'sir' && c.honorific !== 'dame') return undefined;
    const entries = (this.kb.givenNameIds.get(c.words[0]!) ?? []).map((id) => this.kb.entries.get(id)).filter((e): e is KbEntry => e !== undefined);
    if (entries.length === 1) return entries[0];
    // Several: the one leading a country or party on the date, if only one does.
    const leaders = entries.filter((e) => officesOn(e, this.date).some((o) => leaderOffices.has(o[0])));
    return leaders.length === 1 ? leaders[0] : undefined;
  }

  /** An organisation (or acronym) whose initials spell `words`. */
  private byInitials(words: string[], isAcronym = false): Cluster | undefined {
    return isAcronym ? this.orgByInitials.get(words[0]!) : this.orgByAcronym.get(initials(words));
  }

  /** Keeps the abbreviation indexes current as organisations appear (no scan of all clusters per acronym). */
  private indexOrg(cl: Cluster): void {
    if (cl.type !== 'ORG' || cl.words.length === 0) return;
    if (cl.words.length === 1) {
      if (!this.orgByAcronym.has(cl.words[0]!)) this.orgByAcronym.set(cl.words[0]!, cl);
    } else {
      const key = initials(cl.words);
      if (key.length >= 2 && !this.orgByInitials.has(key)) this.orgByInitials.set(key, cl);
    }
  }

  fromKb(entry: KbEntry): Cluster {
    const cl = this.newCluster(kbEntityType(entry), entry.name, nameWordsOf(entry.name));
    cl.kbId = entry.id;
    if (entry.country) cl.country = entry.country;
    if (entry.sector) cl.sector = entry.sector;
    if (entry.wikidata) cl.wikidata = entry.wikidata;
    if (entry.party) cl.party = entry.party;
    const gender = this.genderOf(entry);
    if (gender) cl.gender = gender;
    const offices = officesOn(entry, this.date);
    for (const o of offices) this.addOffice(cl, o[0], o[1]);
    // In government on the date: GOV; leading a party and nothing else: opposition.
    if (cl.type === 'PERSON' && !cl.sector && offices.length > 0) cl.sector = offices.some((o) => o[0] !== 'party leader') ? 'GOV' : 'OPP';
    // Historical people: the sector their dated codes give on the date.
    if (!cl.sector && entry.sectors) {
      const sector = sectorOn(entry, this.date);
      if (sector) cl.sector = sector;
    }
    this.byKb.set(entry.id, cl);
    if (cl.type === 'PERSON') this.indexWords(cl, cl.words);
    this.indexOrg(cl);
    return cl;
  }

  private create(c: Candidate): Cluster {
    const cl = this.newCluster(c.type, c.fullName ?? this.text.slice(c.nameStart ?? c.start, c.end), c.words);
    if (c.country) cl.country = c.country;
    if (c.sector) cl.sector = c.sector;
    if (c.type === 'PERSON') {
      this.indexWords(cl, c.words);
      const given = c.words.length > 1 ? this.kb.givenNames.get(c.words[0]!) : undefined;
      if (given) cl.gender = given;
    }
    this.indexOrg(cl);
    return cl;
  }

  newCluster(type: EntityType, name: string, words: string[]): Cluster {
    const cl: Cluster = { type, name, words, mentions: [], offices: new Set(), officeOf: new Map() };
    this.clusters.push(cl);
    return cl;
  }

  /** People with an office: the only clusters a role noun can mean. */
  readonly officeHolders: Cluster[] = [];
  /** Set once the names are in (see roles.ts homeCountry), so each role noun need not recount. */
  home: string | undefined | null = null;

  addOffice(cl: Cluster, office: string, of: string | undefined): void {
    if (cl.offices.size === 0 && cl.type === 'PERSON') this.officeHolders.push(cl);
    cl.offices.add(office);
    if (of) {
      const set = cl.officeOf.get(office) ?? new Set<string>();
      set.add(of);
      cl.officeOf.set(office, set);
    }
  }

  private indexWords(cl: Cluster, words: string[]): void {
    for (const w of words) {
      if (connectors.has(w) || w.length < 2) continue;
      const list = this.byWord.get(w) ?? [];
      if (!list.includes(cl)) list.push(cl);
      this.byWord.set(w, list);
    }
  }

  /** The cluster a candidate went into. */
  readonly clusterOf = new Map<Candidate, Cluster>();

  mention(cl: Cluster, c: Candidate): void {
    this.clusterOf.set(c, cl);
    if (cl.type === 'ORG') this.orgMentionEnds.set(c.end, cl);
    cl.mentions.push({ start: c.start, end: c.end, text: this.text.slice(c.start, c.end), kind: c.kind });
    if (c.type === 'PERSON' && c.words.length > cl.words.length && !cl.kbId) {
      cl.words = c.words;
      cl.name = this.text.slice(c.nameStart ?? c.start, c.end);
      this.indexWords(cl, c.words);
    }
    if (c.title) this.addOffice(cl, c.title, c.country ?? cl.country);
    if (!cl.country && c.country) cl.country = c.country;
    if (c.gender && !cl.gender) cl.gender = c.gender;
    if (c.title && cl.type === 'PERSON' && !cl.sector && isGovernmentTitle(c.title)) cl.sector = 'GOV';
  }

  findByKb(id: string): Cluster | undefined {
    return this.byKb.get(id);
  }

  /** Records out of clusters: ids in order of first mention, mentions in text order. */
  toEntities(): Entity[] {
    const live = this.clusters.filter((c) => c.mentions.length > 0);
    for (const c of live) c.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    live.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
    return live.map((c, i) => {
      c.id = `e${i + 1}`;
      return toEntity(c, c.id);
    });
  }
}

function toEntity(c: Cluster, id: string): Entity {
  const e: Entity = { id, name: c.name, type: c.type, mentions: dedupe(c.mentions) };
  if (c.country) e.country = c.country;
  if (c.sector) e.sector = c.sector;
  if (c.wikidata) e.wikidata = c.wikidata;
  if (c.kbId) e.kbId = c.kbId;
  if (c.offices.size) e.roles = [...c.offices];
  return e;
}

function dedupe(mentions: Mention[]): Mention[] {
  return mentions.filter((m, i) => i === 0 || m.start !== mentions[i - 1]!.start || m.end !== mentions[i - 1]!.end);
}

const GOVERNMENT_TITLES = new Set(['president', 'prime minister', 'premier', 'chancellor', 'minister', 'secretary', 'king', 'queen', 'governor', 'mayor',
  'foreign secretary', 'home secretary', 'foreign minister', 'defence minister', 'finance minister', 'secretary of state', 'vice president', 'deputy prime minister']);

function isGovernmentTitle(title: string): boolean {
  return GOVERNMENT_TITLES.has(title) || title.endsWith('secretary') || title.endsWith('minister');
}

function kbEntityType(e: KbEntry): EntityType {
  const t = e.type;
  return t === 'PERSON' || t === 'ORG' || t === 'GPE' || t === 'LOC' || t === 'EVENT' || t === 'NORP' ? t : 'MISC';
}

/** Split once per KB name, not once per document that mentions it. Never mutated: clusters replace `words`, never edit it. */
const kbNameWords = new Map<string, string[]>();

function nameWordsOf(name: string): string[] {
  let words = kbNameWords.get(name);
  if (!words) {
    words = name.toLowerCase().replace(/’/g, "'").split(/[\s]+/).filter(Boolean);
    kbNameWords.set(name, words);
  }
  return words;
}

function initials(words: string[]): string {
  let out = '';
  for (const w of words) if (!connectors.has(w) && startsWithLetter(w)) out += w.charAt(0);
  return out;
}

const LETTER_START = /^\p{L}/u;

function startsWithLetter(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return LETTER_START.test(w);
}

/**
 * Schwartz & Hearst's test: the short form's letters appear in order in the
 * long form, right to left, the first one starting a word ("ecowas" in
 * "economic community of west african states").
 */
function spells(short: string, long: string): boolean {
  let j = long.length - 1;
  for (let i = short.length - 1; i >= 0; i--) {
    const ch = short[i]!;
    if (!/[a-z0-9]/.test(ch)) continue;
    while (j >= 0 && (long[j] !== ch || (i === 0 && j > 0 && /[a-z0-9]/.test(long[j - 1]!)))) j--;
    if (j < 0) return false;
    j--;
  }
  return true;
}

/** The cluster with a mention nearest before `at`, else the nearest after it. */
export function nearestCluster(clusters: readonly Cluster[], at: number): Cluster | null {
  let best: Cluster | null = null;
  let bestDistance = Infinity;
  for (const c of clusters) {
    for (const m of c.mentions) {
      const d = m.start <= at ? at - m.start : 1e9 + m.start - at;
      if (d < bestDistance) { bestDistance = d; best = c; }
    }
  }
  return best;
}

/** Two genders that may be one person's: equal, or either unknown. */
function sameGender(a: string | undefined, b: string | undefined): boolean {
  return !a || !b || a === b;
}
