export { ingest, type BatchEntry, type IngestOptions, type IngestProgress, type IngestStore, type IngestSummary } from './ingest.js';
export { expandPaths, globToRegExp } from './files.js';
