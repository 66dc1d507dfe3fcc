import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/index.js';
import { tokenize } from '../../src/doc/tokens.js';
import type { Quote } from '../../src/record/types.js';
import type { Dataset } from '../dataset.js';
import { parseBrat, ROLES, type RoleSpans } from '../polnear/brat.js';
import { addArticle, emptyTally, prf } from '../polnear/score.js';

/**
 * PolNeAR (Newell et al. 2018), scored at article level: every Source, Cue and
 * Content span in an article against every one dossier finds there. Where an
 * article has several annotators' files, the first (by name) is the gold.
 * Flags: --limit N (first N articles), --errors N (print N articles' misses).
 */
export function polnearDataset(split: 'dev' | 'train'): Dataset {
  return {
    name: `polnear-${split}`,
    description: `PolNeAR ${split}: quote source/cue/content P/R/F1, exact and token overlap`,
    needs: [`data/polnear/${split}`, 'data/polnear/metadata.tsv'],
    run(shared, args) {
      const dir = join(shared, 'data/polnear', split);
      const dates = readDates(join(shared, 'data/polnear/metadata.tsv'));
      const limit = numberFlag(args, '--limit') ?? Infinity;
      let errors = numberFlag(args, '--errors') ?? 0;
      const analyzer = new Analyzer();
      const tally = emptyTally();
      let articles = 0;
      let quotes = 0;
      const t0 = performance.now();
      for (const [name, annFile] of goldFiles(join(dir, 'attributions'))) {
        if (articles >= limit) break;
        const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
        const gold = parseBrat(readFileSync(join(dir, 'attributions', annFile), 'utf8'));
        const published = dates.get(name);
        const record = analyzer.analyze(text, published ? { published } : {});
        const predicted = spansOf(record.quotes);
        addArticle(tally, text, tokenize(text), gold, predicted);
        if (errors-- > 0) printErrors(name, text, gold, predicted);
        articles++;
        quotes += record.quotes.length;
      }
      const seconds = (performance.now() - t0) / 1000;
      console.log(`polnear-${split}: ${articles} articles, ${quotes} quotes found, ${seconds.toFixed(1)} s`);
      console.log('role      exact P / R / F1        token-overlap P / R / F1');
      for (const role of ROLES) {
        const c = tally[role];
        const e = prf(c.exactTp, c.exactPred, c.exactGold);
        const t = prf(c.tokenTp, c.tokenPred, c.tokenGold);
        console.log(`${role.padEnd(9)} ${pct(e.p)} / ${pct(e.r)} / ${pct(e.f)}    ${pct(t.p)} / ${pct(t.r)} / ${pct(t.f)}   (gold spans ${c.exactGold}, predicted ${c.exactPred})`);
      }
    },
  };
}

function spansOf(quotes: Quote[]): RoleSpans {
  return {
    Source: quotes.flatMap((q) => (q.source ? [q.source] : [])),
    Cue: quotes.flatMap((q) => (q.cue ? [q.cue] : [])),
    Content: quotes.flatMap((q) => q.content),
  };
}

/** Article name → its first annotation file: `<article>_<annotator>.ann`. */
function goldFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ann')).sort()) {
    const name = file.slice(0, file.lastIndexOf('_'));
    if (!files.has(name)) files.set(name, file);
  }
  return files;
}

function readDates(path: string): Map<string, string> {
  const dates = new Map<string, string>();
  const [header, ...rows] = readFileSync(path, 'utf8').split('\n');
  const cols = (header ?? '').split('\t');
  const nameCol = cols.indexOf('filename');
  const dateCol = cols.indexOf('publication_date');
  for (const row of rows) {
    const cells = row.split('\t');
    const date = cells[dateCol];
    if (cells[nameCol] && date && /^\d{4}-\d{2}-\d{2}$/.test(date)) dates.set(cells[nameCol]!, date);
  }
  return dates;
}

function printErrors(name: string, text: string, gold: RoleSpans, predicted: RoleSpans): void {
  console.log(`\n== ${name}`);
  for (const role of ROLES) {
    const key = (s: { start: number; end: number }) => `${s.start}:${s.end}`;
    const g = new Set(gold[role].map(key));
    const p = new Set(predicted[role].map(key));
    for (const s of gold[role]) if (!p.has(key(s))) console.log(`  - ${role} ${JSON.stringify(text.slice(s.start, s.end).slice(0, 120))}`);
    for (const s of predicted[role]) if (!g.has(key(s))) console.log(`  + ${role} ${JSON.stringify(text.slice(s.start, s.end).slice(0, 120))}`);
  }
}

function numberFlag(args: string[], flag: string): number | undefined {
  const i = args.indexOf(flag);
  const n = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
