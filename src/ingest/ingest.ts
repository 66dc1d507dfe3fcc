import { availableParallelism } from 'node:os';
import { InputError } from '../input/errors.js';
import type { RecordPlan } from '../store/plan.js';
import type { BatchOptions } from '../store/types.js';
import { normalizeDate } from '../sources/dates.js';
import { InFlight } from '../util/in-flight.js';
import { expandPaths } from './files.js';
import { WorkerPool } from './pool.js';
import { withText, type ReadItem, type Reply } from './protocol.js';

/** The part of the store ingest needs (src/store's Store has it). */
export interface IngestStore {
  hasArticle(id: string, url?: string): boolean;
  /**
   * Writes the records, in this order, in one transaction (all or nothing);
   * says for each whether it was new (false: already stored). With `hold`
   * the transaction stays open for the next batches until commit().
   */
  putBatch(entries: readonly BatchEntry[], options?: BatchOptions): boolean[];
  commit(): void;
}

export interface BatchEntry {
  /** The store's planRecord(record), computed by the worker that analysed the article. */
  plan: RecordPlan;
  origin?: { path?: string };
}

/**
 * Records written in one go. The main thread posts no tasks while it
 * writes, so a batch is kept short enough (about 100 ms) for the workers'
 * queued tasks to outlast it.
 */
const BATCH_RECORDS = 64;
/** A batch is written once this old even when not full. */
const BATCH_MS = 50;
/**
 * Batches share one transaction, committed after this many records or this
 * long: every commit writes out the pages it touched (index and full-text
 * pages over and over), and committing every 64 records took a sixth of the
 * writing thread's time. A killed run loses at most what is not committed,
 * which the next run redoes.
 */
export const DEFAULT_COMMIT_RECORDS = 512;
const COMMIT_MS = 500;

export interface IngestOptions {
  /** Worker threads for analysis (default: defaultJobs()). 0 runs everything on the main thread. */
  jobs?: number;
  /** Threads that only read files, besides those (default: defaultReaders(jobs)); 0: the analysing threads read too. */
  readers?: number;
  /** Publication date for articles whose source gives none (anchors "on Monday"). */
  publishedDefault?: string;
  /** Largest single article in bytes. */
  maxBytes?: number;
  /** A JSON Lines file larger than this is read this many bytes at a time, a WARC file this many characters of article text (default 2 MB), so an archive of any size goes through. */
  chunkBytes?: number;
  /** Records per commit, at most (default DEFAULT_COMMIT_RECORDS; a commit also comes every half second). */
  commitEvery?: number;
  /** Longest one file (or piece of one) may take to read, or one article to analyse (default DEFAULT_TASK_SECONDS; not with jobs 0). */
  taskSeconds?: number;
  kbFiles?: readonly string[];
  disable?: readonly string[];
  /** One line per problem: "path: reason". */
  onProblem?: (line: string) => void;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  filesTotal: number;
  filesDone: number;
  /** Articles found in the files read so far. */
  found: number;
  stored: number;
  /** Already in the store, or a duplicate (same text or URL) of one met earlier in this run. */
  skipped: number;
  /** Problems reported: bad files, bad lines or records, failed analyses. */
  problems: number;
  /** Files with at least one problem. */
  failedFiles: number;
  elapsedMs: number;
}

export type IngestSummary = IngestProgress;

/**
 * Reads, analyses and stores every article under `paths`.
 *
 * Workers read files and analyse articles in parallel; the main thread
 * decides, in file order, which articles are new (not in the store by id or
 * URL, not met earlier in this run) before any analysis, and writes the
 * records in that same file order, whatever order the analyses finish in:
 * the store merges quotes and entities across articles, and the merge depends
 * on the order records arrive, so only a fixed order makes a resumed run build
 * exactly the store a clean run builds. Records are written in batches, each
 * in one transaction, so a killed run loses at most the articles in flight and
 * in the unwritten batch, which the next run redoes.
 */
export async function ingest(paths: readonly string[], store: IngestStore, options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const jobs = options.jobs ?? defaultJobs();
  const commitEvery = options.commitEvery ?? DEFAULT_COMMIT_RECORDS;
  const publishedDefault = options.publishedDefault === undefined ? undefined : checkDefaultDate(options.publishedDefault);
  const { files, problems: listProblems } = await expandPaths(paths);
  const progress: IngestProgress = {
    filesTotal: files.length, filesDone: 0, found: 0, stored: 0, skipped: 0, problems: 0, failedFiles: 0, elapsedMs: 0,
  };
  const failedFiles = new Set<string>();
  const report = (path: string, reason: string) => {
    progress.problems++;
    if (!failedFiles.has(path)) {
      failedFiles.add(path);
      progress.failedFiles++;
    }
    options.onProblem?.(`${path}: ${reason}`);
  };
  const tick = () => {
    progress.elapsedMs = performance.now() - started;
    options.onProgress?.(progress);
  };
  for (const { path, reason } of listProblems) report(path, reason);

  const pool = new WorkerPool(jobs, {
    kbFiles: options.kbFiles ?? [], disable: options.disable ?? [],
    ...(options.maxBytes !== undefined && { maxBytes: options.maxBytes }),
    ...(options.chunkBytes !== undefined && { chunkBytes: options.chunkBytes }),
  }, { readers: options.readers ?? defaultReaders(jobs), ...(options.taskSeconds !== undefined && { taskSeconds: options.taskSeconds }) });
  const claimedIds = new Set<string>();
  const claimedUrls = new Set<string>();
  const analyses = new InFlight();
  const maxAnalyses = Math.max(2, jobs * 128);
  // What ends the run early: a store that cannot write (disk full, locked), or workers that cannot start.
  let runFailure: unknown;
  const checkRun = () => {
    runFailure ??= pool.failure;
    if (runFailure !== undefined) throw runFailure;
  };

  // Finished analyses wait here, by file-order number, until every earlier one is in the batch.
  const finished = new Map<number, BatchEntry | null>();
  let nextOrdinal = 0;
  let nextToBatch = 0;
  let batch: BatchEntry[] = [];
  let lastWrite = performance.now();
  // Written but not committed: counted in the progress once committed.
  const held = { stored: 0, skipped: 0, since: 0 };
  const heldRecords = () => held.stored + held.skipped;
  const commit = () => {
    store.commit();
    progress.stored += held.stored;
    progress.skipped += held.skipped;
    Object.assign(held, { stored: 0, skipped: 0 });
  };
  const writeBatch = (final = false) => {
    lastWrite = performance.now();
    if (batch.length > 0) {
      const written = batch;
      batch = [];
      if (heldRecords() === 0) held.since = lastWrite;
      for (const isNew of store.putBatch(written, { hold: true })) {
        if (isNew) held.stored++;
        else held.skipped++;
      }
    }
    if (final || heldRecords() >= commitEvery || lastWrite - held.since >= COMMIT_MS) commit();
    else armIdleWrite();
  };
  // Writes and commits are otherwise driven by arriving analyses: while none
  // arrive (a large file being read), a timer writes and commits what waits.
  let idleWrite: NodeJS.Timeout | undefined;
  const armIdleWrite = () => {
    if (idleWrite !== undefined || (heldRecords() === 0 && batch.length === 0)) return;
    idleWrite = setTimeout(() => {
      idleWrite = undefined;
      if (runFailure === undefined) scheduleWrite();
    }, COMMIT_MS);
  };
  // A write waits for the turn after the replies that filled the batch, and
  // first posts the tasks those replies made room for: while this thread
  // writes (a hundred milliseconds a batch) it cannot post, and a worker
  // that has run out of tasks waits for it.
  let pendingWrite: NodeJS.Immediate | undefined;
  const scheduleWrite = () => {
    pendingWrite ??= setImmediate(() => {
      pendingWrite = undefined;
      pool.postNow();
      try {
        writeBatch();
      } catch (err) {
        // A store that cannot write (disk full, locked) ends the run; the loop rethrows it.
        runFailure ??= err;
      }
    });
  };
  const collect = () => {
    for (let next = finished.get(nextToBatch); next !== undefined; next = finished.get(nextToBatch)) {
      finished.delete(nextToBatch++);
      if (next) batch.push(next);
    }
    if (batch.length >= BATCH_RECORDS || performance.now() - lastWrite >= BATCH_MS) scheduleWrite();
    else armIdleWrite();
  };

  const analyse = (path: string, label: string, item: ReadItem) => {
    // The id goes along: the worker need not hash the text again.
    const article: ReadItem = { ...item };
    if (article.published === undefined && publishedDefault !== undefined) article.published = publishedDefault;
    const ordinal = nextOrdinal++;
    const done = pool.run({ kind: 'analyze', item: article }).then((reply) => {
      if (pool.failure) return;
      if (reply.ok && reply.kind === 'analyze') finished.set(ordinal, { plan: withText(reply.plan, article.text), origin: { path } });
      else {
        finished.set(ordinal, null);
        if (!reply.ok) report(path, `${label}: ${reply.error}`);
      }
      if (runFailure === undefined) collect();
      tick();
    }).catch((err: unknown) => {
      // A store that cannot write (disk full, locked) ends the run; the loop rethrows it.
      runFailure ??= err;
    });
    analyses.add(done);
  };

  /** Articles in the pieces already accepted of a file read in pieces. */
  const earlierPieces = new Map<string, number>();
  /**
   * Called in file order: the dedup decisions, and so the final store, do not
   * depend on timing.
   */
  const accept = async (path: string, reply: Reply): Promise<void> => {
    // A reply failed by a pool that stopped is the run's failure, not this file's.
    checkRun();
    if (!reply.ok) {
      progress.filesDone++;
      report(path, reply.error);
      tick();
      return;
    }
    if (reply.kind !== 'read') return;
    const { items, problems, next } = reply.result;
    // Articles of a file read in pieces are numbered through the whole file.
    const before = earlierPieces.get(path) ?? 0;
    if (next === undefined) {
      progress.filesDone++;
      earlierPieces.delete(path);
    } else earlierPieces.set(path, before + items.length);
    for (const problem of problems) report(path, problem);
    progress.found += items.length;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const claimed = claimedIds.has(item.id) || (item.url !== undefined && claimedUrls.has(item.url));
      if (claimed || store.hasArticle(item.id, item.url)) {
        progress.skipped++;
        continue;
      }
      // Only what will be stored is claimed: a skipped item must not shadow a later one.
      claimedIds.add(item.id);
      if (item.url !== undefined) claimedUrls.add(item.url);
      // Bounds the analyses in flight and the finished ones waiting for an earlier, slower one.
      while (analyses.size >= maxAnalyses || (analyses.size > 0 && nextOrdinal - nextToBatch >= maxAnalyses * 4)) {
        await analyses.next();
      }
      checkRun();
      analyse(path, items.length > 1 || next || before ? `article ${before + i + 1}${item.title ? ` ("${clip(item.title)}")` : ''}` : 'article', item);
    }
    tick();
  };

  try {
    const reads = new ReadAhead(Math.max(16, jobs * 64));
    // The next piece of a file read in pieces is asked for as soon as this one arrives (so it is read
    // while this one is analysed), and accepted before anything after it.
    const acceptOldest = async (read: PendingRead) => {
      const reply = await read.reply;
      const next = reply.ok && reply.kind === 'read' ? reply.result.next : undefined;
      if (next) reads.addFirst(read.path, pool.run({ kind: 'read', path: read.path, from: next }));
      await accept(read.path, reply);
    };
    for (const path of files) {
      for (let oldest = reads.next(); oldest; oldest = reads.next()) await acceptOldest(oldest);
      reads.add(path, pool.run({ kind: 'read', path }));
    }
    for (let oldest = reads.drain(); oldest; oldest = reads.drain()) await acceptOldest(oldest);
    while (analyses.size > 0) await analyses.next();
    checkRun();
    writeBatch(true);
  } finally {
    if (pendingWrite) clearImmediate(pendingWrite);
    clearTimeout(idleWrite);
    await pool.close();
  }
  tick();
  return { ...progress };
}

/**
 * One worker per core but one: the main thread is busy too, writing the
 * store. On 2 cores one worker stores as many articles a second as two
 * (measured), with about 130 MB less resident memory and no thread waiting
 * for a core.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * One reading thread per four analysing ones. Reading an HTML page
 * (Readability) costs as much as analysing its text, and on
 * the analysing thread it left a core idle a fifth of the time while the
 * writing thread waited for records; a thread of its own, holding no
 * analysis code or data, fills that time (HTML pages with site chrome:
 * 235-245 to 295-314 articles/s on 2 cores).
 */
export function defaultReaders(jobs: number): number {
  return jobs > 0 ? Math.ceil(jobs / 4) : 0;
}

interface PendingRead {
  path: string;
  reply: Promise<Reply>;
  /** Articles the file held, once read. */
  articles?: number;
}

/**
 * Files read ahead of the one being accepted, bounded by the articles they
 * hold rather than by their number: a read-ahead of 64 small files is 64
 * articles, of 64 WARC or JSON Lines files thousands (and hundreds of MB).
 * A file not read yet counts as the average seen so far, and as an eighth
 * of the budget before any is read.
 */
class ReadAhead {
  private readonly pending: PendingRead[] = [];
  private files = 0;
  private articles = 0;

  constructor(private readonly budget: number) {}

  add(path: string, reply: Promise<Reply>): void {
    this.pending.push(this.track(path, reply, true));
  }

  /** The next piece of the file just accepted: ahead of every other read, and not counted as a file of its own. */
  addFirst(path: string, reply: Promise<Reply>): void {
    this.pending.unshift(this.track(path, reply, false));
  }

  private track(path: string, reply: Promise<Reply>, wholeFile: boolean): PendingRead {
    const read: PendingRead = { path, reply };
    void reply.then((r) => {
      read.articles = r.ok && r.kind === 'read' ? r.result.items.length : 0;
      if (!wholeFile) return;
      this.files++;
      this.articles += read.articles;
    });
    return read;
  }

  /** The oldest read, when the budget is spent (accept it before reading more). */
  next(): PendingRead | undefined {
    return this.weight() >= this.budget ? this.pending.shift() : undefined;
  }

  drain(): PendingRead | undefined {
    return this.pending.shift();
  }

  private weight(): number {
    const perFile = this.files === 0 ? this.budget / 8 : Math.max(1, this.articles / this.files);
    let weight = 0;
    for (const read of this.pending) weight += read.articles === undefined ? perFile : Math.max(1, read.articles);
    return weight;
  }
}

function checkDefaultDate(value: string): string {
  const date = normalizeDate(value);
  if (!date) throw new InputError(`--published-default "${value}" is not a date (YYYY-MM-DD)`);
  return date;
}

function clip(title: string): string {
  return title.length > 40 ? `${title.slice(0, 39)}…` : title;
}
