/**
 * Words per second of the whole pipeline and of each stage, on one core, with
 * wink-nlp's tokenizer timed on the same text in the same run as a reference.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { Analyzer } from '../src/analyze.js';
import { countWords, tokenize } from '../src/doc/tokens.js';
import type { Stage } from '../src/pipeline/stage.js';
import { generateCorpus } from './corpus.js';
import { printTable } from './table.js';

export function benchPipeline(args: string[]): void {
  const articles = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
  const corpus = generateCorpus(articles);
  const words = corpus.reduce((n, t) => n + countWords(tokenize(t)), 0);
  const chars = corpus.reduce((n, t) => n + t.length, 0);
  console.log(`corpus: ${articles} generated reports, ${words.toLocaleString('en')} words, ${(chars / 1e6).toFixed(1)}M chars; node ${process.version}, one core`);

  const stageTimes = new Map<string, number>();
  const analyzer = new Analyzer();
  const timed = analyzer.pipeline.stages.map((s) => timeStage(s, stageTimes));
  const timedAnalyzer = new Analyzer({ stages: timed });
  for (const text of corpus.slice(0, 50)) timedAnalyzer.analyze(text); // warm up the JIT
  stageTimes.clear();

  const rows: string[][] = [];
  const pipelineMs = best(3, () => { for (const text of corpus) timedAnalyzer.analyze(text); }, () => stageTimes.clear());
  rows.push(['dossier pipeline (analyze → record)', ms(pipelineMs), rate(words, pipelineMs)]);
  for (const [name, total] of stageTimes) rows.push([`  stage ${name}`, ms(total), rate(words, total)]);

  const tokenizeMs = best(3, () => { for (const text of corpus) tokenize(text); });
  rows.push(['dossier tokenizer', ms(tokenizeMs), rate(words, tokenizeMs)]);
  const nlp = winkNLP(model, []);
  const winkMs = best(3, () => { for (const text of corpus) nlp.readDoc(text); });
  rows.push(['wink-nlp tokenizer (reference)', ms(winkMs), rate(words, winkMs)]);
  printTable(['what', 'time', 'words/s'], rows);
  console.log(`\npipeline / wink tokenizer: ${(winkMs / pipelineMs).toFixed(2)}x; dossier tokenizer / wink tokenizer: ${(winkMs / tokenizeMs).toFixed(2)}x`);
}

/** Wraps a stage so its run time accumulates in `times` (cleared between rounds). */
function timeStage(stage: Stage, times: Map<string, number>): Stage {
  return {
    ...stage,
    run(doc, ctx) {
      const t0 = performance.now();
      stage.run(doc, ctx);
      times.set(stage.name, (times.get(stage.name) ?? 0) + performance.now() - t0);
    },
  };
}

/** Best of n rounds: the least disturbed by the rest of the machine. */
function best(n: number, fn: () => void, reset?: () => void): number {
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    reset?.();
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

const ms = (t: number) => `${t.toFixed(0)} ms`;
const rate = (words: number, t: number) => `${Math.round(words / (t / 1000)).toLocaleString('en')}`;
