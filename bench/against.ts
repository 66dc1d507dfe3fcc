/**
 * npm run bench -- against REF [N]: this checkout's analysis and store
 * writing against commit REF's, in one process, the two interleaved report
 * by report (store writing in batches of 64 records, each side's records
 * written in turn).
 *
 * This machine's speed drifts by 20-40% within minutes, so two benches run
 * one after the other compare the machine as much as the code (the same
 * build's store writing measured 1,260-1,455 µs an article in one run and
 * 1,692-1,895 in the next). Interleaved, both sides meet the same machine.
 * Against itself (`against HEAD 1500`, two runs), analysis came out at A/B
 * 0.999-1.017 a round and store writing at 0.930-1.125, with medians of
 * 1.00-1.01 and 1.03: trust analysis to about 2%, and only the median of the
 * store rounds, to about 5% (the two sides share one heap, and a collection
 * is charged to whichever side is running). Whole batches in turn gave
 * 0.958-1.278 for the same build.
 *
 * REF is checked out (git worktree) into a temporary folder and its sources
 * are loaded beside this checkout's. Each side analyses the same generated
 * reports and writes its own plans into its own new store; the bench also
 * says whether the two sides' records and stores came out the same.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type Database from 'better-sqlite3';
import { generateCorpus } from './corpus.js';
import { cpuMs } from './cpu-time.js';
import { printTable } from './table.js';

const ROUNDS = 3;
/** Store writing is the noisier: more rounds. */
const WRITE_ROUNDS = 5;
const BATCH = 64;
const COMMIT_EVERY_BATCHES = 4;

/** What the bench uses of one side: its analyser, planner and store writer. */
interface Side {
  name: string;
  analyze(text: string): unknown;
  plan(record: unknown): unknown;
  openDatabase(path: string, readonly: boolean): Database.Database;
  writer(db: Database.Database): { begin(): void; write(plan: unknown): boolean; flush(): void };
}

export async function benchAgainst(args: string[]): Promise<void> {
  const ref = args.find((a) => !/^\d+$/.test(a));
  if (!ref) {
    console.error('bench against: name a commit to compare with, e.g. npm run bench -- against HEAD~1');
    process.exitCode = 2;
    return;
  }
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1500);
  const root = new URL('..', import.meta.url).pathname;
  const commit = git(root, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`);
  if (!commit) {
    console.error(`bench against: ${ref} is not a commit of this repository`);
    process.exitCode = 2;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-against-'));
  try {
    git(root, 'worktree', 'add', '--detach', '--force', dir, commit);
    if (!existsSync(join(dir, 'src/analyze.ts'))) {
      console.error(`bench against: could not check out ${ref} (git worktree add failed, or it has no src/analyze.ts)`);
      process.exitCode = 2;
      return;
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    const sides = [await loadSide('this checkout', root), await loadSide(`${ref} (${commit.slice(0, 7)})`, dir)] as const;
    const texts = generateCorpus(n, 99, 'varied', 'news').map((t, i) => `LONDON, item ${i + 1} - ${t}`);
    console.log(`against: ${n.toLocaleString('en')} generated news reports; ${sides[0].name} (A) against ${sides[1].name} (B); node ${process.version}, one process, the two interleaved`);
    const plans = compareAnalysis(sides, texts);
    console.log('');
    compareWriting(sides, plans);
  } finally {
    git(root, 'worktree', 'remove', '--force', dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function loadSide(name: string, dir: string): Promise<Side> {
  const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(dir, path)).href)) as T;
  const { Analyzer } = await load<{ Analyzer: new () => { analyze(text: string, options: object): unknown } }>('src/analyze.ts');
  const { planRecord } = await load<{ planRecord(record: unknown): unknown }>('src/store/plan.ts');
  const { openDatabase } = await load<{ openDatabase: Side['openDatabase'] }>('src/store/open.ts');
  const { RecordWriter } = await load<{ RecordWriter: new (db: Database.Database) => ReturnType<Side['writer']> }>('src/store/writer.ts');
  const analyzer = new Analyzer();
  return {
    name, openDatabase, plan: planRecord, writer: (db) => new RecordWriter(db),
    analyze: (text) => analyzer.analyze(text, { published: '2025-03-01' }),
  };
}

/** Analysis and planning, report by report, each side first in turn; returns each side's plans. */
function compareAnalysis(sides: readonly [Side, Side], texts: string[]): [unknown[], unknown[]] {
  for (const side of sides) for (const text of texts.slice(0, 100)) side.plan(side.analyze(text)); // warm up the JIT
  const plans: [unknown[], unknown[]] = [[], []];
  const prints = sides.map(() => createHash('sha1'));
  const rows: string[][] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const ms = [0, 0];
    texts.forEach((text, i) => {
      for (const s of i % 2 ? [1, 0] : [0, 1]) {
        const t0 = performance.now();
        const record = sides[s]!.analyze(text);
        const plan = sides[s]!.plan(record);
        ms[s]! += performance.now() - t0;
        if (round === 0) {
          prints[s]!.update(JSON.stringify(record));
          plans[s]!.push(plan);
        }
      }
    });
    rows.push(ratioRow(`analysis and planning, round ${round + 1}`, ms[0]!, ms[1]!, texts.length));
  }
  printTable(['what', 'A per article', 'B per article', 'A / B'], rows);
  const [a, b] = prints.map((p) => p.digest('hex'));
  console.log(`records: ${a === b ? 'the same on both sides' : 'they differ between the sides'}`);
  return plans;
}

/** Store writing, batch by batch, each side first in turn; each side writes its own plans into its own new store. */
function compareWriting(sides: readonly [Side, Side], plans: [unknown[], unknown[]]): void {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-against-stores-'));
  try {
    const rows: string[][] = [];
    const dumps: string[] = [];
    // Round 0 warms up the JIT and is not shown.
    for (let round = 0; round <= WRITE_ROUNDS; round++) {
      const stores = sides.map((side, s) => {
        const db = side.openDatabase(join(dir, `${round}-${s}.db`), false);
        return { db, writer: side.writer(db), ms: 0 };
      });
      const n = round === 0 ? Math.min(plans[0].length, 8 * BATCH) : plans[0].length;
      const timed = (s: number, fn: () => void) => { stores[s]!.ms += cpuMs(fn); };
      for (let i = 0, batch = 0; i < n; i += BATCH, batch++) {
        const order = batch % 2 ? [1, 0] : [0, 1];
        for (const s of order) {
          const { db, writer } = stores[s]!;
          timed(s, () => {
            if (!db.inTransaction) db.exec('BEGIN IMMEDIATE');
            writer.begin();
          });
        }
        // Record by record: a collection (the two sides share one heap) or a checkpoint falls on either side alike.
        for (let k = i; k < Math.min(n, i + BATCH); k++) {
          for (const s of k % 2 ? [1, 0] : [0, 1]) timed(s, () => stores[s]!.writer.write(plans[s]![k]));
        }
        if (batch % COMMIT_EVERY_BATCHES === COMMIT_EVERY_BATCHES - 1 || i + BATCH >= n) {
          for (const s of order) {
            const { db, writer } = stores[s]!;
            timed(s, () => {
              writer.flush();
              db.exec('COMMIT');
            });
          }
        }
      }
      if (round > 0) rows.push(ratioRow(`store writing, round ${round}`, stores[0]!.ms, stores[1]!.ms, n));
      if (round === 1) dumps.push(...stores.map((s) => dump(s.db)));
      for (const s of stores) s.db.close();
    }
    printTable(['what', 'A per article', 'B per article', 'A / B'], rows);
    console.log(`stores: ${dumps[0] === dumps[1] ? 'the same on both sides (every table, write times aside)' : 'they differ between the sides'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function ratioRow(what: string, a: number, b: number, n: number): string[] {
  return [what, `${((a / n) * 1000).toFixed(0)} µs`, `${((b / n) * 1000).toFixed(0)} µs`, (a / b).toFixed(3)];
}

/** Every row of every table, in storage order, write times left out. */
function dump(db: Database.Database): string {
  const hash = createHash('sha1');
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string; sql: string | null }[];
  for (const { name, sql } of tables) {
    const order = /WITHOUT ROWID/i.test(sql ?? '') ? '' : ' ORDER BY rowid';
    for (const row of db.prepare(`SELECT * FROM "${name}"${order}`).iterate() as Iterable<Record<string, unknown>>) {
      delete row.stored_at;
      hash.update(`${name}\t${JSON.stringify(Object.values(row), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))}\n`);
    }
  }
  return hash.digest('hex');
}

/** A git command's output, or '' when it fails. */
function git(cwd: string, ...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}
