/**
 * Registers every bundled stage. Importing this module is what makes stage
 * names usable in pipeline lists.
 */
import { registerStage } from '../pipeline/registry.js';
import { segmentStage } from './segment/index.js';
import { entitiesStage } from './entities/index.js';
import { timesStage } from './times/index.js';
import { amountsStage } from './amounts/index.js';
import { quotesStage } from './quotes/index.js';
import { eventsStage } from './events/index.js';

for (const stage of [segmentStage, entitiesStage, timesStage, amountsStage, quotesStage, eventsStage]) registerStage(stage);
