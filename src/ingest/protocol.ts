import type { DossierRecord } from '../record/types.js';
import type { PreparedRecord } from '../store/prepare.js';
import type { ArticleItem, SourceFormat } from '../sources/types.js';

/** What every worker is started with. */
export interface WorkerSetup {
  kbFiles: readonly string[];
  disable: readonly string[];
  maxBytes?: number;
}

/** An article read from a file, with its content-hash id (the record's article id). */
export interface ReadItem extends ArticleItem {
  id: string;
}

export interface ReadResult {
  format: SourceFormat;
  items: ReadItem[];
  problems: string[];
}

export type Task =
  | { seq: number; kind: 'read'; path: string }
  | { seq: number; kind: 'analyze'; item: ArticleItem };

export type Reply =
  | { seq: number; ok: true; kind: 'read'; result: ReadResult }
  /** `prepared`: what the store derives from the record, computed here rather than on the writing thread. */
  | { seq: number; ok: true; kind: 'analyze'; record: DossierRecord; prepared: PreparedRecord }
  /** `input`: the user's data is at fault (one line for the report); otherwise a bug. */
  | { seq: number; ok: false; error: string; input: boolean };
