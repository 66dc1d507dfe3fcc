/** The library face of dossier: `import { analyze } from 'dossier'`. */
export { analyze, Analyzer, type AnalyzeOptions } from './analyze.js';
export { Doc, type DocumentMeta, type LayerName } from './doc/document.js';
export { tokenize, countWords, TokenKind, type TokenTable } from './doc/tokens.js';
export type { Span, TextSpan } from './doc/span.js';
export { createPipeline, type Pipeline, type PipelineOptions } from './pipeline/pipeline.js';
export { registerStage, registeredStages, PipelineError } from './pipeline/registry.js';
export type { Stage, StageContext } from './pipeline/stage.js';
export { toRecord, articleId } from './record/to-record.js';
export * from './record/types.js';
export { InputError } from './input/errors.js';
export { decodeArticle } from './input/decode.js';
