import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeMixedCorpus } from '../../bench/mixed-files.js';
import { readSource, readSourceFile, type SourceResult } from '../../src/sources/index.js';

const examples = new URL('../../examples', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'dossier-read-file-'));
writeMixedCorpus(dir, { text: 3, html: 3, feedItems: 3, jsonlFiles: 2, linesPerJsonl: 4, warcFiles: 4, pagesPerWarc: 3, brokenEach: 2, badJsonlLine: true }, 5);

function outcome(read: () => SourceResult): SourceResult | string {
  try {
    return read();
  } catch (err) {
    return `throws: ${(err as Error).message}`;
  }
}

test('readSourceFile is a drop-in for readSource over the whole file: same articles, problems and errors', () => {
  const paths = [...readdirSync(examples).map((f) => join(examples, f)), ...readdirSync(dir).map((f) => join(dir, f))];
  assert.ok(paths.filter((p) => /\.warc(\.gz)?$/.test(p)).length >= 5);
  for (const path of paths) {
    assert.deepEqual(outcome(() => readSourceFile(path)), outcome(() => readSource(path, readFileSync(path))), path);
  }
});
