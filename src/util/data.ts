import { readFileSync } from 'node:fs';

/**
 * The repo's data/ folder. src/util and dist/util sit at the same depth, so
 * the same relative URL works from sources (tsx) and from the build.
 */
export const DATA_DIR = new URL('../../data/', import.meta.url);

export function readDataJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(relativePath, DATA_DIR), 'utf8')) as T;
}
