import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { IngestProgress } from '../../src/ingest/ingest.js';
import { formatSeconds, formatSummary, ProgressBar } from '../../src/ingest/progress.js';

const root = new URL('../..', import.meta.url).pathname;
const entry = join(root, 'test/ingest/cli-entry.ts');
const examples = join(root, 'examples');
const dir = mkdtempSync(join(tmpdir(), 'dossier-summary-'));

function progress(over: Partial<IngestProgress>): IngestProgress {
  return { filesTotal: 0, filesDone: 0, found: 0, stored: 0, skipped: 0, problems: 0, failedFiles: 0, elapsedMs: 0, ...over };
}

test('formatSummary: counts with thousands separators, problems, time, rate and store', () => {
  const line = formatSummary(progress({ filesTotal: 1412, filesDone: 1412, stored: 1204, skipped: 3, problems: 2, failedFiles: 2, elapsedMs: 3104 }), 'dossier.db');
  assert.equal(line, 'stored 1,204 articles, skipped 3 (already stored), 2 problems in 2 files; 1,412 files in 3.1 s (388 articles/s) → dossier.db');
});

test('formatSummary: singular nouns, no problems, nothing stored in no time', () => {
  assert.equal(formatSummary(progress({ filesTotal: 1, stored: 1, elapsedMs: 500 }), 'a.db'),
    'stored 1 article, skipped 0 (already stored), no problems; 1 file in 0.5 s (2 articles/s) → a.db');
  assert.equal(formatSummary(progress({ problems: 1, failedFiles: 1 }), 'b.db'),
    'stored 0 articles, skipped 0 (already stored), 1 problem in 1 file; 0 files in 0.0 s (0 articles/s) → b.db');
});

test('formatSeconds: tenths under a minute, m:ss from a minute', () => {
  assert.equal(formatSeconds(0), '0.0 s');
  assert.equal(formatSeconds(12_345), '12.3 s');
  assert.equal(formatSeconds(59_949), '59.9 s');
  assert.equal(formatSeconds(59_960), '1:00');
  assert.equal(formatSeconds(125_000), '2:05');
});

test('ProgressBar: draws on a terminal, never when quiet or in a pipe', () => {
  const written = (isTTY: boolean, quiet: boolean) => {
    const stream = Object.assign(new PassThrough(), { isTTY, columns: 80 });
    let out = '';
    stream.on('data', (c) => { out += c; });
    const bar = new ProgressBar(stream, { quiet });
    bar.update(progress({ filesTotal: 2, filesDone: 1, stored: 5, elapsedMs: 1000 }), true);
    bar.clear();
    return out;
  };
  assert.match(written(true, false), /1\/2 files/);
  assert.equal(written(true, true), '');
  assert.equal(written(false, false), '');
});

interface Run { code: number | null; stdout: string; stderr: string }

/** The CLI in a child process with stdout and stderr piped, as in `dossier ingest DIR | cat`. */
function ingestInPipe(args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, 'ingest', ...args, '--jobs', '1'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => { stdout += c; });
  child.stderr.on('data', (c) => { stderr += c; });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

test('in a pipe: a successful ingest prints exactly one summary line on stderr', { timeout: 60_000 }, async () => {
  const news = join(dir, 'ok');
  mkdirSync(news);
  copyFileSync(join(examples, 'grain-talks.txt'), join(news, 'grain-talks.txt'));
  copyFileSync(join(examples, 'agency-feed.jsonl'), join(news, 'agency-feed.jsonl'));
  const db = join(dir, 'ok.db');
  const run = await ingestInPipe([news, '--db', db]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0]!, new RegExp(`^stored \\d+ articles, skipped 0 \\(already stored\\), no problems; 2 files in \\d+\\.\\d s \\(\\d+ articles/s\\) → ${db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const again = await ingestInPipe([news, '--db', db]);
  assert.match(again.stderr, /^stored 0 articles, skipped \d+ \(already stored\), no problems; 2 files in /);
});

test('--quiet: nothing on success; with a bad file only its problem line, and exit code 1', { timeout: 60_000 }, async () => {
  const news = join(dir, 'quiet');
  mkdirSync(news);
  copyFileSync(join(examples, 'grain-talks.txt'), join(news, 'grain-talks.txt'));
  const ok = await ingestInPipe([news, '--db', join(dir, 'quiet.db'), '--quiet']);
  assert.deepEqual(ok, { code: 0, stdout: '', stderr: '' });
  writeFileSync(join(news, 'empty.txt'), '');
  const bad = await ingestInPipe([news, '--db', join(dir, 'quiet2.db'), '-q']);
  assert.deepEqual(bad, { code: 1, stdout: '', stderr: `${join(news, 'empty.txt')}: empty file\n` });
});
