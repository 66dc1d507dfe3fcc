import { Worker } from 'node:worker_threads';
import type { ArticleItem } from '../sources/types.js';
import type { Reply, Task, WorkerSetup } from './protocol.js';
import { IngestWork } from './work.js';

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
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
  const entry = new URL('./worker.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: setup });
}

/**
 * N worker threads, each running one task at a time. Analysis tasks go before
 * reads so articles already read do not pile up in memory. A worker that dies
 * fails its task (as a bug) and is replaced. With `threads: 0` tasks run inline
 * on the main thread, which is what --jobs 1 on one core wants anyway.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly analyses: Pending[] = [];
  private readonly reads: Pending[] = [];
  private readonly inline: IngestWork | undefined;
  private seq = 0;
  private closed = false;

  constructor(threads: number, private readonly setup: WorkerSetup) {
    if (threads <= 0) this.inline = new IngestWork(setup);
    for (let i = 0; i < threads; i++) this.idle.push(this.spawn());
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
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0) {
      const next = this.analyses.shift() ?? this.reads.shift();
      if (!next) return;
      const worker = this.idle.pop()!;
      this.busy.set(worker, next);
      worker.postMessage(next.task);
    }
  }

  private spawn(): Worker {
    const worker = startWorker(this.setup);
    worker.on('message', (reply: Reply) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      pending?.resolve(reply);
      this.dispatch();
    });
    let dead = false;
    const fail = (reason: string) => {
      if (dead) return; // 'error' is followed by 'exit': replace the worker once
      dead = true;
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
      if (this.closed) return;
      pending?.resolve({ seq: pending.task.seq, ok: false, error: `internal error: worker ${reason}`, input: false });
      this.idle.push(this.spawn());
      this.dispatch();
    };
    worker.on('error', (err) => fail(`failed: ${err.message}`));
    worker.on('exit', (code) => { if (code !== 0) fail(`exited with code ${code}`); });
    return worker;
  }
}
