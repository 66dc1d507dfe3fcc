import type { Command } from '../command.js';
import { digestCommand } from './digest.js';
import { entitiesCommand } from './entities.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { quotesCommand } from './quotes.js';
import { searchCommand } from './search.js';
import { showCommand } from './show.js';
import { statsCommand } from './stats.js';

/** The commands that read a store, in the order `dossier help` lists them. */
export const STORE_COMMANDS: readonly Command[] = [
  quotesCommand, eventsCommand, entitiesCommand, searchCommand, showCommand, statsCommand, digestCommand, exportCommand,
];
