// One ingest run for `npm run bench -- ingest`, on the compiled build (what the
// dossier command runs), in its own process so its peak RSS is its own.
import { readdirSync, readFileSync } from 'node:fs';
import { defaultJobs } from '../dist/ingest/ingest.js';
import { ingestInThread } from '../dist/ingest/thread.js';

const [dir, db, jobs] = process.argv.slice(2);

// CPU seconds of every thread of this process, from Linux's /proc (none elsewhere), sampled
// until the end: a thread leaves /proc when it stops. USER_HZ is 100 on Linux.
const threadCpu = new Map();
function sampleThreads() {
  let tids = [];
  try { tids = readdirSync('/proc/self/task'); } catch { return; }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threadCpu.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch { /* the thread just ended */ }
  }
}
sampleThreads();
// Node's own threads, there before the ingest starts: V8's platform threads (compilation, garbage collection) and libuv's.
const startupThreads = new Set(threadCpu.keys());
const sampler = setInterval(sampleThreads, 100);

const t0 = performance.now();
// As `dossier ingest` runs it: coordinating and writing on a thread with a bounded heap.
const summary = await ingestInThread([dir], db, { jobs: jobs === 'default' ? defaultJobs() : Number(jobs) });
const ms = performance.now() - t0;
clearInterval(sampler);
sampleThreads();
// maxRSS covers the whole process: the main thread and every worker thread.
console.log(JSON.stringify({ stored: summary.stored, skipped: summary.skipped, files: summary.filesTotal, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, threads: threadRoles() }));

/**
 * CPU seconds by role: this thread; Node's own (V8's compilation and garbage
 * collection for every thread, libuv's); then those the ingest starts, told
 * apart by when they were made (thread ids grow): first the ingest thread,
 * which writes, then its workers (analysis, reading), largest first.
 */
function threadRoles() {
  const cpu = (tid) => threadCpu.get(tid) ?? 0;
  const node = [...startupThreads].filter((tid) => tid !== process.pid);
  const [writer, ...workers] = [...threadCpu.keys()].filter((tid) => !startupThreads.has(tid)).sort((a, b) => a - b);
  return {
    main: cpu(process.pid),
    node: node.reduce((s, tid) => s + cpu(tid), 0),
    writer: writer === undefined ? 0 : cpu(writer),
    workers: workers.map(cpu).filter((s) => s >= 0.05).sort((a, b) => b - a),
  };
}
