import { Analyzer } from '../analyze.js';
import { toRecord } from '../record/to-record.js';
import type { DossierRecord } from '../record/types.js';
import { planRecord } from '../store/plan.js';
import type { ArticleItem, ReadCursor } from '../sources/types.js';
import { failedReply, withoutText, type ReadResult, type Reply, type Task, type WorkerSetup } from './protocol.js';

/** Reads one file into articles (read-work.ts: readArticles). */
export type ReadFile = (path: string, setup: WorkerSetup, from?: ReadCursor) => ReadResult;

/**
 * The work a worker thread does, kept apart from the thread plumbing so it
 * can also run inline (and be tested without threads). `read`: how it reads
 * files, when it is given reads at all.
 */
export class IngestWork {
  private analyzer: Analyzer | undefined;

  constructor(private readonly setup: WorkerSetup, private readonly read?: ReadFile) {}

  /** Loads what analysis needs now (the knowledge base), so a setup that cannot work fails before any task. */
  prepare(): void {
    this.analyzer ??= this.newAnalyzer();
  }

  handle(task: Task): Reply {
    try {
      if (task.kind === 'read') {
        if (!this.read) throw new Error('a file to read was sent to a thread that only analyses');
        return { seq: task.seq, ok: true, kind: 'read', result: this.read(task.path, this.setup, task.from) };
      }
      return { seq: task.seq, ok: true, kind: 'analyze', plan: withoutText(planRecord(this.analyze(task.item))) };
    } catch (err) {
      return failedReply(task.seq, err);
    }
  }

  analyze(item: ArticleItem & { id?: string }): DossierRecord {
    this.analyzer ??= this.newAnalyzer();
    const record = toRecord(this.analyzer.analyzeDoc(item.text, {
      ...(item.title !== undefined && { title: item.title }),
      ...(item.published !== undefined && { published: item.published }),
      ...(item.source !== undefined && { source: item.source }),
      ...(item.url !== undefined && { url: item.url }),
    }), item.id);
    if (item.summaryOnly) {
      // The record format has no flag for this; a message keeps it with the article.
      record.messages = [...(record.messages ?? []), {
        stage: 'ingest', level: 'info', start: 0, end: 0,
        text: 'summary only: the feed carried a summary of this article, not its full text',
      }];
    }
    return record;
  }

  private newAnalyzer(): Analyzer {
    return new Analyzer({ kbFiles: this.setup.kbFiles, disable: this.setup.disable });
  }
}
