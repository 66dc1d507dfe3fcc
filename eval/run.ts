/**
 * npm run eval -- [DATASET…]   (no name: all of them)
 * Scores the pipeline on the data in ../shared. Never part of npm test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from './shared.js';
import { DATASETS } from './datasets/index.js';

const [first, ...rest] = process.argv.slice(2);
const shared = sharedDir();
if (!shared) {
  console.log('../shared not found: nothing to evaluate (set DOSSIER_SHARED to its path)');
  process.exit(0);
}
const chosen = first === undefined || first === 'all' ? DATASETS : DATASETS.filter((d) => d.name === first);
if (chosen.length === 0) {
  console.error(`eval: unknown dataset "${first}"; known: ${DATASETS.map((d) => d.name).join(', ')}`);
  process.exit(2);
}
for (const dataset of chosen) {
  const missing = dataset.needs.filter((p) => !existsSync(join(shared, p)));
  if (missing.length > 0) {
    console.log(`${dataset.name}: skipped, ${missing.map((p) => join(shared, p)).join(', ')} not found`);
    continue;
  }
  await dataset.run(shared, rest);
}
