/**
 * A problem with what the user gave us (not a bug): the CLI prints its message
 * on one line and exits with `exitCode`.
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}
