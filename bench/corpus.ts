/**
 * A synthetic news corpus for benchmarks, written by this project (no third-party
 * text): reports with quotes over paragraphs, titles, figures and dates, in the
 * proportions of real wire copy. Deterministic for a given seed.
 */
import { seededRandom } from './random.js';

const FIRST = ['Amara', 'Tom', 'Lucia', 'Henrik', 'Grace', 'Omar', 'Priya', 'Daniel', 'Sofia', 'Kwame', 'Ingrid', 'Mateo'];
const LAST = ['Okafor', 'Rees', 'Lindqvist', 'Patel', 'Moreau', 'Haddad', 'Novak', 'Brennan', 'Castillo', 'Mensah', 'Yamada', 'Fischer'];
const TITLES = ['Sir', 'Dr', 'Mr', 'Ms', 'Senator', 'Minister', 'President', 'Chancellor'];
const ROLES = ['the foreign minister', 'the opposition leader', 'a Treasury spokesman', 'the mayor', 'the party chairman', 'the defence secretary'];
const PLACES = ['France', 'Germany', 'Brazil', 'Japan', 'Canada', 'India', 'Kenya', 'Mexico', 'Turkey', 'Poland', 'Nigeria', 'Australia'];
const ORGS = ['the United Nations', 'the World Bank', 'the European Commission', 'the Labour Party', 'the Federal Reserve', 'Nato', 'the IMF'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'claimed', 'argued'];
const DAYS = ['on Monday', 'on Tuesday', 'last week', 'in March', 'last year', 'next month', 'over the weekend', 'in 2019'];
const TOPICS = ['trade', 'energy prices', 'the border dispute', 'migration', 'climate policy', 'interest rates', 'the peace talks'];

export function generateCorpus(articles: number, seed = 42): string[] {
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const out: string[] = [];
  for (let a = 0; a < articles; a++) {
    const lead = `${pick(TITLES)} ${person()}`;
    const paragraphs: string[] = [
      `${lead} will meet leaders from ${pick(PLACES)} and ${pick(PLACES)} ${pick(DAYS)} to discuss ${pick(TOPICS)}, officials ${pick(VERBS)}.`,
      `The talks come after ${pick(ORGS)} warned that ${pick(TOPICS)} could cost ${pick(PLACES)} up to $${1 + Math.floor(rand() * 90)}bn, or ${(rand() * 9).toFixed(1)}% of its economy.`,
    ];
    const body = 6 + Math.floor(rand() * 10);
    for (let p = 0; p < body; p++) paragraphs.push(paragraph(rand, pick, person));
    out.push(paragraphs.join('\n\n'));
  }
  return out;
}

function paragraph(rand: () => number, pick: <T>(xs: readonly T[]) => T, person: () => string): string {
  switch (Math.floor(rand() * 5)) {
    case 0:
      return `“We have made progress on ${pick(TOPICS)}, but there is more to do. Mr. ${pick(LAST)} and I agree on that,” ${pick(ROLES)} ${pick(VERBS)}.`;
    case 1:
      return `${person()}, who chairs the committee, ${pick(VERBS)}: “Nobody in ${pick(PLACES)} wants this to drag on into the new year.`;
    case 2:
      return `Exports to ${pick(PLACES)} rose from £${1 + Math.floor(rand() * 40)}billion in 2016 to £${41 + Math.floor(rand() * 40)}billion ${pick(DAYS)}, according to ${pick(ORGS)}.`;
    case 3:
      return `Critics accused ${pick(PLACES)} of undermining ${pick(ORGS)} ${pick(DAYS)}, and the U.S. embassy in ${pick(PLACES)} said it was watching closely.`;
    default:
      return `Dr. ${pick(LAST)} ${pick(VERBS)} the government had ${['no plans', 'every intention', 'a duty'][Math.floor(rand() * 3)]} to act on ${pick(TOPICS)} before Sept. 11, when ${pick(ROLES)} is due to visit No 10.`;
  }
}
