import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { ingestCommand } from './ingest.js';
import { stagesCommand } from './stages.js';
import { STORE_COMMANDS } from './store-commands.js';

/** Every subcommand, in the order `dossier help` lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand, ingestCommand, stagesCommand, ...STORE_COMMANDS];
