// One run for `npm run bench -- instructions`, on the compiled build, under
// valgrind: `analyse FILE PASSES` analyses and plans every report of FILE
// (a JSON array of texts) PASSES times; `write FILE DB` writes the plans of
// FILE into a new store as ingest does (64 records a batch, a commit every
// 512, a checkpoint at the end), or, with DB '-', only loads them (the
// baseline the writing is measured against).
import { readFileSync, rmSync } from 'node:fs';
import { Analyzer } from '../dist/analyze.js';
import { openDatabase } from '../dist/store/open.js';
import { planRecord } from '../dist/store/plan.js';
import { RecordWriter } from '../dist/store/writer.js';

const [mode, file, arg] = process.argv.slice(2);
const items = JSON.parse(readFileSync(file, 'utf8'));

if (mode === 'analyse') {
  const analyzer = new Analyzer();
  for (let pass = 0; pass < Number(arg); pass++) {
    for (const text of items) planRecord(analyzer.analyze(text, { published: '2025-03-01' }));
  }
} else if (mode === 'write' && arg !== '-') {
  for (const suffix of ['', '-wal', '-shm']) rmSync(arg + suffix, { force: true });
  const db = openDatabase(arg, false);
  const writer = new RecordWriter(db);
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  for (let i = 0; i < items.length; i += 64) {
    if (!db.inTransaction) begin.run();
    writer.begin();
    for (const plan of items.slice(i, i + 64)) writer.write(plan);
    if ((i + 64) % 512 === 0 || i + 64 >= items.length) {
      writer.flush();
      commit.run();
    }
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(arg + suffix, { force: true });
}
