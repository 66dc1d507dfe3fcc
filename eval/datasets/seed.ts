import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/index.js';
import type { Dataset } from '../dataset.js';
import { compareWithGold, type GoldRecord } from '../gold/compare.js';
import { printGoldReport } from '../gold/report.js';

/** The seed report read by hand (../shared/seed/gold.json), scored layer by layer. */
export const seedDataset: Dataset = {
  name: 'seed',
  description: 'the seed article against its hand-made gold record',
  needs: ['seed/article.txt', 'seed/gold.json'],
  run(shared, args) {
    const verbose = args.includes('--verbose') || args.includes('-v');
    const text = readFileSync(join(shared, 'seed/article.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(join(shared, 'seed/gold.json'), 'utf8')) as GoldRecord;
    const record = analyze(text, gold.published ? { published: gold.published } : {});
    printGoldReport('seed', compareWithGold(record, gold), verbose);
  },
};
