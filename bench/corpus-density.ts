/**
 * npm run bench -- corpus [N]: how much the bench's generated reports give
 * the store to write, against real news. Both are run through dossier's own
 * analysis, and the table gives, per thousand words, what the writer's cost
 * follows: quotes (and their fingerprints), figures, dates, events,
 * entities, mentions and the bytes of stored layers. Real news is N articles
 * of PolNeAR's training split in ../shared (read here, never copied), when
 * it is there; the generated reports are N 'news' reports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/shared.js';
import { Analyzer } from '../src/index.js';
import { planRecord } from '../src/store/plan.js';
import { generateCorpus } from './corpus.js';
import { printTable } from './table.js';

const DEFAULT_ARTICLES = 800;

interface Density {
  articles: number;
  words: number;
  counts: Map<string, number>;
}

const MEASURES: [label: string, per: 'words' | 'quote', count: (plan: ReturnType<typeof planRecord>) => number][] = [
  ['quotes', 'words', (p) => p.quotes.length],
  ['fingerprints per quote', 'quote', (p) => p.quotes.reduce((n, [,,,,, prints]) => n + prints.length, 0)],
  ['figures', 'words', (p) => p.amounts.length],
  ['dates', 'words', (p) => p.times.length],
  ['events', 'words', (p) => p.events.length],
  ['entities', 'words', (p) => p.entities.length],
  ['mentions', 'words', (p) => p.entities.reduce((n, [,,,,,,,,, kinds]) => n + kinds.length, 0)],
  ['layers, KB', 'words', (p) => p.article.layers.length / 1024],
];

export function benchCorpusDensity(args: string[]): void {
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? DEFAULT_ARTICLES);
  const columns: [string, Density][] = [['bench news reports', measure(generateCorpus(n, 42, 'varied', 'news'))]];
  const shared = sharedDir();
  const polnear = shared && join(shared, 'data/polnear/train/text');
  if (polnear && existsSync(polnear)) {
    columns.push(['PolNeAR train', measure(readdirSync(polnear).sort().slice(0, n).map((f) => readFileSync(join(polnear, f), 'utf8')))]);
  } else console.log(`(no PolNeAR training texts under ${shared ?? '../shared'}: generated reports only)`);
  const per = (d: Density, label: string, unit: 'words' | 'quote') =>
    (unit === 'words' ? (1000 * d.counts.get(label)!) / d.words : d.counts.get(label)! / d.counts.get('quotes')!).toFixed(1);
  console.log(`corpus: per thousand words (fingerprints: per quote), each column ${n} articles analysed by dossier`);
  printTable(['', ...columns.map(([name]) => name)], [
    ['words per article', ...columns.map(([, d]) => String(Math.round(d.words / d.articles)))],
    ...MEASURES.map(([label, unit]) => [label, ...columns.map(([, d]) => per(d, label, unit))]),
  ]);
}

function measure(texts: string[]): Density {
  const counts = new Map<string, number>(MEASURES.map(([label]) => [label, 0]));
  const analyzer = new Analyzer();
  let words = 0;
  for (const text of texts) {
    const plan = planRecord(analyzer.analyze(text));
    words += plan.article.words;
    for (const [label, , count] of MEASURES) counts.set(label, counts.get(label)! + count(plan));
  }
  return { articles: texts.length, words, counts };
}
