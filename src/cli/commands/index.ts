import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { ingestCommand } from './ingest.js';
import { stagesCommand } from './stages.js';

/** Every subcommand, in the order `dossier help` lists them. */
export const COMMANDS: readonly Command[] = [analyzeCommand, ingestCommand, stagesCommand];
