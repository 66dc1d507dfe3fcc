import type { Dataset } from '../dataset.js';
import { seedDataset } from './seed.js';
import { polnearDataset } from './polnear.js';
import { ploverDataset } from './plover.js';
import { entitiesHeldoutDataset, entitiesOwnDataset } from './entities-own.js';
import { nerDataset } from './ner.js';

export const DATASETS: readonly Dataset[] = [
  seedDataset,
  entitiesOwnDataset,
  entitiesHeldoutDataset,
  nerDataset('crossner-politics', 'entity stage on CrossNER politics (Wikipedia): PER/ORG/LOC P/R/F1', ['data/ner/crossner-politics/test.txt'], 'crossner'),
  nerDataset('uner-ewt', 'entity stage on Universal NER English-EWT (web text): PER/ORG/LOC P/R/F1', ['data/ner/uner-ewt/en_ewt-ud-test.iob2'], 'uner'),
  polnearDataset('dev'),
  polnearDataset('train'),
  ploverDataset,
];
