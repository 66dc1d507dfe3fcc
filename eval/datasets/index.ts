import type { Dataset } from '../dataset.js';
import { pendingDataset } from './pending.js';
import { seedDataset } from './seed.js';
import { polnearDataset } from './polnear.js';

export const DATASETS: readonly Dataset[] = [
  seedDataset,
  polnearDataset('dev'),
  polnearDataset('train'),
  pendingDataset('plover', 'PLOVER GSR event type and dyad accuracy; PETR2 CAMEO roots', ['data/plover'], 'events issue'),
];
