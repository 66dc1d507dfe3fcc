import { InputError } from '../input/errors.js';
import { PipelineError } from '../pipeline/registry.js';
import { EXIT, UsageError, type Command, type CommandIO } from './command.js';
import { COMMANDS } from './commands/index.js';

const VERSION = '0.1.0';

/**
 * Runs the CLI and returns its exit code. Errors a user can act on are printed
 * as one line; only a bug prints more, and says so.
 */
export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(help(args[0]));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === 'version') {
    io.stdout.write(`dossier ${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`dossier: unknown command "${name}" (try: dossier help)\n`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`usage: ${command.usage}\n`);
    return EXIT.ok;
  }
  return runCommand(command, args, io);
}

async function runCommand(command: Command, args: string[], io: CommandIO): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`dossier ${command.name}: ${err.message}\nusage: ${command.usage.split('\n')[0]}\n`);
      return EXIT.usage;
    }
    if (err instanceof InputError) {
      io.stderr.write(`dossier ${command.name}: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof PipelineError) {
      io.stderr.write(`dossier ${command.name}: ${err.message}\n`);
      return EXIT.usage;
    }
    const detail = process.env.DOSSIER_DEBUG ? `\n${(err as Error).stack}` : ' (set DOSSIER_DEBUG=1 for details)';
    io.stderr.write(`dossier ${command.name}: internal error: ${(err as Error).message}${detail}\nThis is a bug in dossier; please report it.\n`);
    return EXIT.internal;
  }
}

function help(topic?: string): string {
  const command = topic ? COMMANDS.find((c) => c.name === topic) : undefined;
  if (command) return `usage: ${command.usage}\n`;
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `dossier ${VERSION}: news reports in, the record they carry out\n\nusage: dossier COMMAND [options]   (dossier help COMMAND for its options)\n\n${lines.join('\n')}\n`;
}
