/**
 * npm run bench -- quotes [N]: the quotes stage alone, on documents already
 * segmented and with entities, in CPU time (process.cpuUsage), best of 8
 * rounds, beside the segmenter on the same text. CPU time rather than wall
 * time, so a busy machine disturbs the figure less.
 */
import '../src/stages/index.js';
import { loadKnowledgeBase } from '../src/kb/load.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { countWords } from '../src/doc/tokens.js';
import { findQuotes } from '../src/stages/quotes/index.js';
import { generateCorpus } from './corpus.js';
import { cpuMs } from './cpu-time.js';
import { printTable } from './table.js';

export function benchQuotes(args: string[]): void {
  const articles = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
  const corpus = generateCorpus(articles);
  const kb = loadKnowledgeBase();
  const before = createPipeline({ stages: ['segment', 'entities'] });
  const segment = createPipeline({ stages: ['segment'] });
  const docs = corpus.map((text) => before.run(text, {}, { kb }));
  const entities = docs.map((d) => d.entities.slice());
  const words = docs.reduce((n, d) => n + countWords(d.tokens), 0);
  let quotesMs = Infinity;
  let segmentMs = Infinity;
  let quotes = 0;
  for (let round = 0; round < 8; round++) {
    docs.forEach((d, i) => { d.entities = entities[i]!.slice(); }); // the stage adds entities for unnamed speakers
    quotesMs = Math.min(quotesMs, cpuMs(() => { quotes = 0; for (const d of docs) quotes += findQuotes(d).length; }));
    segmentMs = Math.min(segmentMs, cpuMs(() => { for (const text of corpus) segment.run(text, {}, { kb }); }));
  }
  console.log(`corpus: ${articles} generated reports, ${words.toLocaleString('en')} words, ${quotes.toLocaleString('en')} quotes; CPU time, best of 8`);
  const rate = (ms: number) => Math.round(words / (ms / 1000)).toLocaleString('en');
  printTable(['what', 'cpu time', 'words/s'], [
    ['stage quotes (alone)', `${quotesMs.toFixed(0)} ms`, rate(quotesMs)],
    ['stage segment (reference)', `${segmentMs.toFixed(0)} ms`, rate(segmentMs)],
  ]);
}
