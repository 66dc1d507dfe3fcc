import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { writeMixedCorpus } from '../../bench/mixed-files.js';
import { spawnIngest, storedCount } from './cli-child.js';

/**
 * The crash test of issue 6: SIGKILL `dossier ingest` at random points, at
 * least ten times, resume each time, and the store must equal a clean run's.
 */
const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
const news = join(dir, 'news');
const corpus = writeMixedCorpus(news, {
  text: 140, html: 24, feedItems: 4, jsonlFiles: 2, linesPerJsonl: 10, warcFiles: 2, pagesPerWarc: 3, brokenEach: 1, badJsonlLine: true,
}, 11);

function startIngest(db: string, jobs = 2) {
  // Small commits, so kills land between and inside them, and each kill lets only a few articles
  // through: the corpus must outlast at least ten kills however fast the machine writes.
  return spawnIngest([news, '--db', db, '--jobs', String(jobs), '--commit-every', '4']);
}

/** Everything that must not depend on how often the ingest was interrupted. */
function snapshot(db: string) {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const tables = (conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    const counts = Object.fromEntries(tables.map((t) => [t, (conn.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
    const articles = conn.prepare('SELECT id, url, title, published, source, origin, text, layers FROM articles ORDER BY id').all();
    const entities = conn.prepare('SELECT name, type, country, wikidata, kb_id, article_count, mention_count, quote_count FROM entities ORDER BY type, norm_name, name, article_count').all();
    const duplicates = (conn.prepare('SELECT count(*) - count(DISTINCT id) AS n FROM articles').get() as { n: number }).n;
    const fts = (conn.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'dispatch'").get() as { n: number }).n;
    return { counts, articles, entities, duplicates, fts };
  } finally {
    conn.close();
  }
}

/** Seeded, so a failure can be replayed; the seed is in the test name. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = Number(process.env.DOSSIER_CRASH_SEED ?? Date.now() % 100000);

test(`SIGKILL ingest at random points (≥10 times), resume: same store as a clean run (seed ${seed})`, { timeout: 120_000 }, async (t) => {
  const cleanDb = join(dir, 'clean.db');
  const clean = await startIngest(cleanDb).done;
  assert.equal(clean.code, 1, `bad files make the exit code 1\n${clean.stderr}`);
  const expected = snapshot(cleanDb);
  assert.equal(expected.counts.articles, corpus.articles);
  assert.equal(clean.stderr.split('\n').filter((l) => l.startsWith(news)).length, corpus.bad.length);

  const rand = random(seed);
  const db = join(dir, 'crashed.db');
  const kills: number[] = [];
  for (let attempt = 0; kills.length < 12 && attempt < 40; attempt++) {
    const before = storedCount(db);
    const remaining = corpus.articles - before;
    if (remaining < 5) break;
    // One or two workers: the store must not depend on the parallelism either (and one starts faster).
    const run = startIngest(db, 1 + (attempt % 2));
    // Two kinds of random point: during start-up (reading, before writes), and after a random
    // number of further articles is stored. Steps are sized so that the kills still to come fit
    // in half of what is left: ten kills must not depend on how fast the machine writes.
    const step = 1 + Math.floor(rand() * Math.max(1, Math.floor(remaining / (2 * (12 - kills.length)))));
    const target = kills.length % 4 === 0 ? 0 : before + step;
    const exited = await Promise.race([run.done.then(() => true), waitFor(() => storedCount(db) >= target, target === 0 ? 100 + rand() * 600 : 0).then(() => false)]);
    if (exited) continue;
    await sleep(rand() * 15);
    run.child.kill('SIGKILL');
    const result = await run.done;
    if (result.signal === 'SIGKILL') kills.push(storedCount(db));
  }
  t.diagnostic(`articles stored when each kill landed: ${kills.join(', ')} of ${corpus.articles}`);
  assert.ok(kills.length >= 10, `killed ${kills.length} times (stored counts at each kill: ${kills.join(', ')})`);
  assert.ok(kills.some((n, i) => i > 0 && n > kills[i - 1]!), 'kills landed while articles were being written');

  const final = await startIngest(db).done;
  assert.equal(final.code, 1);
  const actual = snapshot(db);
  assert.equal(actual.duplicates, 0);
  assert.deepEqual(actual.counts, expected.counts);
  assert.equal(actual.fts, expected.fts);
  assert.deepEqual(actual.entities, expected.entities);
  assert.deepEqual(actual.articles, expected.articles);
});

async function waitFor(check: () => boolean, minMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < minMs || !check()) await sleep(10);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
