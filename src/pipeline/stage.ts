import type { Doc, LayerName } from '../doc/document.js';
import type { KnowledgeBase } from '../kb/types.js';

/** What every stage may read besides the document: resources loaded once per pipeline. */
export interface StageContext {
  /** Publication date (YYYY-MM-DD), the anchor for relative time expressions. */
  published?: string;
  kb: KnowledgeBase;
}

/**
 * A named component that adds layers to a document (cf. CoreNLP annotators,
 * spaCy components). Stages are plain data: a name, what they need, what they
 * give, and a function.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  /** One line for `dossier stages`. */
  readonly description: string;
  run(doc: Doc, ctx: StageContext): void;
}
