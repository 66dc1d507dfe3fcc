import { Derived } from '../../doc/derived.js';
import type { Doc } from '../../doc/document.js';
import type { EntityIndex } from './cluster.js';

/** The entity stage's working index per document, kept for later lookups (roles, pronouns). */
const indexes = new Derived<EntityIndex>();

export function rememberIndex(doc: Doc, index: EntityIndex): void {
  indexes.set(doc, index);
}

export function indexOf(doc: Doc): EntityIndex | undefined {
  return indexes.get(doc);
}
