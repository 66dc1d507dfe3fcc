/** Options and helpers shared by the commands that read a store. */
import { DEFAULT_STORE_PATH, openStore, type Store } from '../store/index.js';
import { UsageError } from './command.js';
import { isIsoDatePrefix } from '../store/dates.js';

/** --db, --json and --csv, taken by every store command. */
export const STORE_OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  csv: { type: 'boolean', default: false },
} as const;

export const STORE_USAGE = `  --db FILE            the store (default ${DEFAULT_STORE_PATH})
  --json               print JSON        --csv   print CSV (with a header row)`;

export type OutputFormat = 'text' | 'json' | 'csv';

export function outputFormat(values: { json?: boolean; csv?: boolean }): OutputFormat {
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
  return values.json ? 'json' : values.csv ? 'csv' : 'text';
}

/** Opens the store read-only for `use`, and always closes it. */
export function withStore<T>(db: string | undefined, use: (store: Store) => T): T {
  const store = openStore(db ?? DEFAULT_STORE_PATH, { readonly: true });
  try {
    return use(store);
  } finally {
    store.close();
  }
}

/** withStore for work that awaits (streaming exports). */
export async function withStoreAsync<T>(db: string | undefined, use: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(db ?? DEFAULT_STORE_PATH, { readonly: true });
  try {
    return await use(store);
  } finally {
    store.close();
  }
}

export function parseCount(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 1_000_000) throw new UsageError(`--${option} takes a whole number from 1 to 1000000, not "${value}"`);
  return n;
}

export function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0) throw new UsageError(`${command} takes no arguments, only options (got "${positionals[0]}")`);
}

/** --since/--until values, checked here so a bad date is a usage error (exit 2). */
export function dateOptions(values: { since?: string; until?: string }): { since?: string; until?: string } {
  for (const name of ['since', 'until'] as const) {
    const value = values[name];
    if (value !== undefined && !isIsoDatePrefix(value)) {
      throw new UsageError(`--${name} takes an ISO date such as 2024, 2024-11 or 2024-11-18, not "${value}"`);
    }
  }
  return { ...(values.since !== undefined && { since: values.since }), ...(values.until !== undefined && { until: values.until }) };
}
