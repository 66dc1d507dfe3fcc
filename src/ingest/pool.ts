import { Worker } from 'node:worker_threads';
import type { ArticleItem } from '../sources/types.js';
import type { Reply, Task, WorkerSetup } from './protocol.js';
import { IngestWork } from './work.js';

/**
 * Old-generation heap per worker. Without a cap V8 lets each worker's heap
 * grow with the garbage of parsed pages (peak RSS rose with corpus size); with
 * it, RSS stays flat. 192 MB still parses a 10 MB HTML page (the size limit).
 */
const WORKER_HEAP_MB = 192;

const OUT_OF_MEMORY = 'out of memory';

/** Tasks posted ahead to each worker. */
const QUEUE_DEPTH = 4;

type TaskBody = { kind: 'read'; path: string } | { kind: 'analyze'; item: ArticleItem };

interface Pending {
  task: Task;
  resolve: (reply: Reply) => void;
}

/**
 * Starts the sibling worker module: worker.js in the build; worker.ts under
 * tsx (tests, benches), where the thread first registers tsx's loader itself
 * because --import hooks do not carry over into worker threads on Node 20.
 */
function startWorker(setup: WorkerSetup): Worker {
  const options = { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), options);
  const entry = new URL('./worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * N worker threads, each running one task at a time from a short queue.
 * Analysis tasks go before reads so articles already read do not pile up in memory. A worker that dies
 * fails its task (as a bug) and is replaced. With `threads: 0` tasks run inline
 * on the main thread, which is what --jobs 1 on one core wants anyway.
 */
export class WorkerPool {
  /** Tasks posted to each worker and not yet answered, oldest first (workers answer in order). */
  private readonly queues = new Map<Worker, Pending[]>();
  private readonly analyses: Pending[] = [];
  private readonly reads: Pending[] = [];
  private readonly inline: IngestWork | undefined;
  private seq = 0;
  private closed = false;

  constructor(threads: number, private readonly setup: WorkerSetup) {
    if (threads <= 0) this.inline = new IngestWork(setup);
    for (let i = 0; i < threads; i++) this.spawn();
  }

  run(body: TaskBody): Promise<Reply> {
    const task = { ...body, seq: ++this.seq } as Task;
    if (this.inline) {
      const work = this.inline;
      // A macrotask hop so inline runs still let progress and I/O through.
      return new Promise((resolve) => setImmediate(() => resolve(work.handle(task))));
    }
    return new Promise((resolve) => {
      (task.kind === 'analyze' ? this.analyses : this.reads).push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.queues.keys()].map((w) => w.terminate()));
  }

  /**
   * Keeps up to QUEUE_DEPTH tasks posted to each worker, least loaded first, so
   * a worker finishing a task starts the next at once instead of waiting for
   * the main thread (which shares the cores) to hand it one.
   */
  private dispatch(): void {
    for (;;) {
      let target: Worker | undefined;
      let least = QUEUE_DEPTH;
      for (const [worker, queue] of this.queues) {
        if (queue.length < least) {
          least = queue.length;
          target = worker;
        }
      }
      if (!target) return;
      const next = this.analyses.shift() ?? this.reads.shift();
      if (!next) return;
      this.queues.get(target)!.push(next);
      target.postMessage(next.task);
    }
  }

  private spawn(): void {
    const worker = startWorker(this.setup);
    this.queues.set(worker, []);
    worker.on('message', (reply: Reply) => {
      this.queues.get(worker)?.shift()?.resolve(reply);
      this.dispatch();
    });
    let dead = false;
    const fail = (reason: string) => {
      if (dead) return; // 'error' is followed by 'exit': replace the worker once
      dead = true;
      const lost = this.queues.get(worker) ?? [];
      this.queues.delete(worker);
      if (this.closed) return;
      // The task it was running fails as a bug; the ones queued behind it are run again elsewhere.
      const [running, ...queued] = lost;
      const outOfMemory = reason === OUT_OF_MEMORY;
      running?.resolve({
        seq: running.task.seq, ok: false, input: outOfMemory,
        error: outOfMemory ? `too large to analyse: ran out of memory (the limit is ${WORKER_HEAP_MB} MB per worker)` : `internal error: worker ${reason}`,
      });
      for (const p of queued) (p.task.kind === 'analyze' ? this.analyses : this.reads).unshift(p);
      this.spawn();
      this.dispatch();
    };
    worker.on('error', (err) => fail((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY : `failed: ${err.message}`));
    worker.on('exit', (code) => { if (code !== 0) fail(`exited with code ${code}`); });
  }
}
