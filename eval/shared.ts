import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Where the evaluation data lives: $DOSSIER_SHARED, else ../shared beside the
 * repo. Returns null when absent; callers say so and exit 0.
 */
export function sharedDir(): string | null {
  const repo = new URL('..', import.meta.url).pathname;
  const dir = process.env.DOSSIER_SHARED ?? resolve(repo, '..', 'shared');
  return existsSync(dir) ? dir : null;
}
