import { holderOn } from '../../kb/load.js';
import type { RoleSpec } from './candidates.js';
import { nearestCluster, type Cluster, type EntityIndex } from './cluster.js';
import { leaderOffices } from './lexicon.js';

/**
 * Who a role noun means at offset `at`. In order:
 *  1. someone in the text who holds that office (by the KB on the date, or by a title in the text);
 *  2. the KB's holder on the publication date, if the text names them;
 *  3. for leader offices of a named country ("the Chinese premier"), that country's leader the text names;
 *  4. the KB's holder, brought in as a new entity.
 * "The government" resolves to a government entity of the country the text is about.
 */
export function resolveRole(index: EntityIndex, spec: RoleSpec, at: number, create = true): Cluster | null {
  if (spec.government) return government(index, spec.country ?? homeCountry(index), create);
  const office = spec.office === 'leader' && spec.party ? 'party leader' : spec.office;
  const of = office === 'party leader' ? spec.party : spec.country;
  const holders = index.officeHolders.filter((c) => holds(c, office, of, spec));
  const inText = nearestCluster(holders, at);
  if (inText) return inText;
  const jurisdiction = of ?? (isNational(office) ? homeCountry(index) ?? onlyJurisdiction(index, office) : undefined);
  const kbHolder = jurisdiction ? holderOn(index.kb, office, jurisdiction, index.date) : null;
  if (kbHolder) {
    const named = index.findByKb(kbHolder);
    if (named) return named;
  }
  // (Not for a party's leader: "the leader of the Liberal Democrats" is no leader of the UK named nearby.)
  if ((leaderOffices.has(office) || office === 'leader') && spec.country && !spec.party) {
    const leaders = index.officeHolders.filter((c) => c.country === spec.country && [...c.offices].some((o) => leaderOffices.has(o)));
    const leader = nearestCluster(leaders, at);
    if (leader) return leader;
  }
  if (create && kbHolder && (of || isNational(office))) {
    const entry = index.kb.entries.get(kbHolder);
    if (entry) return index.fromKb(entry);
  }
  return null;
}

function holds(c: Cluster, office: string, of: string | undefined, spec: RoleSpec): boolean {
  if (office === 'leader') {
    const any = [...c.offices].some((o) => leaderOffices.has(o));
    return any && (!spec.country || c.country === spec.country);
  }
  if (!c.offices.has(office) && !(office === 'minister' && [...c.offices].some(isMinisterial))) return false;
  if (!of) return true;
  const where = c.officeOf.get(office);
  return where ? where.has(of) : c.country === of;
}

/** "The minister" may be any member of a government: a secretary of state, the Chancellor, a minister of anything. */
function isMinisterial(office: string): boolean {
  return office.endsWith('minister') || office.endsWith('secretary') || office === 'chancellor';
}

/** "The Home Secretary" with no country in sight: the KB knows the office in one country only. */
function onlyJurisdiction(index: EntityIndex, office: string): string | undefined {
  const set = index.kb.officeJurisdictions.get(office);
  return set && set.size === 1 ? [...set][0] : undefined;
}

/** Offices every country has one of, so "the Prime Minister" alone means the home country's. */
function isNational(office: string): boolean {
  return office === 'prime minister' || office === 'president' || office === 'chancellor' || office === 'premier'
    || office.endsWith('secretary') || office === 'king' || office === 'queen' || office === 'vice president';
}

/**
 * The country the report is written from or about: the one whose government
 * it names by metonym (Downing Street), else the country its office-holders
 * (three times), countries and organisations are mentioned most.
 */
export function homeCountry(index: EntityIndex): string | undefined {
  if (index.home === null) index.home = countHomeCountry(index);
  return index.home;
}

function countHomeCountry(index: EntityIndex): string | undefined {
  const gov = index.clusters.find((c) => c.kbId?.startsWith('gov:') && c.mentions.length > 0);
  if (gov?.country) return gov.country;
  const counts = new Map<string, number>();
  for (const c of index.clusters) {
    if (!c.country) continue;
    const weight = c.type === 'PERSON' && c.offices.size > 0 ? 3 * c.mentions.length : c.kbId?.startsWith('country:') || c.type === 'ORG' ? c.mentions.length : 0;
    counts.set(c.country, (counts.get(c.country) ?? 0) + weight);
  }
  let best: string | undefined;
  let bestCount = 0;
  for (const [country, n] of counts) if (n > bestCount) { best = country; bestCount = n; }
  return best;
}

function government(index: EntityIndex, country: string | undefined, create: boolean): Cluster | null {
  if (!country) return null;
  const id = `gov:${country}`;
  const found = index.findByKb(id) ?? index.clusters.find((c) => c.sector === 'GOV' && c.type === 'ORG' && c.country === country && !c.kbId);
  if (found || !create) return found ?? null;
  const entry = index.kb.entries.get(id);
  if (entry) return index.fromKb(entry);
  const countryEntry = index.kb.entries.get(`country:${country}`);
  const cl = index.newCluster('ORG', `${countryEntry?.name ?? country} Government`, []);
  cl.country = country;
  cl.sector = 'GOV';
  return cl;
}
