import { Derived } from '../doc/derived.js';
import type { Doc } from '../doc/document.js';

/**
 * Lower-cased token texts of a document, computed once and shared by the
 * stages that match lexicons token by token (times, amounts).
 */
const cache = new Derived<string[]>();

export function lowerTokens(doc: Doc): string[] {
  let words = cache.get(doc);
  if (words) return words;
  const { starts, ends, count } = doc.tokens;
  const text = doc.text;
  words = new Array<string>(count);
  for (let i = 0; i < count; i++) words[i] = text.slice(starts[i], ends[i]).toLowerCase();
  cache.set(doc, words);
  return words;
}

/** True when token i+1 follows token i with no space between ("20" "bn" in "20bn"). */
export function glued(doc: Doc, i: number): boolean {
  return i + 1 < doc.tokens.count && doc.tokens.starts[i + 1] === doc.tokens.ends[i];
}

/** Is the token's first character an upper-case letter? */
export function isCapitalised(doc: Doc, i: number): boolean {
  const c = doc.text.charCodeAt(doc.tokens.starts[i]!);
  return c >= 65 && c <= 90;
}
