/** A CLI subcommand: data plus a function, listed in commands/index.ts. */
export interface Command {
  readonly name: string;
  /** One line for `dossier help`. */
  readonly summary: string;
  /** Full usage text for `dossier help NAME` and usage errors. */
  readonly usage: string;
  run(args: string[], io: CommandIO): Promise<number> | number;
}

export interface CommandIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

/** Exit codes, documented in the README. */
export const EXIT = {
  ok: 0,
  /** Bad input: unreadable, binary, not UTF-8, too large, or some files of a batch failed. */
  input: 1,
  /** Wrong command-line usage. */
  usage: 2,
  /** A bug in dossier: please report it. */
  internal: 3,
} as const;

export class UsageError extends Error {
  override name = 'UsageError';
}
