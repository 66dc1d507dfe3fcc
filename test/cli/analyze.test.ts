import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { runCli } from './io.js';
import type { DossierRecord } from '../../src/record/types.js';

const fixture = new URL('../fixtures/council-report.txt', import.meta.url).pathname;
const schema = JSON.parse(readFileSync(new URL('../../schema/record.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile<DossierRecord>(schema);
const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));

test('analyze --json prints a record that validates against the published schema', async () => {
  const { code, stdout, stderr } = await runCli(['analyze', fixture, '--published', '2024-03-05', '--json']);
  assert.equal(stderr, '');
  assert.equal(code, 0);
  const record = JSON.parse(stdout);
  assert.ok(validate(record), JSON.stringify(validate.errors, null, 2));
  assert.equal(record.article.published, '2024-03-05');
  assert.equal(record.article.text, readFileSync(fixture, 'utf8'));
});

test('the article id is a content hash: same text, same id; other text, other id', async () => {
  const a = JSON.parse((await runCli(['analyze', '-', '--json'], 'Some text.')).stdout);
  const b = JSON.parse((await runCli(['analyze', '-', '--json'], 'Some text.')).stdout);
  const c = JSON.parse((await runCli(['analyze', '-', '--json'], 'Other text.')).stdout);
  assert.equal(a.article.id, b.article.id);
  assert.notEqual(a.article.id, c.article.id);
});

test('the summary names the report and counts what was found', async () => {
  const { code, stdout } = await runCli(['analyze', fixture]);
  assert.equal(code, 0);
  assert.match(stdout, /\d+ words, \d+ entities, \d+ quotes, \d+ events, \d+ figures/);
});

test('empty input gives a valid empty record', async () => {
  const { code, stdout } = await runCli(['analyze', '-', '--json'], '');
  assert.equal(code, 0);
  const record = JSON.parse(stdout);
  assert.ok(validate(record));
  assert.deepEqual([record.entities, record.quotes, record.events], [[], [], []]);
});

function expectOneLineError(result: { code: number; stdout: string; stderr: string }, code: number, pattern: RegExp) {
  assert.equal(result.code, code);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, pattern);
  assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
}

test('a binary file is refused in one line with exit code 1', async () => {
  const path = join(dir, 'image.bin');
  writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
  expectOneLineError(await runCli(['analyze', path]), 1, /binary data, not text/);
});

test('invalid UTF-8 is refused with the byte offset', async () => {
  const path = join(dir, 'latin1.txt');
  writeFileSync(path, Buffer.from('Caf\xe9 society', 'latin1'));
  expectOneLineError(await runCli(['analyze', path]), 1, /not valid UTF-8 \(at byte 3\)/);
});

test('a knowledge-base file that does not load is the user\'s input error, not a bug', async () => {
  const kb = join(dir, 'extra-kb.json');
  writeFileSync(kb, '{"entries": [');
  expectOneLineError(await runCli(['analyze', fixture, '--kb', kb]), 1, /^dossier analyze: knowledge-base file .*extra-kb\.json: /);
  expectOneLineError(await runCli(['analyze', fixture, '--kb', join(dir, 'no-such-kb.yaml')]), 1, /knowledge-base file .*no-such-kb\.yaml: ENOENT/);
});

test('a 50 MB file is refused before it is read whole', async () => {
  const path = join(dir, 'huge.txt');
  writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a'));
  expectOneLineError(await runCli(['analyze', path]), 1, /50\.0 MB is larger than the 10\.0 MB limit/);
});

test('a missing file, a bad date and a bad option are one-line errors', async () => {
  expectOneLineError(await runCli(['analyze', join(dir, 'nope.txt')]), 1, /no such file/);
  expectOneLineError(await runCli(['analyze', '-', '--published', '17/11/2024'], 'x'), 1, /not an ISO date/);
  expectOneLineError(await runCli(['analyze', fixture, '--frobnicate']), 2, /Unknown option '--frobnicate'/);
  expectOneLineError(await runCli(['analyze']), 2, /exactly one FILE/);
  expectOneLineError(await runCli(['analyse', fixture]), 2, /unknown command "analyse"/);
  expectOneLineError(await runCli(['analyze', fixture, '--disable', 'nonsense']), 2, /unknown stage "nonsense"/);
});

test('--url is normalised as ingest normalises it (case, tracking parameters, fragment)', async () => {
  const { code, stdout } = await runCli(['analyze', '-', '--json', '--url', 'HTTPS://News.Example.org:443/story?id=7&utm_source=mail#comments'], 'Some text.');
  assert.equal(code, 0);
  assert.equal(JSON.parse(stdout).article.url, 'https://news.example.org/story?id=7');
});
