import './stages/index.js';
import type { DocumentMeta } from './doc/document.js';
import type { Doc } from './doc/document.js';
import { loadKnowledgeBase } from './kb/load.js';
import type { KnowledgeBase } from './kb/types.js';
import { createPipeline, type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
import { toRecord } from './record/to-record.js';
import type { DossierRecord } from './record/types.js';
import { InputError } from './input/errors.js';

export interface AnalyzeOptions extends PipelineOptions, DocumentMeta {
  /** User knowledge-base files merged over the bundled one. */
  kbFiles?: readonly string[];
}

/**
 * Loads the knowledge base and builds the pipeline once; `analyze` then runs
 * per article. Use this when analysing many reports.
 */
export class Analyzer {
  readonly pipeline: Pipeline;
  readonly kb: KnowledgeBase;

  constructor(options: Omit<AnalyzeOptions, keyof DocumentMeta> = {}) {
    this.pipeline = createPipeline(options);
    this.kb = loadKnowledgeBase({ files: options.kbFiles ?? [] });
  }

  analyzeDoc(text: string, meta: DocumentMeta = {}): Doc {
    if (meta.published !== undefined) checkDate(meta.published);
    return this.pipeline.run(text, meta, {
      kb: this.kb,
      ...(meta.published !== undefined && { published: meta.published.slice(0, 10) }),
    });
  }

  analyze(text: string, meta: DocumentMeta = {}): DossierRecord {
    return toRecord(this.analyzeDoc(text, meta));
  }
}

/** One-off analysis of one article: `analyze(text, { published: '2024-11-17' })`. */
export function analyze(text: string, options: AnalyzeOptions = {}): DossierRecord {
  const { title, published, source, url, ...rest } = options;
  const meta: DocumentMeta = {
    ...(title !== undefined && { title }),
    ...(published !== undefined && { published }),
    ...(source !== undefined && { source }),
    ...(url !== undefined && { url }),
  };
  return new Analyzer(rest).analyze(text, meta);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function checkDate(value: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value.slice(0, 10)))) {
    throw new InputError(`published date "${value}" is not an ISO date (YYYY-MM-DD)`);
  }
}
