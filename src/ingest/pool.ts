import type { Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from './threads.js';
import type { ArticleItem, ReadCursor } from '../sources/types.js';
import { InputError } from '../input/errors.js';
import type { Reply, Task, WorkerSetup, WorkerStatus } from './protocol.js';
import type { IngestWork } from './work.js';

/**
 * Old-generation heap per worker. Without a cap V8 lets each worker's heap
 * grow with the garbage of parsed pages (peak RSS rose with corpus size); with
 * it, RSS stays flat. 192 MB still parses a 10 MB HTML page (the size limit).
 */
const WORKER_HEAP_MB = 192;
/**
 * Young-generation heap per worker (V8's default is 48 MB). Analysis makes
 * short-lived garbage at a steady rate; half the room collects it as fast
 * (articles/s unchanged in interleaved runs) and keeps 23-34 MB less
 * resident (HTML and JSON Lines bench scenarios).
 */
const WORKER_YOUNG_MB = 24;
/**
 * Articles longer than this (in characters) are analysed on a thread of
 * their own with a far larger heap: analysis holds about a hundred bytes
 * of heap per character of text, so in a 192 MB worker a 4 MB article took
 * three times as long as two 2 MB ones (the collector ran flat out) and a
 * 10 MB one, under the size limit, ran out of memory. The thread starts
 * when such an article comes and stops when none is left, so the memory is
 * held only while it is needed.
 */
export const LARGE_TEXT_CHARS = 1_000_000;
/** Old-generation heap of the thread for large articles: a 10 MB article (the size limit) analyses in about 1 GB. */
const LARGE_HEAP_MB = 2048;

const OUT_OF_MEMORY = 'out of memory';
/**
 * How long one task (reading a file or a piece of one, analysing an article)
 * may run by default. The largest inputs take seconds (a 10 MB page reads in
 * under 2 s, a 10 MB article analyses in about 10 s); a task still running
 * after this is stuck on something pathological, and holds its thread.
 */
export const DEFAULT_TASK_SECONDS = 120;

/**
 * Tasks posted ahead to each worker: enough to keep it busy while the main
 * thread writes a batch of records (up to a hundred milliseconds). With 32
 * the worker and the main thread were each idle about half the time; with
 * 128 each was busy three quarters of it, on two cores shared with V8's own
 * threads (8,000 text reports, one worker).
 */
const QUEUE_DEPTH = 128;
/**
 * Tasks sent in one message: each message costs about as much (a wake-up of
 * the other thread) as copying a whole article. Answers come back one a
 * message (see worker.ts).
 */
const TASKS_PER_MESSAGE = 8;

type TaskBody = { kind: 'read'; path: string; from?: ReadCursor } | { kind: 'analyze'; item: ArticleItem & { id?: string } };
/** Where a task waits: reads, analyses, and analyses of large articles (see LARGE_TEXT_CHARS). */
type Lane = TaskBody['kind'] | 'large';
/** What a worker thread is given: reads and analyses ('any'), or only the tasks of one lane. */
type Role = 'any' | Lane;

const LANES: readonly Lane[] = ['read', 'analyze', 'large'];
const serves = (role: Role, lane: Lane) => role === lane || (role === 'any' && lane !== 'large');
const heapMb = (role: Role) => (role === 'large' ? LARGE_HEAP_MB : WORKER_HEAP_MB);

interface Pending {
  task: Task;
  resolve: (reply: Reply) => void;
  /** Run in a message of its own: it was in a message whose worker died, so it may be what killed it. */
  alone?: boolean;
}

const WORKER_ENTRY = siblingModule('worker');
const READER_ENTRY = siblingModule('reader');

export interface PoolOptions {
  /** Threads that only read files (only with analysing threads). */
  readers?: number;
  /** Articles longer than this go to the thread for large articles (default LARGE_TEXT_CHARS). */
  largeTextChars?: number;
  entry?: URL;
  readerEntry?: URL;
  /** A task running longer than this fails, and its thread is replaced (default DEFAULT_TASK_SECONDS). */
  taskSeconds?: number;
}

/**
 * N worker threads, each running the tasks of the messages posted to it in
 * order. A worker that dies is replaced; the task that killed it fails (as
 * a bug, or as too large when it ran out of memory), and nothing else is
 * lost. With `threads: 0` tasks run inline on the calling thread.
 *
 * A task that runs longer than the time limit fails as too slow: its worker
 * is stopped and replaced, and the tasks queued behind it run on.
 *
 * A worker that cannot start (it dies before saying it is ready, or says it
 * is unusable) would fail every task the same way, and a replacement would
 * too: the pool then stops, answers every task with that error, and keeps
 * it in `failure` for the caller to end the run with.
 */
export class WorkerPool {
  /** Tasks posted to each worker and not yet answered, by message, oldest first (workers answer in order). */
  private readonly queues = new Map<Worker, Pending[][]>();
  /** Tasks not yet posted, by lane. */
  private readonly waiting: Record<Lane, Pending[]> = { read: [], analyze: [], large: [] };
  /**
   * The work itself, for `threads: 0`, loaded only then: the analysis code and
   * its data are otherwise never loaded on the coordinating thread.
   */
  private readonly inline: Promise<IngestWork> | undefined;
  private seq = 0;
  private closed = false;
  /** Why no worker can run tasks (set once; see the class comment). */
  failure: Error | undefined;
  private dispatchScheduled = false;

  /** What each worker is given: reads only, analyses only, or both. */
  private readonly roles = new Map<Worker, Role>();
  private readonly entries: Record<Role, URL>;
  /**
   * The thread that read the last piece of a file read in pieces: it has the
   * file open where that piece ended, and any other thread would have to read
   * it again from the start (a WARC file's pages parsed again) to go on.
   */
  private readonly lastPiece = new Map<string, Worker>();
  /** Threads for large articles stopped because none was left: their exit is no failure. */
  private readonly retired = new Set<Worker>();
  private readonly largeTextChars: number;
  /** Workers that said they are ready, and when each one's current task started (absent: no task). */
  private readonly ready = new Set<Worker>();
  private readonly busySince = new Map<Worker, number>();
  /** Workers stopped for running over time: their running task has failed already. */
  private readonly overtime = new Set<Worker>();
  private readonly taskMs: number;
  private readonly watchdog: NodeJS.Timeout | undefined;

  /**
   * `threads` workers analyse; with `readers` (and threads), that many more
   * threads read files and the analysing ones only analyse, else they do both.
   * The entries are the worker modules (tests give ones of their own).
   */
  constructor(threads: number, private readonly setup: WorkerSetup, options: PoolOptions = {}) {
    const entry = options.entry ?? WORKER_ENTRY;
    this.entries = { any: entry, analyze: entry, large: entry, read: options.readerEntry ?? READER_ENTRY };
    this.largeTextChars = options.largeTextChars ?? LARGE_TEXT_CHARS;
    if (threads <= 0) {
      this.inline = Promise.all([import('./work.js'), import('./read-work.js')])
        .then(([{ IngestWork }, { readArticles }]) => {
          const work = new IngestWork(setup, readArticles);
          work.prepare();
          return work;
        });
      this.inline.catch((err: unknown) => this.stop(err as Error));
    }
    this.taskMs = (options.taskSeconds ?? DEFAULT_TASK_SECONDS) * 1000;
    if (threads > 0) {
      this.watchdog = setInterval(() => this.stopOvertime(), Math.min(1000, this.taskMs / 4));
      this.watchdog.unref();
    }
    const readers = threads > 0 ? options.readers ?? 0 : 0;
    for (let i = 0; i < threads; i++) this.spawn(readers > 0 ? 'analyze' : 'any');
    for (let i = 0; i < readers; i++) this.spawn('read');
  }

  run(body: TaskBody): Promise<Reply> {
    const task = { ...body, seq: ++this.seq } as Task;
    if (this.failure) return Promise.resolve(this.failedReply(task));
    if (this.inline) {
      // A macrotask hop so inline runs still let progress and I/O through.
      return this.inline.then((work) => new Promise((resolve) => setImmediate(() => resolve(work.handle(task)))),
        () => this.failedReply(task));
    }
    return new Promise((resolve) => {
      const lane = this.laneOf(task);
      this.waiting[lane].push({ task, resolve });
      if (lane === 'large' && !this.hasRole('large')) this.spawn('large');
      this.scheduleDispatch();
    });
  }

  /** Worker threads running now. */
  get threads(): number {
    return this.queues.size;
  }

  /** Posts what is waiting now, not at the end of this turn (the caller is about to keep the thread busy). */
  postNow(): void {
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    await Promise.all([...this.queues.keys()].map((w) => w.terminate()));
  }

  /** Ends the pool for good: `failure` is set, every task waiting is answered with it, and the workers stop. */
  private stop(failure: Error): void {
    if (this.failure) return;
    this.failure = failure;
    this.closed = true;
    clearInterval(this.watchdog);
    const waiting = LANES.flatMap((lane) => this.waiting[lane].splice(0));
    for (const [worker, messages] of this.queues) {
      waiting.push(...messages.flat());
      void worker.terminate();
    }
    this.queues.clear();
    for (const p of waiting) p.resolve(this.failedReply(p.task));
  }

  /** The task at the head of the worker's queue starts now (once the worker is ready: loading is not the task's time). */
  private startClock(worker: Worker): void {
    if (this.ready.has(worker)) this.busySince.set(worker, performance.now());
  }

  /** Fails each task that has run past the limit, and stops its worker (the exit handler replaces it). */
  private stopOvertime(): void {
    const now = performance.now();
    for (const [worker, since] of this.busySince) {
      if (now - since <= this.taskMs || this.overtime.has(worker)) continue;
      const running = this.queues.get(worker)?.[0];
      const task = running?.shift();
      if (!task) continue;
      this.overtime.add(worker);
      const what = task.task.kind === 'read' ? 'reading it' : 'analysing it';
      task.resolve({ seq: task.task.seq, ok: false, input: true, error: `${what} took longer than ${this.taskMs / 1000} s (the limit for one task); skipped` });
      void worker.terminate();
    }
  }

  private failedReply(task: Task): Reply {
    return { seq: task.seq, ok: false, error: this.failure!.message, input: this.failure instanceof InputError };
  }

  /** Dispatches once the current turn has queued all it will, so tasks go out together. */
  private scheduleDispatch(): void {
    if (this.dispatchScheduled) return;
    this.dispatchScheduled = true;
    setImmediate(() => {
      this.dispatchScheduled = false;
      this.dispatch();
    });
  }

  /**
   * Tops up each worker, least loaded first, to QUEUE_DEPTH posted tasks, in
   * messages of up to TASKS_PER_MESSAGE, so a worker finishing a message
   * starts the next at once instead of waiting for the main thread (which
   * shares the cores, and writes) to hand it one. Reads go out before
   * analyses: they are few (ingest's read-ahead bounds them by the articles
   * they hold), and a read queued behind a worker's hundred analyses came
   * back only when they were done, while the main thread had no new articles
   * to hand out and the worker waited.
   */
  private dispatch(): void {
    for (let posting = true; posting;) {
      posting = false;
      for (const lane of LANES) {
        const queue = this.waiting[lane];
        if (queue.length === 0) continue;
        const reader = this.pieceReader(queue[0]!.task);
        if (reader) {
          this.post(reader, [queue.shift()!]);
          posting = true;
          continue;
        }
        let target: Worker | undefined;
        let least = QUEUE_DEPTH;
        for (const [worker, messages] of this.queues) {
          if (!serves(this.roles.get(worker)!, lane)) continue;
          const load = posted(messages);
          if (load < least) {
            least = load;
            target = worker;
          }
        }
        // Whole messages only: a worker answering task by task would otherwise be topped up a task at a time.
        const room = Math.min(TASKS_PER_MESSAGE, QUEUE_DEPTH - least);
        if (!target || room < Math.min(TASKS_PER_MESSAGE, queue.length)) continue;
        const message = nextMessage(queue, room);
        if (message.length === 0) continue;
        this.post(target, message);
        posting = true;
      }
    }
  }

  private post(worker: Worker, message: Pending[]): void {
    const queued = this.queues.get(worker)!;
    if (queued.length === 0) this.startClock(worker);
    queued.push(message);
    worker.postMessage(message.map((p) => p.task));
  }

  /** For the next piece of a file: the thread that read the piece before, if it is still there and has room. */
  private pieceReader(task: Task): Worker | undefined {
    if (task.kind !== 'read' || task.from === undefined) return undefined;
    const worker = this.lastPiece.get(task.path);
    this.lastPiece.delete(task.path);
    const queued = worker && this.queues.get(worker);
    return queued && posted(queued) < QUEUE_DEPTH ? worker : undefined;
  }

  private laneOf(task: Task): Lane {
    if (task.kind === 'read') return 'read';
    return task.item.text.length > this.largeTextChars ? 'large' : 'analyze';
  }

  private hasRole(role: Role): boolean {
    for (const r of this.roles.values()) if (r === role) return true;
    return false;
  }

  /** Stops a thread for large articles that has none left to analyse (its heap is given back). */
  private retireIdle(worker: Worker): void {
    if (this.roles.get(worker) !== 'large' || this.queues.get(worker)!.length > 0 || this.waiting.large.length > 0) return;
    this.retired.add(worker);
    this.queues.delete(worker);
    this.roles.delete(worker);
    this.ready.delete(worker);
    this.busySince.delete(worker);
    void worker.terminate();
  }

  private spawn(role: Role): void {
    const worker = startWorker(this.entries[role], { ...this.setup, reads: serves(role, 'read') },
      heapMb(role), role === 'large' ? undefined : WORKER_YOUNG_MB);
    this.queues.set(worker, []);
    this.roles.set(worker, role);
    // Each task is answered as soon as it is done (see worker.ts): the answered task leaves its message.
    worker.on('message', (reply: Reply | WorkerStatus) => {
      if (this.retired.has(worker)) return;
      if ('status' in reply) {
        if (reply.status === 'ready') {
          this.ready.add(worker);
          if (this.queues.get(worker)?.length) this.startClock(worker);
        }
        if (reply.status === 'unusable') this.stop(reply.input ? new InputError(reply.error) : new Error(`internal error: ${reply.error}`));
        return;
      }
      const messages = this.queues.get(worker);
      const message = messages?.[0];
      const pending = message?.shift();
      if (!pending) return; // a late answer from a worker already given up for dead: its tasks run again
      if (message!.length === 0) messages!.shift();
      // Workers answer in order: the next task queued, if any, starts now.
      if (messages!.length > 0) this.startClock(worker);
      else this.busySince.delete(worker);
      const { task } = pending;
      if (task.kind === 'read' && reply.ok && reply.kind === 'read' && reply.result.next) this.lastPiece.set(task.path, worker);
      pending.resolve(reply);
      this.retireIdle(worker);
      this.dispatch();
    });
    let dead = false;
    const fail = (reason: string) => {
      if (dead || this.retired.delete(worker)) return; // 'error' is followed by 'exit': replace the worker once
      dead = true;
      const wasReady = this.ready.delete(worker);
      const stoppedForTime = this.overtime.delete(worker);
      this.busySince.delete(worker);
      if (!wasReady && !this.closed) {
        // Its replacement would fail the same way, and so would every task.
        this.stop(new Error(`internal error: a worker thread could not start (it ${reason})`));
        return;
      }
      const lost = this.queues.get(worker) ?? [];
      this.queues.delete(worker);
      this.roles.delete(worker);
      if (this.closed) return;
      // What was left of the message it was running: a task alone there is
      // what killed the worker and fails as a bug; when several are left
      // (answers may still have been on their way) each runs again alone, to
      // find out which. Messages queued behind it are run again.
      const [running = [], ...queued] = lost;
      // Stopped for time, its running task has failed already, and what is left of its message is innocent.
      const culprit = !stoppedForTime && running.length === 1 ? running[0] : undefined;
      const outOfMemory = reason === OUT_OF_MEMORY;
      culprit?.resolve({
        seq: culprit.task.seq, ok: false, input: outOfMemory,
        error: outOfMemory ? `too large to analyse: ran out of memory (the limit is ${heapMb(role)} MB for ${role === 'large' ? 'an article this long' : 'a worker'})` : `internal error: worker ${reason}`,
      });
      const retry = [...(culprit || stoppedForTime ? [] : running.map((p) => ({ ...p, alone: true }))),
        ...(stoppedForTime ? running : []), ...queued.flat()];
      for (const p of retry.reverse()) this.waiting[this.laneOf(p.task)].unshift(p);
      // A thread for large articles is started again only if one is left for it.
      if (role !== 'large' || this.waiting.large.length > 0) this.spawn(role);
      this.dispatch();
    };
    worker.on('error', (err) => fail((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? OUT_OF_MEMORY : `failed: ${err.message}`));
    worker.on('exit', (code) => { if (code !== 0) fail(`exited with code ${code}`); });
  }
}

/** The next tasks of a queue for one message: up to `room`, and a suspect task alone. */
function nextMessage(queue: Pending[], room: number): Pending[] {
  const message: Pending[] = [];
  while (message.length < room) {
    const next = queue[0];
    if (!next || (next.alone && message.length > 0)) break;
    message.push(queue.shift()!);
    if (next.alone) break;
  }
  return message;
}

function posted(messages: Pending[][]): number {
  let n = 0;
  for (const m of messages) n += m.length;
  return n;
}
