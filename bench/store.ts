/**
 * npm run bench -- store [N] [--statements] [--news]: the store's writing
 * alone. N generated reports (wire briefs; news-length ones with --news, see
 * bench/corpus.ts) are analysed and planned first (not timed), then written
 * into a new store as ingest writes them (64 records a batch, a commit every
 * 512) and checkpointed at the end. Prints the CPU time per article of each
 * part, best of 3 rounds; --statements adds each SQL statement's share
 * (timing every call costs some time itself).
 */
import type Database from 'better-sqlite3';
import { rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer } from '../src/analyze.js';
import { openDatabase } from '../src/store/open.js';
import { planRecord, type RecordPlan } from '../src/store/plan.js';
import { RecordWriter } from '../src/store/writer.js';
import { generateCorpus } from './corpus.js';
import { cpuMs } from './cpu-time.js';
import { printTable } from './table.js';

const BATCH = 64;
const COMMIT_EVERY = 512;
const ROUNDS = 3;

interface Round {
  write: number;
  commit: number;
  checkpoint: number;
  bytes: number;
  statements: Map<string, { ms: number; calls: number }>;
}

export function benchStore(args: string[]): void {
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 3000);
  const perStatement = args.includes('--statements');
  const length = args.includes('--news') ? 'news' : 'brief';
  const analyzer = new Analyzer();
  const plans = generateCorpus(n, 99, 'varied', length).map((text, i) => planRecord(analyzer.analyze(`LONDON, item ${i + 1} - ${text}`, { published: '2025-03-01' })));
  const rounds = Array.from({ length: ROUNDS }, () => writeAll(plans, perStatement));
  const best = rounds.reduce((a, b) => (a.write + a.commit + a.checkpoint <= b.write + b.commit + b.checkpoint ? a : b));
  const per = (ms: number) => `${((ms / n) * 1000).toFixed(0)} µs`;
  console.log(`store: ${n.toLocaleString('en')} planned records (${length === 'news' ? 'news-length reports' : 'wire briefs'}) written into a new store; CPU time per article, best of ${ROUNDS}; ${(best.bytes / n / 1024).toFixed(1)} KB of store per article`);
  printTable(['what', 'per article'], [
    ['writing the rows (64 a batch)', per(best.write)],
    ['summed updates and commits (every 512)', per(best.commit)],
    ['final checkpoint', per(best.checkpoint)],
    ['total', per(best.write + best.commit + best.checkpoint)],
  ]);
  if (!perStatement) return;
  console.log('');
  const rows = [...best.statements].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)
    .map(([sql, s]) => [sql, per(s.ms), (s.calls / n).toFixed(1)]);
  printTable(['statement', 'per article', 'calls per article'], rows);
}

function writeAll(plans: RecordPlan[], perStatement: boolean): Round {
  const path = join(tmpdir(), `dossier-bench-store-${process.pid}.db`);
  remove(path);
  const db = openDatabase(path, false);
  const statements = new Map<string, { ms: number; calls: number }>();
  if (perStatement) timeStatements(db, statements);
  const writer = new RecordWriter(db);
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const round: Round = { write: 0, commit: 0, checkpoint: 0, bytes: 0, statements };
  for (let i = 0; i < plans.length; i += BATCH) {
    round.write += cpuMs(() => {
      if (!db.inTransaction) begin.run();
      writer.begin();
      for (const plan of plans.slice(i, i + BATCH)) writer.write(plan);
    });
    if ((i + BATCH) % COMMIT_EVERY === 0 || i + BATCH >= plans.length) {
      round.commit += cpuMs(() => {
        writer.flush();
        commit.run();
      });
    }
  }
  round.checkpoint = cpuMs(() => db.pragma('wal_checkpoint(TRUNCATE)'));
  round.bytes = statSync(path).size;
  db.close();
  remove(path);
  return round;
}

/** Wraps every statement the writer prepares so its calls are timed. */
function timeStatements(db: Database.Database, into: Map<string, { ms: number; calls: number }>): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const key = sql.replace(/\s+/g, ' ').slice(0, 64);
    for (const method of ['run', 'get', 'all'] as const) {
      const call = statement[method].bind(statement) as (...a: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...a: unknown[]) => {
        const start = performance.now();
        try {
          return call(...a);
        } finally {
          const s = into.get(key) ?? { ms: 0, calls: 0 };
          s.ms += performance.now() - start;
          s.calls++;
          into.set(key, s);
        }
      };
    }
    return statement;
  }) as typeof db.prepare;
}

function remove(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}
