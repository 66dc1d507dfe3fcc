import { spawnSync } from 'node:child_process';

/** Compiles the build (dist/) that benches run as the dossier command does (tsx would add its compile time to every worker). */
export function buildDist(): void {
  const r = spawnSync(process.execPath, [new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname, '-p', new URL('../tsconfig.json', import.meta.url).pathname], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('bench: npm run build failed');
}
