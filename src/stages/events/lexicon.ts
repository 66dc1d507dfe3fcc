/**
 * The event lexicon, compiled once at module load from data/events/*.json
 * into a Map from a word form to the patterns that start with it, so the
 * stage does one Map lookup per token.
 */
import { readDataJson } from '../../util/data.js';
import { PLOVER_TYPES, type PloverType } from '../../record/types.js';
import { nounForms, verbForms } from './inflect.js';

export type PatternRole = 'governs' | 'allegation' | 'host';
export type PatternNeed = 'recipient' | 'recipient-or-complement';

export interface Pattern {
  /** One set of accepted forms per word; null is a gap of up to MAX_GAP words. */
  readonly slots: readonly (ReadonlySet<string> | null)[];
  readonly type: PloverType;
  readonly mode?: string;
  readonly cameo: string;
  readonly pos: 'verb' | 'noun';
  readonly role?: PatternRole;
  readonly needs?: PatternNeed;
  readonly notBefore?: ReadonlySet<string>;
  /** Hand-written patterns outrank verbs mined from the CAMEO dictionary. */
  readonly mined: boolean;
  /** Literal words matched: longer patterns win. */
  readonly weight: number;
}

export const MAX_GAP = 4;

interface PatternGroup {
  type: string;
  mode?: string;
  cameo: string;
  role?: PatternRole;
  needs?: PatternNeed;
  notBefore?: string[];
  verbs?: string[];
  nouns?: string[];
}

interface Grammar {
  verbGroup: string[];
  negators: string[];
  future: string[];
  hypothetical: string[];
  conditional: string[];
  clauseEnd: string[];
  subjectLink: string[];
  relatives: string[];
  pronouns: { person: string[]; thing: string[]; plural: string[]; first: string[] };
  prepositionsForRecipient: string[];
  locationPrepositions: string[];
  nounPhraseFiller: string[];
  lightVerbs: string[];
  determiners: string[];
  nounFuture: string[];
  nounHypothetical: string[];
  beForms: string[];
  statives: string[];
  settingNouns: string[];
  speechVerbs: string[];
  obligation: string[];
  timeWords: string[];
  irregular: Record<string, string[]>;
}

interface ReversalEntry { verbs: string[]; of: string[]; type: string; mode?: string; cameo: string }

const patternsFile = readDataJson<{ groups: PatternGroup[]; reversals: ReversalEntry[] }>('events/patterns.json');
const minedFile = readDataJson<{ verbs: Record<string, { cameo: string; forms?: string[] }> }>('events/cameo-verbs.json');
const crosswalkFile = readDataJson<{ codes: Record<string, { type: string; mode?: string }> }>('events/crosswalk.json');
const grammarFile = readDataJson<Grammar>('events/grammar.json');

const set = (words: readonly string[]) => new Set(words.map(normalise));

/** Lower case with straight apostrophes, the form every lookup uses. */
export function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

export const GRAMMAR = {
  verbGroup: set(grammarFile.verbGroup),
  negators: set(grammarFile.negators),
  future: set(grammarFile.future),
  hypothetical: set(grammarFile.hypothetical),
  conditional: set(grammarFile.conditional),
  clauseEnd: set(grammarFile.clauseEnd),
  subjectLink: set(grammarFile.subjectLink),
  relatives: set(grammarFile.relatives),
  personPronouns: set(grammarFile.pronouns.person),
  thingPronouns: set(grammarFile.pronouns.thing),
  pluralPronouns: set(grammarFile.pronouns.plural),
  firstPronouns: set(grammarFile.pronouns.first),
  recipientPrepositions: set(grammarFile.prepositionsForRecipient),
  locationPrepositions: set(grammarFile.locationPrepositions),
  nounPhraseFiller: set(grammarFile.nounPhraseFiller),
  determiners: set(grammarFile.determiners),
  nounFuture: set(grammarFile.nounFuture),
  nounHypothetical: set(grammarFile.nounHypothetical),
  beForms: set(grammarFile.beForms),
  statives: set(grammarFile.statives),
  settingNouns: set(grammarFile.settingNouns),
  speechVerbs: set(grammarFile.speechVerbs),
  obligation: set(grammarFile.obligation),
  timeWords: set(grammarFile.timeWords),
};

function isPloverType(t: string): t is PloverType {
  return (PLOVER_TYPES as readonly string[]).includes(t);
}

function formsOf(word: string, inflect: 'verb' | 'noun' | 'none'): Set<string> {
  const alternatives = word.split('|');
  const forms = new Set<string>();
  for (const alt of alternatives) {
    const w = normalise(alt);
    const list = inflect === 'verb' ? verbForms(w, (grammarFile.irregular[w] ?? []).map(normalise))
      : inflect === 'noun' ? nounForms(w) : [w];
    for (const f of list) forms.add(f);
  }
  return forms;
}

interface PatternSource {
  type: PloverType; mode?: string; cameo: string; role?: PatternRole; needs?: PatternNeed;
  notBefore?: ReadonlySet<string>; mined: boolean;
}

function compile(phrase: string, pos: 'verb' | 'noun', src: PatternSource, extraFirstForms: string[] = []): Pattern {
  const words = phrase.trim().split(/\s+/);
  const single = words.length === 1;
  const slots = words.map((w, i): ReadonlySet<string> | null => {
    if (w === '*') return null;
    if (i === 0 && pos === 'verb') {
      const forms = formsOf(w, 'verb');
      for (const f of extraFirstForms) forms.add(normalise(f));
      return forms;
    }
    // the head noun of a one-word or last-word nominalisation takes a plural
    if (pos === 'noun' && (single || i === words.length - 1)) return formsOf(w, 'noun');
    return formsOf(w, 'none');
  });
  return { slots, pos, weight: slots.filter(Boolean).length, ...src };
}

/** Patterns by the forms of their first word. */
export const LEXICON = new Map<string, Pattern[]>();
/** PLOVER type and mode of a CAMEO code, and the code to export for a bare type. */
export const CROSSWALK = new Map<string, { type: PloverType; mode?: string }>();

function add(pattern: Pattern): void {
  for (const form of pattern.slots[0]!) {
    const list = LEXICON.get(form);
    if (list) list.push(pattern);
    else LEXICON.set(form, [pattern]);
  }
}

for (const [code, entry] of Object.entries(crosswalkFile.codes)) {
  if (isPloverType(entry.type)) CROSSWALK.set(code, { type: entry.type, ...(entry.mode ? { mode: entry.mode } : {}) });
}

for (const group of patternsFile.groups) {
  if (!isPloverType(group.type)) throw new Error(`data/events/patterns.json: unknown PLOVER type ${group.type}`);
  const src: PatternSource = {
    type: group.type, cameo: group.cameo, mined: false,
    ...(group.mode ? { mode: group.mode } : {}),
    ...(group.role ? { role: group.role } : {}),
    ...(group.needs ? { needs: group.needs } : {}),
    ...(group.notBefore ? { notBefore: set(group.notBefore) } : {}),
  };
  for (const phrase of group.verbs ?? []) add(compile(phrase, 'verb', src));
  for (const phrase of group.nouns ?? []) add(compile(phrase, 'noun', src));
}

// Mined verbs: only where no hand pattern starts with the same word, and
// only with both an actor and a recipient (checked by the stage): they are
// broad WordNet synonym sets, useful for recall, risky alone.
for (const [lemma, entry] of Object.entries(minedFile.verbs)) {
  const crosswalk = CROSSWALK.get(entry.cameo);
  if (!crosswalk) continue;
  const first = lemma.split(' ')[0]!;
  if (LEXICON.has(first)) continue;
  add(compile(lemma, 'verb', {
    type: crosswalk.type, cameo: entry.cameo, mined: true, needs: 'recipient',
    ...(crosswalk.mode ? { mode: crosswalk.mode } : {}),
  }, (entry.forms ?? []).map((f) => f.split(' ')[0]!)));
}

// Longest first, hand-written before mined, file order otherwise (sort is stable).
for (const list of LEXICON.values()) list.sort((a, b) => Number(a.mined) - Number(b.mined) || b.weight - a.weight);

/** Light verbs turn a following event noun into a verbal event: "hold talks", "launch an attack". */
export const LIGHT_VERBS = new Set<string>();
for (const phrase of grammarFile.lightVerbs) {
  const [first] = phrase.split(' ');
  for (const f of formsOf(first!, 'verb')) LIGHT_VERBS.add(f);
}

/**
 * Verbs that undo an event noun: "lifted the curfew" is a concession, not
 * coercion; "halted aid" reduces relations. Keyed by the verb's first word.
 */
export interface Reversal {
  readonly words: readonly string[];
  readonly of: ReadonlySet<PloverType>;
  readonly type: PloverType;
  readonly mode?: string;
  readonly cameo: string;
}
export const REVERSALS = new Map<string, Reversal[]>();
for (const entry of patternsFile.reversals) {
  if (!isPloverType(entry.type)) throw new Error(`data/events/patterns.json: unknown PLOVER type ${entry.type}`);
  for (const phrase of entry.verbs) {
    const [first, ...rest] = phrase.split(' ');
    const reversal: Reversal = {
      words: rest, of: new Set(entry.of.filter(isPloverType)), type: entry.type, cameo: entry.cameo,
      ...(entry.mode ? { mode: entry.mode } : {}),
    };
    for (const form of formsOf(first!, 'verb')) {
      const list = REVERSALS.get(form);
      if (list) list.push(reversal); else REVERSALS.set(form, [reversal]);
    }
  }
}
