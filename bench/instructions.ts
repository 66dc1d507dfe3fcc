/**
 * npm run bench -- instructions [N]: machine instructions per news-length
 * report, counted by valgrind (cachegrind), for analysis (with planning the
 * store rows) of N generated reports (default 100) and for the store's
 * writing of 10N (enough commits that opening the store and preparing its
 * statements are a small share).
 *
 * Time on this machine swings by up to 2x within a day for the same build,
 * and the ingest bench's rows swing with it; a count of instructions does
 * not: two runs of one build agree to about half a percent. It is what a
 * change of code changes, where CPU time also measures the neighbours. It
 * leaves out what instructions do not show (cache misses, memory stalls),
 * so the ingest bench stays the measure of articles/s.
 *
 * Each count is the difference of two runs of bench/instructions-child.mjs
 * on the compiled build, each under `node --single-threaded` (V8 compiles
 * and collects on the main thread, so every run does the same work):
 * analysis passes 1, 2 and 3 over the reports less passes 0, 1 and 2 (the
 * first pass carries V8's compiling of the hot code, the third is steady),
 * and writing the plans into a new store less loading them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer } from '../src/analyze.js';
import { planRecord } from '../src/store/plan.js';
import { buildDist } from './build.js';
import { generateCorpus } from './corpus.js';
import { printTable } from './table.js';

/** Writing costs about a third of analysing: ten times the reports take about as long to count. */
const WRITTEN_PER_ANALYSED = 10;
const CHILD = new URL('./instructions-child.mjs', import.meta.url).pathname;

export async function benchInstructions(args: string[]): Promise<void> {
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 100);
  if (spawnSync('valgrind', ['--version']).status !== 0) {
    console.error('bench instructions: needs valgrind (Debian: apt-get install valgrind)');
    process.exitCode = 2;
    return;
  }
  buildDist();
  const root = mkdtempSync(join(tmpdir(), 'dossier-bench-instructions-'));
  try {
    const texts = generateCorpus(WRITTEN_PER_ANALYSED * n, 99, 'varied', 'news');
    const analyzer = new Analyzer();
    const textsFile = join(root, 'texts.json');
    const plansFile = join(root, 'plans.json');
    writeFileSync(textsFile, JSON.stringify(texts.slice(0, n)));
    writeFileSync(plansFile, JSON.stringify(texts.map((t) => planRecord(analyzer.analyze(t, { published: '2025-03-01' })))));
    const runs = [
      ['analyse', textsFile, '0'], ['analyse', textsFile, '1'], ['analyse', textsFile, '2'], ['analyse', textsFile, '3'],
      ['write', plansFile, '-'], ['write', plansFile, join(root, 'store.db')],
    ];
    const t0 = performance.now();
    const counts = await inParallel(runs.map((r) => () => instructions(r)), availableParallelism());
    const [a0, a1, a2, a3, w0, w1] = counts as [number, number, number, number, number, number];
    const per = (x: number, reports = n) => `${(x / reports / 1e6).toFixed(2)} M`;
    const written = WRITTEN_PER_ANALYSED * n;
    console.log(`instructions per news-length report (${n} generated reports analysed, ${written} written; counted by valgrind in ${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    printTable(['what', 'instructions per report'], [
      ['analysis and planning, first pass (with V8 compiling)', per(a1 - a0)],
      ['analysis and planning, second pass', per(a2 - a1)],
      ['analysis and planning, third pass (steady)', per(a3 - a2)],
      ['store writing (64 a batch, a commit every 512)', per(w1 - w0, written)],
      ['steady analysis and writing', `${((a3 - a2) / n / 1e6 + (w1 - w0) / written / 1e6).toFixed(2)} M`],
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Instructions one child run executes (all threads), from cachegrind's summary. */
function instructions(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
      process.execPath, '--single-threaded', CHILD, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => {
      const m = /I\s+refs:\s+([\d,]+)/.exec(err);
      if (code === 0 && m) resolve(Number(m[1]!.replace(/,/g, '')));
      else reject(new Error(`bench instructions: ${args.join(' ')} failed (${code}): ${err.slice(-500)}`));
    });
  });
}

/** Runs the jobs, at most `width` at a time; results in job order. */
async function inParallel<T>(jobs: (() => Promise<T>)[], width: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, lane));
  return out;
}
