/** The embedded store: records in, queries and exports out. */
import { SqliteStore } from './sqlite-store.js';
import type { Store, StoreOptions } from './types.js';

export type * from './types.js';
export { ENTITY_TYPES } from './types.js';
export { StoreError } from './open.js';
export { SCHEMA_VERSION } from './migrations.js';
export { planRecord, recordFromPlan, type RecordPlan } from './plan.js';

/** The file `--db` defaults to. */
export const DEFAULT_STORE_PATH = './dossier.db';

/** Opens the store at `path`, creating and migrating it unless `readonly`. */
export function openStore(path: string, options: StoreOptions = {}): Store {
  return new SqliteStore(path, options);
}
