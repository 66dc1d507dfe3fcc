import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../src/index.js';
import type { Entity } from '../../src/record/types.js';
import type { Dataset } from '../dataset.js';

/**
 * Public NER sets in token-per-line BIO form, scored in coarse classes:
 * PER, ORG, LOC (our GPE and LOC together; gold country and location together).
 * Each sentence is analysed on its own, with its tokens joined by spaces (CrossNER
 * has no raw text) or from its "# text =" line (UNER). Two scores: exact span
 * match and any-overlap match; only our name-like mentions count (role nouns such
 * as "the president" are not names in these sets). A predicted name inside a gold
 * span of a type we do not map (CrossNER election, event, misc: "the 2005 United
 * Kingdom general election") is neither right nor wrong and is left out.
 */
type Coarse = 'PER' | 'ORG' | 'LOC';
interface Span { start: number; end: number; type: Coarse }
interface Sentence { text: string; gold: Span[]; other: Span[] }

const CROSSNER: Record<string, Coarse | undefined> = {
  person: 'PER', politician: 'PER', politicalparty: 'ORG', organisation: 'ORG', country: 'LOC', location: 'LOC',
};
const UNER: Record<string, Coarse | undefined> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC' };
const OURS: Record<string, Coarse | undefined> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC' };
const NAME_KINDS = new Set(['name', 'acronym', 'metonym', undefined]);

export function nerDataset(name: string, description: string, files: string[], format: 'crossner' | 'uner'): Dataset {
  return {
    name,
    description,
    needs: files,
    run(shared, args) {
      const analyzer = new Analyzer();
      // "-- dev" scores the development split instead (what we look at while improving).
      const chosen = args.includes('dev') ? files.map((f) => f.replace(/test/g, 'dev')) : files;
      for (const file of chosen) {
        const sentences = format === 'crossner' ? readCrossner(join(shared, file)) : readUner(join(shared, file));
        const t0 = performance.now();
        const scores = { exact: new Map<string, Counts>(), overlap: new Map<string, Counts>() };
        for (const s of sentences) {
          const predicted = mentionsOf(analyzer.analyzeDoc(s.text).entities)
            .filter((p) => !s.other.some((o) => o.start <= p.start && p.end <= o.end));
          score(predicted, s.gold, scores.exact, true);
          score(predicted, s.gold, scores.overlap, false);
        }
        console.log(`${name} ${file}: ${sentences.length} sentences, ${(performance.now() - t0).toFixed(0)} ms`);
        for (const [label, map] of Object.entries(scores)) print(label, map);
      }
    },
  };
}

interface Counts { tp: number; fp: number; fn: number }

function mentionsOf(entities: Entity[]): Span[] {
  const out: Span[] = [];
  for (const e of entities) {
    const type = OURS[e.type];
    if (!type) continue;
    for (const m of e.mentions) if (NAME_KINDS.has(m.kind)) out.push({ start: m.start, end: m.end, type });
  }
  return out;
}

function score(predicted: Span[], gold: Span[], counts: Map<string, Counts>, exact: boolean): void {
  const get = (t: string) => counts.get(t) ?? (counts.set(t, { tp: 0, fp: 0, fn: 0 }), counts.get(t)!);
  const used = new Set<number>();
  for (const p of predicted) {
    const i = gold.findIndex((g, k) => !used.has(k) && g.type === p.type
      && (exact ? g.start === p.start && g.end === p.end : g.start < p.end && p.start < g.end));
    if (i >= 0) { used.add(i); get(p.type).tp++; } else get(p.type).fp++;
  }
  gold.forEach((g, k) => { if (!used.has(k)) get(g.type).fn++; });
}

function print(label: string, counts: Map<string, Counts>): void {
  const all = { tp: 0, fp: 0, fn: 0 };
  const parts: string[] = [];
  for (const t of ['PER', 'ORG', 'LOC']) {
    const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    all.tp += c.tp; all.fp += c.fp; all.fn += c.fn;
    parts.push(`${t} ${prf(c)}`);
  }
  console.log(`  ${label.padEnd(8)} ${parts.join('  ')}  all ${prf(all)}`);
}

function prf(c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${p.toFixed(2)} R ${r.toFixed(2)} F ${f.toFixed(2)}`;
}

function readCrossner(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let tokens: [string, string][] = [];
  const flush = () => {
    if (tokens.length) sentences.push(fromTokens(tokens.map((t) => t[0]), tokens.map((t) => t[1]), null, CROSSNER));
    tokens = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) { flush(); continue; }
    const [word, tag] = line.split('\t');
    tokens.push([word ?? '', tag ?? 'O']);
  }
  flush();
  return sentences;
}

function readUner(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let text: string | null = null;
  let words: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (words.length) sentences.push(fromTokens(words, tags, text, UNER));
    words = []; tags = []; text = null;
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith('# text = ')) { text = line.slice(9); continue; }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    words.push(cols[1] ?? '');
    tags.push(cols[2] ?? 'O');
  }
  flush();
  return sentences;
}

/** Offsets of each token in `raw` (or in the tokens joined by spaces), then BIO → spans. */
function fromTokens(words: string[], tags: string[], raw: string | null, map: Record<string, Coarse | undefined>): Sentence {
  const text = raw ?? words.join(' ');
  const starts: number[] = [];
  let cursor = 0;
  for (const w of words) {
    const at = text.indexOf(w, cursor);
    const start = at >= 0 ? at : cursor;
    starts.push(start);
    cursor = start + (at >= 0 ? w.length : 0);
  }
  const gold: Span[] = [];
  const other: Span[] = [];
  let open: (Span & { mapped: boolean }) | null = null;
  const close = () => { if (open) (open.mapped ? gold : other).push({ start: open.start, end: open.end, type: open.type }); open = null; };
  tags.forEach((tag, i) => {
    const [bio, label] = tag.split('-') as [string, string | undefined];
    const end = starts[i]! + words[i]!.length;
    if (bio === 'I' && open) { open.end = end; return; }
    close();
    if ((bio === 'B' || bio === 'I') && label) {
      const type = map[label];
      open = { start: starts[i]!, end, type: type ?? 'ORG', mapped: type !== undefined };
    }
  });
  close();
  return { text, gold, other };
}
