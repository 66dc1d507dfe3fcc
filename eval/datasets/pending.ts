import type { Dataset } from '../dataset.js';

/** A scorer whose issue has not landed yet: says so rather than pretending. */
export function pendingDataset(name: string, description: string, needs: string[], issue: string): Dataset {
  return {
    name,
    description,
    needs,
    run() {
      console.log(`${name}: scorer not implemented yet (${issue})`);
    },
  };
}
