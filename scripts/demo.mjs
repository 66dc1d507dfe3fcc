#!/usr/bin/env node
// npm start: the main job on the bundled example reports.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const examples = join(root, 'examples');
for (const file of readdirSync(examples).filter((f) => f.endsWith('.txt')).sort()) {
  console.log(`\n=== examples/${file}`);
  const r = spawnSync(process.execPath, [join(root, 'bin/dossier.js'), 'analyze', join(examples, file)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
