// One ingest run for `npm run bench -- ingest`, on the compiled build (what the
// dossier command runs), in its own process so its peak RSS is its own.
import { ingest } from '../dist/ingest/ingest.js';
import { openStore } from '../dist/store/index.js';

const [dir, db, jobs] = process.argv.slice(2);
const store = openStore(db);
const t0 = performance.now();
const summary = await ingest([dir], store, { jobs: Number(jobs) });
store.close();
const ms = performance.now() - t0;
// maxRSS covers the whole process: the main thread and every worker thread.
console.log(JSON.stringify({ stored: summary.stored, skipped: summary.skipped, files: summary.filesTotal, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
