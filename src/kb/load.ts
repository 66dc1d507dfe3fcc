import type { KnowledgeBase } from './types.js';

export interface KbOptions {
  /** User KB files merged over the bundled data, later files winning. */
  files?: readonly string[];
}

/** Loads the knowledge base; the entity stage extends what it holds. */
export function loadKnowledgeBase(_options: KbOptions = {}): KnowledgeBase {
  return { entries: new Map(), sources: [] };
}
