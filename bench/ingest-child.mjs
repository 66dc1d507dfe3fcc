// One ingest run for `npm run bench -- ingest`, on the compiled build (what the
// dossier command runs), in its own process so its peak RSS is its own.
import { defaultJobs } from '../dist/ingest/ingest.js';
import { ingestInThread } from '../dist/ingest/thread.js';

const [dir, db, jobs] = process.argv.slice(2);
const t0 = performance.now();
// As `dossier ingest` runs it: coordinating and writing on a thread with a bounded heap.
const summary = await ingestInThread([dir], db, { jobs: jobs === 'default' ? defaultJobs() : Number(jobs) });
const ms = performance.now() - t0;
// maxRSS covers the whole process: the main thread and every worker thread.
console.log(JSON.stringify({ stored: summary.stored, skipped: summary.skipped, files: summary.filesTotal, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
