import { readDataJson } from '../../util/data.js';

interface LexiconData {
  honorifics: Record<string, string>;
  titles: Record<string, string>;
  roleNouns: Record<string, string>;
  leaderOffices: string[];
  orgSuffixes: string[];
  orgHeads: string[];
  eventWords: string[];
  locSuffixes: string[];
  stateSuffixes: string[];
  locHeads: string[];
  connectors: string[];
  nameParticles: string[];
  blockers: string[];
  locativePrepositions: string[];
  speechVerbs: string[];
  personalPronouns: Record<string, string>;
  groupPronouns: string[];
  stopwords: string[];
  abbreviatedTitles: string[];
  rankPrefixes: string[];
  nameAdjectives: string[];
  peopleAdjectives: string[];
  possessiveNameWords: string[];
  extendedConnectors: string[];
  orgWords: string[];
  compassWords: string[];
  orgSectors: Record<string, string>;
}

const data = readDataJson<LexiconData>('entities/lexicon.json');

/** A phrase table keyed by its first word, longest phrases first, for token-by-token matching. */
export interface PhraseTable {
  /** first word → [phrase words, value] candidates, longest first */
  readonly byFirst: ReadonlyMap<string, readonly (readonly [string[], string])[]>;
}

function phraseTable(entries: Record<string, string>): PhraseTable {
  const byFirst = new Map<string, [string[], string][]>();
  for (const [phrase, value] of Object.entries(entries)) {
    const words = phrase.split(' ');
    const list = byFirst.get(words[0]!) ?? [];
    list.push([words, value]);
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byFirst };
}

export const honorifics: ReadonlyMap<string, string> = new Map(Object.entries(data.honorifics));
export const titles = phraseTable(data.titles);
export const roleNouns = phraseTable(data.roleNouns);
export const leaderOffices: ReadonlySet<string> = new Set(data.leaderOffices);
export const orgSuffixes: ReadonlySet<string> = new Set(data.orgSuffixes);
export const orgHeads: ReadonlySet<string> = new Set(data.orgHeads);
export const eventWords: ReadonlySet<string> = new Set(data.eventWords);
export const locSuffixes: ReadonlySet<string> = new Set(data.locSuffixes);
/** Last words of states' and empires' names: "Ottoman Empire", "Mughal Empire". */
export const stateSuffixes: ReadonlySet<string> = new Set(data.stateSuffixes);
export const locHeads: ReadonlySet<string> = new Set(data.locHeads);
export const connectors: ReadonlySet<string> = new Set(data.connectors);
export const nameParticles: ReadonlySet<string> = new Set(data.nameParticles);
export const blockers: ReadonlySet<string> = new Set(data.blockers);
export const locativePrepositions: ReadonlySet<string> = new Set(data.locativePrepositions);
export const speechVerbs: ReadonlySet<string> = new Set(data.speechVerbs);
export const personalPronouns: ReadonlyMap<string, string> = new Map(Object.entries(data.personalPronouns));
export const groupPronouns: ReadonlySet<string> = new Set(data.groupPronouns);
export const stopwords: ReadonlySet<string> = new Set(data.stopwords);
export const abbreviatedTitles: ReadonlySet<string> = new Set(data.abbreviatedTitles);
/** "Vice", "Deputy" before a title: a lesser office, not a name of its own. */
export const rankPrefixes: ReadonlySet<string> = new Set(data.rankPrefixes);
/** Words that are stopwords alone but open many names ("National Trust", "Western Union"). */
export const nameAdjectives: ReadonlySet<string> = new Set(data.nameAdjectives);
export const peopleAdjectives: ReadonlySet<string> = new Set(data.peopleAdjectives);
/** Words whose possessive sits inside names: "People's Congress", "King's College", "St John's". */
export const possessiveNameWords: ReadonlySet<string> = new Set(data.possessiveNameWords);
/** Small words long organisation names run through ("Council on Foreign Relations"). */
export const extendedConnectors: ReadonlySet<string> = new Set(data.extendedConnectors);
/** Words that make an unknown capitalised run an organisation, wherever they stand in it. */
export const orgWords: ReadonlySet<string> = new Set(data.orgWords);
export const compassWords: ReadonlySet<string> = new Set(data.compassWords);
/** Sector an organisation's head or last word gives it (PLOVER/CAMEO codes): "… Party" PTY, "Ministry of …" GOV. */
export const orgSectors: ReadonlyMap<string, string> = new Map(Object.entries(data.orgSectors));
