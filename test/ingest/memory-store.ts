import type { BatchEntry, IngestStore } from '../../src/ingest/ingest.js';
import type { DossierRecord } from '../../src/record/types.js';
import { recordFromPlan } from '../../src/store/plan.js';

/** An in-memory stand-in for the SQLite store: the same contract, no file. */
export class MemoryStore implements IngestStore {
  readonly records = new Map<string, DossierRecord>();
  readonly origins = new Map<string, string | undefined>();
  private readonly urls = new Set<string>();

  hasArticle(id: string, url?: string): boolean {
    return this.records.has(id) || (url !== undefined && this.urls.has(url));
  }

  putRecord(record: DossierRecord, origin?: { path?: string }): boolean {
    const { id, url } = record.article;
    if (this.hasArticle(id, url)) return false;
    this.records.set(id, record);
    this.origins.set(id, origin?.path);
    if (url !== undefined) this.urls.add(url);
    return true;
  }

  putBatch(entries: readonly BatchEntry[]): boolean[] {
    return entries.map((e) => this.putRecord(recordFromPlan(e.plan), e.origin));
  }

  commit(): void {
    // Nothing held: every batch is stored at once.
  }
}
