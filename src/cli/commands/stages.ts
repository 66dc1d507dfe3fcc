import { DEFAULT_STAGES } from '../../pipeline/default-stages.js';
import { registeredStages } from '../../pipeline/registry.js';
import { EXIT, type Command } from '../command.js';

export const stagesCommand: Command = {
  name: 'stages',
  summary: 'list the pipeline stages, what each needs and provides',
  usage: 'dossier stages',
  async run(_args, io) {
    // Registers the stages; loaded only for this command, as every other command's start-up needs none of them.
    await import('../../stages/index.js');
    const defaults = new Set(DEFAULT_STAGES);
    for (const s of registeredStages()) {
      const mark = defaults.has(s.name) ? '*' : ' ';
      const needs = s.requires.length ? s.requires.join(', ') : '-';
      io.stdout.write(`${mark} ${s.name.padEnd(10)} ${s.description}\n    requires: ${needs}; provides: ${s.provides.join(', ')}\n`);
    }
    io.stdout.write('(* = in the default pipeline)\n');
    return EXIT.ok;
  },
};
