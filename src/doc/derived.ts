import type { Doc } from './document.js';

/**
 * Data a stage derives from a document and keeps for later questions about
 * it (a token view, an index, the quoted regions), held by the document
 * itself so that it goes when the document goes.
 *
 * Not a module-level WeakMap keyed by the document: V8's young-generation
 * collector treats a WeakMap's entries as strong, so every document still
 * in such a map survived each minor collection with everything it had
 * built, and was promoted to the old generation. Analysing reports, 2 MB of
 * the 15 MB collected at each minor collection survived this way (0.1 MB
 * once held here), and the old generation filled with dead documents.
 */
export class Derived<T> {
  get(doc: Doc): T | undefined {
    return doc.derived.get(this) as T | undefined;
  }

  set(doc: Doc, value: T): void {
    doc.derived.set(this, value);
  }
}
