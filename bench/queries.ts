/**
 * npm run bench -- queries [N]: fills a fresh store with N synthetic records
 * (default 100,000) through putRecord, one transaction each as an ingest
 * does, then times every store query: p50/p95/max over varied parameters,
 * on the store API (no process start-up), plus store size and fill rate.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PLOVER_TYPES, type DossierRecord } from '../src/record/types.js';
import { openStore, type Store } from '../src/store/index.js';
import { buildWorld, RecordGenerator, type SyntheticWorld } from './synthetic-records.js';
import { seededRandom } from './random.js';
import { printTable } from './table.js';

const RUNS = 200;
const TARGET_P95_MS = 50;

interface QueryCase {
  name: string;
  run(store: Store, rand: () => number): unknown;
}

export function benchQueries(args: string[]): void {
  const articles = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
  const keep = args.includes('--keep');
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const path = join(dir, 'bench.db');
  const world = buildWorld();
  console.log(`store bench: ${articles.toLocaleString('en')} synthetic records into ${path}; node ${process.version}`);

  const { ids, fill } = fillStore(path, world, articles);
  const bytes = fileSize(path) + fileSize(`${path}-wal`);
  const rate = (r: { records: number; ms: number; cpuMs: number }) => r.records === 0 ? 'n/a'
    : `${Math.round(r.records / (r.ms / 1000)).toLocaleString('en')} articles/s wall, ${Math.round(r.records / (r.cpuMs / 1000)).toLocaleString('en')}/s per CPU-second`;
  printTable(['fill', 'value'], [
    ['records', `${articles.toLocaleString('en')} (${fill.words.toLocaleString('en')} words; generating them took ${(fill.generateMs / 1000).toFixed(1)} s, not counted)`],
    [`putRecords, batches of ${BATCH}`, `${fill.batched.records.toLocaleString('en')} records: ${rate(fill.batched)}`],
    ['putRecord, one transaction each', `last ${fill.single.records.toLocaleString('en')} records: ${rate(fill.single)}`],
    ['store size', `${(bytes / 1048576).toFixed(0)} MB (${Math.round(bytes / articles).toLocaleString('en')} bytes/article)`],
    ['resident memory after fill', `${Math.round(process.memoryUsage().rss / 1048576)} MB`],
    ['machine load (1 min) / cores', `${loadavg()[0]!.toFixed(1)} / ${cpus().length}`],
  ]);

  const store = openStore(path, { readonly: true });
  const rows = queryCases(world, ids).map((c) => timeQuery(store, c));
  store.close();
  console.log(`\nquery latency over ${RUNS} runs each (varied parameters), store API, warm page cache:`);
  printTable(['query', 'p50 ms', 'p95 ms', 'max ms', 'rows (avg)', `p95 < ${TARGET_P95_MS} ms`], rows);
  if (!keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`\nkept ${path}`);
}

/**
 * Fills the store: all but the last SINGLE records with putRecords in batches
 * of BATCH (what a bulk ingest should do), the last SINGLE one transaction
 * each with putRecord, to give both rates at the full store size.
 */
const BATCH = 100;
const SINGLE = 2000;

function fillStore(path: string, world: SyntheticWorld, articles: number) {
  const generator = new RecordGenerator(world);
  const store = openStore(path);
  const ids: string[] = [];
  const batched = { records: 0, ms: 0, cpuMs: 0 };
  const single = { records: 0, ms: 0, cpuMs: 0 };
  let generateMs = 0;
  let words = 0;
  const generate = (n: number) => {
    const t0 = performance.now();
    const record = generator.next(n);
    generateMs += performance.now() - t0;
    words += record.article.text.split(' ').length;
    if (n % 97 === 0) ids.push(record.article.id);
    return record;
  };
  const timed = (into: typeof batched, count: number, put: () => void) => {
    const cpu = process.cpuUsage();
    const t0 = performance.now();
    put();
    into.ms += performance.now() - t0;
    const used = process.cpuUsage(cpu);
    into.cpuMs += (used.user + used.system) / 1000;
    into.records += count;
  };
  const bulk = Math.max(0, articles - SINGLE);
  for (let n = 0; n < bulk; n += BATCH) {
    const batch: DossierRecord[] = [];
    for (let i = n; i < Math.min(bulk, n + BATCH); i++) batch.push(generate(i));
    timed(batched, batch.length, () => store.putRecords(batch));
    if ((n + BATCH) % 10_000 === 0) process.stderr.write(`  ${(n + BATCH).toLocaleString('en')} stored\n`);
  }
  for (let n = bulk; n < articles; n++) {
    const record = generate(n);
    timed(single, 1, () => store.putRecord(record, { path: `bench/${n}.txt` }));
  }
  store.close();
  return { ids, fill: { generateMs, words, batched, single } };
}

/** The queries the CLI offers, with parameters drawn as a user would: popular names often, others too. */
function queryCases(world: SyntheticWorld, ids: string[]): QueryCase[] {
  const popular = <T>(rand: () => number, xs: readonly T[]) => xs[rand() < 0.5 ? Math.floor(rand() * 10) : Math.floor(rand() * xs.length)]!;
  const person = (rand: () => number) => popular(rand, world.people).name;
  const country = (rand: () => number) => popular(rand, world.countries);
  const month = (rand: () => number) => `2023-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`;
  const phrase = (rand: () => number) => {
    const r = rand();
    if (r < 0.25) return 'pragmatic relationship';
    if (r < 0.5) return `${world.words[Math.floor(rand() * 20)]} ${world.words[Math.floor(rand() * 20)]}`; // common words
    return world.words[100 + Math.floor(rand() * 5000)]!; // a rarer word
  };
  return [
    { name: 'quotes --speaker', run: (s, r) => s.quotes({ speaker: person(r) }) },
    { name: 'quotes --speaker --about', run: (s, r) => s.quotes({ speaker: person(r), about: country(r).name }) },
    { name: 'quotes --speaker --since --until', run: (s, r) => { const m = month(r); return s.quotes({ speaker: person(r), since: m, until: m }); } },
    { name: 'quotes --about', run: (s, r) => s.quotes({ about: country(r).name }) },
    { name: 'events --between', run: (s, r) => s.events({ between: [country(r).country!, country(r).country!] }) },
    { name: 'events --between --type', run: (s, r) => s.events({ between: [country(r).country!, country(r).country!], type: PLOVER_TYPES[Math.floor(r() * PLOVER_TYPES.length)]! }) },
    { name: 'events --party --since', run: (s, r) => s.events({ party: person(r), since: month(r) }) },
    { name: 'entities --top 20', run: (s) => s.entities({ top: 20 }) },
    { name: 'entities --type PERSON --top 20', run: (s) => s.entities({ type: 'PERSON', top: 20 }) },
    { name: 'search PHRASE', run: (s, r) => s.search({ phrases: [phrase(r)] }) },
    { name: 'show ARTICLE_ID', run: (s, r) => s.article(ids[Math.floor(r() * ids.length)]!) },
    { name: 'stats', run: (s) => s.stats() },
    { name: 'digest', run: (s) => s.digest() },
  ];
}

function timeQuery(store: Store, c: QueryCase): string[] {
  const rand = seededRandom(99);
  for (let i = 0; i < 5; i++) c.run(store, rand); // warm up
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const result = c.run(store, rand);
    times.push(performance.now() - t0);
    rows += Array.isArray(result) ? result.length : result ? 1 : 0;
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return [c.name, p(0.5).toFixed(2), p(0.95).toFixed(2), times[times.length - 1]!.toFixed(2), (rows / RUNS).toFixed(1),
    p(0.95) < TARGET_P95_MS ? 'yes' : 'NO'];
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
