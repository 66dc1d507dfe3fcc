#!/usr/bin/env node
// npm start: the main job on the bundled examples. Ingests examples/ (plain
// text, an HTML page, an RSS feed, JSON Lines and a WARC archive) into
// ./dossier.db, then prints the store's digest. Running it again is a no-op
// for the ingest: every article is already stored.
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const dossier = (...args) => spawnSync(process.execPath, [join(root, 'bin/dossier.js'), ...args], { stdio: 'inherit' });

console.log('$ dossier ingest examples/ --db dossier.db');
const ingest = dossier('ingest', join(root, 'examples'), '--db', 'dossier.db');
if (ingest.status !== 0) process.exit(ingest.status ?? 1);
console.log('\n$ dossier digest --db dossier.db');
const digest = dossier('digest', '--db', 'dossier.db');
process.exit(digest.status ?? 1);
