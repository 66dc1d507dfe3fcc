/**
 * PLOVER scorer.
 *  1. PLOVER_GSR_CAMEO.txt (gold, 322 sentences, one event each): event-type
 *     accuracy and type+actor+recipient accuracy. The file predates PLOVER's
 *     current 16 types; its older names are mapped first with the manual's
 *     CAMEO→PLOVER table: DEMAND→REQUEST, DISAPPROVE→ACCUSE,
 *     INVESTIGATE→ACCUSE (mode investigate), FIGHT→ASSAULT.
 *  2. PETR2_GSR_validation.xml (silver: partly machine-coded): CAMEO root
 *     accuracy, the two-digit root of our exported CAMEO code against the
 *     roots of the sentence's coded events.
 * The predicted event for a sentence is its first event in text order;
 * "any" also counts a sentence when some other predicted event has the type.
 * Nothing here is tuned to these sentences; they stay out of the repo.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/analyze.js';
import { DEFAULT_STAGES } from '../../src/pipeline/default-stages.js';
import { extractEvents } from '../../src/stages/events/index.js';
import type { DossierRecord, Entity, Event } from '../../src/record/types.js';
import type { Dataset } from '../dataset.js';

const OLD_NAMES: Record<string, string> = { DEMAND: 'REQUEST', DISAPPROVE: 'ACCUSE', INVESTIGATE: 'ACCUSE', FIGHT: 'ASSAULT' };
/** Codes in the GSR that are not ISO 3166 alpha-3. */
const CODE_FIXES: Record<string, string> = { JAP: 'JPN', ITL: 'ITA' };

interface GsrActor { actorText?: string; code?: string }
interface GsrRecord {
  id: string;
  event: string;
  text?: string;
  source?: GsrActor[] | GsrActor | '';
  target?: GsrActor[] | GsrActor | '';
  textInfo?: { markup?: string };
}

export const ploverDataset: Dataset = {
  name: 'plover',
  description: 'PLOVER GSR event type and dyad accuracy; PETR2 CAMEO roots',
  needs: ['data/plover/PLOVER_GSR_CAMEO.txt', 'data/plover/PETR2_GSR_validation.xml'],
  run(shared, args) {
    const verbose = args.includes('--verbose') || args.includes('-v');
    const full = DEFAULT_STAGES.includes('events') ? new Analyzer() : null;
    const segmentOnly = new Analyzer({ stages: ['segment'] });
    scoreGsr(join(shared, 'data/plover/PLOVER_GSR_CAMEO.txt'), full, segmentOnly, verbose);
    scorePetr(join(shared, 'data/plover/PETR2_GSR_validation.xml'), full, verbose);
  },
};

function list(x: GsrActor[] | GsrActor | '' | undefined): GsrActor[] {
  if (!x) return [];
  return Array.isArray(x) ? x : [x];
}

function goldCodes(actors: GsrActor[]): string[] {
  return [...new Set(actors.map((a) => (a.code ?? '').slice(0, 3)).map((c) => CODE_FIXES[c] ?? c).filter(Boolean))].sort();
}

/** Country code of an entity for comparison with CAMEO actor codes. */
function codeOf(entities: Map<string, Entity>, id: string): string {
  const e = entities.get(id);
  if (!e) return id;
  if (e.country) return e.country;
  if (e.sector === 'IGO' || e.sector === 'NGO') return e.sector;
  return e.type === 'ORG' ? 'IGO' : e.name;
}

function scoreGsr(path: string, full: Analyzer | null, segmentOnly: Analyzer, verbose: boolean): void {
  const records = (JSON.parse(readFileSync(path, 'utf8')) as GsrRecord[]).filter((r) => r.text && r.event !== 'DOCUMENT');
  let triggerType = 0; let triggerAny = 0;
  let type = 0; let any = 0; let dyad = 0; let none = 0;
  const confusion = new Map<string, number>();
  const misses: string[] = [];
  for (const r of records) {
    const gold = OLD_NAMES[r.event] ?? r.event;
    // Trigger-only view: the events stage without entities and without its actor requirement.
    const bare = extractEvents(segmentOnly.analyzeDoc(r.text!, { published: '2000-01-01' }), '2000-01-01', { requireActor: false });
    if (bare[0]?.type === gold) triggerType++;
    if (bare.some((e) => e.type === gold)) triggerAny++;
    if (!full) continue;
    const record = full.analyze(r.text!, { published: '2000-01-01' });
    const first = firstEvent(record.events);
    if (!first) none++;
    if (first?.type === gold) type++;
    if (record.events.some((e) => e.type === gold)) any++;
    else confusion.set(`${gold}→${first?.type ?? 'none'}`, (confusion.get(`${gold}→${first?.type ?? 'none'}`) ?? 0) + 1);
    const ok = first?.type === gold && sameDyad(record, first, r);
    if (ok) dyad++;
    else if (verbose) misses.push(`  ${r.id}: gold ${gold} ${goldCodes(list(r.source)).join('+')}→${goldCodes(list(r.target)).join('+')}; got ${describe(record, first)}`);
  }
  const n = records.length;
  const pct = (k: number) => `${k}/${n} = ${((100 * k) / n).toFixed(1)}%`;
  const mapped = Object.entries(OLD_NAMES).map(([from, to]) => `${from}→${to}`).join(', ');
  console.log(`plover GSR (${n} sentences; older category names mapped to PLOVER's 16 by the manual's CAMEO table: ${mapped})`);
  console.log(`  events stage alone, no entities (actor requirement off): type ${pct(triggerType)}; type among any event ${pct(triggerAny)}`);
  if (!full) {
    console.log('  full pipeline: the events stage is not in the default pipeline yet (needs the entities stage)');
    return;
  }
  console.log(`  full pipeline: type ${pct(type)}; type+actor+recipient ${pct(dyad)}; type among any event ${pct(any)}; no event ${none}`);
  const top = [...confusion.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`  most frequent misses (gold→first predicted): ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const m of misses) console.log(m);
}

function firstEvent(events: Event[]): Event | undefined {
  return [...events].sort((a, b) => a.evidence[0]!.start - b.evidence[0]!.start)[0];
}

function describe(record: DossierRecord, e: Event | undefined): string {
  if (!e) return 'no event';
  const entities = new Map(record.entities.map((x) => [x.id, x]));
  return `${e.type} ${e.actors.map((a) => codeOf(entities, a)).join('+')}→${e.recipients.map((a) => codeOf(entities, a)).join('+')}`;
}

/**
 * Actors and recipients as country/IGO codes against the GSR's source and
 * target codes. Where PLOVER lists every participant as actor (meetings,
 * reciprocal "SRC/TAR" markup), the union of participants is compared.
 */
function sameDyad(record: DossierRecord, e: Event, r: GsrRecord): boolean {
  const entities = new Map(record.entities.map((x) => [x.id, x]));
  const codes = (ids: string[]) => [...new Set(ids.map((id) => codeOf(entities, id)))].sort();
  const source = goldCodes(list(r.source));
  const target = goldCodes(list(r.target));
  const actors = codes(e.actors);
  const recipients = codes(e.recipients);
  if (equal(actors, source) && equal(recipients, target)) return true;
  const reciprocal = (r.textInfo?.markup ?? '').includes('SRC/TAR') || recipients.length === 0 && e.type === 'CONSULT';
  return reciprocal && equal(codes([...e.actors, ...e.recipients]), [...new Set([...source, ...target])].sort());
}

function equal(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** CAMEO root → PLOVER type(s), from the PLOVER manual's translation table. */
const ROOT_TYPES: Record<string, string[]> = {
  '03': ['AGREE'], '04': ['CONSULT'], '05': ['SUPPORT'], '06': ['COOPERATE'], '07': ['AID'], '08': ['CONCEDE', 'RETREAT'],
  '09': ['ACCUSE'], '10': ['REQUEST'], '11': ['ACCUSE'], '12': ['REJECT'], '13': ['THREATEN'], '14': ['PROTEST'],
  '15': ['MOBILIZE'], '16': ['SANCTION'], '17': ['COERCE'], '18': ['ASSAULT'], '19': ['ASSAULT'], '20': ['ASSAULT'],
};

interface PetrSentence { id: string; roots: string[]; text: string }

function readPetr(path: string): PetrSentence[] {
  const xml = readFileSync(path, 'utf8');
  const sentences: PetrSentence[] = [];
  const re = /<Sentence\b([^>]*)\/?>([\s\S]*?)<Text>([\s\S]*?)<\/Text>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (!/evaluate="true"/.test(m[1]!)) continue;
    const id = /id="([^"]*)"/.exec(m[1]!)?.[1] ?? '?';
    const roots = [...m[2]!.matchAll(/eventcode="(\d+)"/g)].map((c) => c[1]!.slice(0, 2));
    sentences.push({ id, roots: [...new Set(roots)], text: m[3]!.replace(/\s+/g, ' ').trim() });
  }
  return sentences;
}

function scorePetr(path: string, full: Analyzer | null, verbose: boolean): void {
  const sentences = readPetr(path);
  const coded = sentences.filter((s) => s.roots.length > 0);
  const uncoded = sentences.length - coded.length;
  if (!full) {
    console.log(`petr2 (silver, ${sentences.length} sentences): needs the full pipeline; skipped`);
    return;
  }
  let rootHits = 0; let quiet = 0; let typeHits = 0; let ploverCoded = 0;
  for (const s of sentences) {
    const record = full.analyze(s.text, { published: '2000-01-01' });
    const roots = record.events.map((e) => (e.cameo ?? '').slice(0, 2));
    if (s.roots.length === 0) { if (roots.length === 0) quiet++; continue; }
    const first = firstEvent(record.events);
    const ok = first !== undefined && s.roots.includes((first.cameo ?? '').slice(0, 2));
    if (ok) rootHits++;
    else if (verbose) console.log(`  ${s.id}: gold roots ${s.roots.join(',')}; got ${roots.join(',') || 'none'}`);
    // the same in PLOVER terms: roots 01 and 02 have no PLOVER type and are left out
    const goldTypes = s.roots.map((r) => ROOT_TYPES[r]).filter((t): t is string[] => t !== undefined).flat();
    if (goldTypes.length === 0) continue;
    ploverCoded++;
    if (first && goldTypes.includes(first.type)) typeHits++;
  }
  const pct = (k: number, n: number) => `${k}/${n} = ${n ? ((100 * k) / n).toFixed(1) : '0'}%`;
  console.log(`petr2 (silver, ${sentences.length} sentences): CAMEO root of the first event ${pct(rootHits, coded.length)} of sentences with coded events; PLOVER type of those roots ${pct(typeHits, ploverCoded)} (roots 01/02, dropped by PLOVER, left out); no event where none coded ${pct(quiet, uncoded)}`);
}
