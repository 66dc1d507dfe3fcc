import type { Dataset } from '../dataset.js';
import { pendingDataset } from './pending.js';
import { seedDataset } from './seed.js';
import { ploverDataset } from './plover.js';

export const DATASETS: readonly Dataset[] = [
  seedDataset,
  pendingDataset('polnear-dev', 'PolNeAR dev: quote source/cue/content P/R/F1', ['data/polnear/dev'], 'quotes issue'),
  pendingDataset('polnear-train', 'PolNeAR train: the same, for development', ['data/polnear/train'], 'quotes issue'),
  ploverDataset,
];
