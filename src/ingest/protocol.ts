import { InputError } from '../input/errors.js';
import type { ArticlePlan, RecordPlan } from '../store/plan.js';
import type { ArticleItem, ReadCursor, SourceFormat } from '../sources/types.js';

/** What every worker is started with. */
export interface WorkerSetup {
  kbFiles: readonly string[];
  disable: readonly string[];
  maxBytes?: number;
  /** A JSON Lines file larger than this is read this many bytes at a time. */
  chunkBytes?: number;
  /** The thread reads files too; false: it only analyses, and loads no code for reading. */
  reads?: boolean;
}

/** An article read from a file, with its content-hash id (the record's article id). */
export interface ReadItem extends ArticleItem {
  id: string;
}

export interface ReadResult {
  format: SourceFormat;
  items: ReadItem[];
  problems: string[];
  /** The file has more to read from here (a large JSON Lines file): another read task with `from`. */
  next?: ReadCursor;
}

export type Task =
  /** `from`: where to go on reading a file read in pieces. */
  | { seq: number; kind: 'read'; path: string; from?: ReadCursor }
  /** `item.id`, when given, is the article id already worked out (articleId of its text). */
  | { seq: number; kind: 'analyze'; item: ArticleItem & { id?: string } };

/**
 * A plan as it comes back from analysis: without the article's text, which
 * the writing thread sent and still holds. Sending it back made a second
 * copy of every text on that thread (9 KB for a news report, a quarter of
 * the plan), copied by its collector and moved to the old generation with
 * the plan while it waited to be written.
 */
export type PlanWithoutText = Omit<RecordPlan, 'article'> & { article: Omit<ArticlePlan, 'text'> };

/** The plan to send back from analysis (see PlanWithoutText). */
export function withoutText({ article: { text: _held, ...article }, ...rows }: RecordPlan): PlanWithoutText {
  return { ...rows, article };
}

/** The plan to write: the analysed plan with the text the analysis was given. */
export function withText(plan: PlanWithoutText, text: string): RecordPlan {
  return { ...plan, article: { ...plan.article, text } };
}

export type Reply =
  | { seq: number; ok: true; kind: 'read'; result: ReadResult }
  /** The record as the store's plan of rows (which holds the whole record): the writing thread only writes. */
  | { seq: number; ok: true; kind: 'analyze'; plan: PlanWithoutText }
  /** `input`: the user's data is at fault (one line for the report); otherwise a bug. */
  | { seq: number; ok: false; error: string; input: boolean };

/**
 * What a worker says of itself, once, before or among its replies: it is
 * ready for tasks, or it cannot take any (its setup failed: a knowledge-base
 * file that does not load, say), which ends the whole run with that error.
 */
export type WorkerStatus =
  | { status: 'ready' }
  | { status: 'unusable'; error: string; input: boolean };

export function unusableStatus(err: unknown): WorkerStatus {
  const input = err instanceof InputError;
  const message = (err as Error).message ?? String(err);
  return { status: 'unusable', error: message.split('\n')[0]!, input };
}

/** The reply for a task that threw: one line, and whether the user's data is at fault. */
export function failedReply(seq: number, err: unknown): Reply {
  const input = err instanceof InputError;
  const message = input ? err.message : `internal error: ${(err as Error).message ?? String(err)}`;
  return { seq, ok: false, error: message.split('\n')[0]!, input };
}
