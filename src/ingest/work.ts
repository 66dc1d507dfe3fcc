import { Analyzer } from '../analyze.js';
import { describeFsError } from '../cli/read-input.js';
import { InputError } from '../input/errors.js';
import { articleId } from '../record/to-record.js';
import type { DossierRecord } from '../record/types.js';
import { readSourceFile } from '../sources/index.js';
import { planRecord } from '../store/plan.js';
import type { ArticleItem, SourceResult } from '../sources/types.js';
import type { ReadResult, Reply, Task, WorkerSetup } from './protocol.js';

/**
 * The work a worker thread does, kept apart from the thread plumbing so it
 * can also run inline (and be tested without threads).
 */
export class IngestWork {
  private analyzer: Analyzer | undefined;

  constructor(private readonly setup: WorkerSetup) {}

  handle(task: Task): Reply {
    try {
      if (task.kind === 'read') return { seq: task.seq, ok: true, kind: 'read', result: this.read(task.path) };
      return { seq: task.seq, ok: true, kind: 'analyze', plan: planRecord(this.analyze(task.item)) };
    } catch (err) {
      const input = err instanceof InputError;
      const message = input ? err.message : `internal error: ${(err as Error).message ?? String(err)}`;
      return { seq: task.seq, ok: false, error: message.split('\n')[0]!, input };
    }
  }

  read(path: string): ReadResult {
    let source: SourceResult;
    try {
      // WARC files are read a record at a time; other files whole (up to the reader's size limit).
      source = readSourceFile(path, this.setup.maxBytes === undefined ? {} : { maxBytes: this.setup.maxBytes });
    } catch (err) {
      // File-system failures (no such file, a directory, no permission) become one-line input errors.
      if (err instanceof InputError || (err as NodeJS.ErrnoException).syscall === undefined) throw err;
      throw new InputError(describeFsError(err));
    }
    return { ...source, items: source.items.map((item) => ({ ...item, id: articleId(item.text) })) };
  }

  analyze(item: ArticleItem): DossierRecord {
    this.analyzer ??= new Analyzer({ kbFiles: this.setup.kbFiles, disable: this.setup.disable });
    const record = this.analyzer.analyze(item.text, {
      ...(item.title !== undefined && { title: item.title }),
      ...(item.published !== undefined && { published: item.published }),
      ...(item.source !== undefined && { source: item.source }),
      ...(item.url !== undefined && { url: item.url }),
    });
    if (item.summaryOnly) {
      // The record format has no flag for this; a message keeps it with the article.
      record.messages = [...(record.messages ?? []), {
        stage: 'ingest', level: 'info', start: 0, end: 0,
        text: 'summary only: the feed carried a summary of this article, not its full text',
      }];
    }
    return record;
  }
}
