/**
 * What the events stage reads from a document, computed once per document:
 * each token's normalised form and flags, and which entity (if any) it
 * belongs to, so argument search is an array lookup per token.
 */
import type { Doc } from '../../doc/document.js';
import { TokenKind } from '../../doc/tokens.js';
import type { Entity } from '../../record/types.js';
import { lowerTokens } from '../../util/token-words.js';

export const enum TokenFlag {
  Possessive = 1,
  Negated = 2,
  Future = 4,
  Capital = 8,
  Word = 16,
  /** Inside a time expression of the times stage. */
  Time = 32,
}

export interface EventContext {
  readonly doc: Doc;
  /** Normalised token text without a possessive or contracted ending: "Russia’s" → "russia". */
  readonly words: string[];
  readonly flags: Uint8Array;
  /** Index into `entities` for tokens inside a mention, else -1. */
  readonly entityAt: Int32Array;
  readonly entities: readonly Entity[];
}

export interface TokenWords {
  readonly words: string[];
  readonly flags: Uint8Array;
}

export function buildContext(doc: Doc, tokenWords: TokenWords = readTokenWords(doc)): EventContext {
  const { words, flags } = tokenWords;
  const { count, starts } = doc.tokens;
  for (const t of doc.times) {
    for (let k = doc.tokenIndexAt(t.span.start); k < count && starts[k]! < t.span.end; k++) flags[k]! |= TokenFlag.Time;
  }
  const entityAt = new Int32Array(count).fill(-1);
  doc.entities.forEach((entity, index) => {
    for (const m of entity.mentions) {
      for (let t = doc.tokenIndexAt(m.start); t < count && starts[t]! < m.end; t++) entityAt[t] = index;
    }
  });
  return { doc, words, flags, entityAt, entities: doc.entities };
}

/** Each token's normalised form and flags; computed once and shared with the group-actor pass. */
export function readTokenWords(doc: Doc): TokenWords {
  const { count, starts, ends, kinds } = doc.tokens;
  const words = new Array<string>(count);
  const flags = new Uint8Array(count);
  const text = doc.text;
  const lowered = lowerTokens(doc);
  for (let i = 0; i < count; i++) {
    const start = starts[i]!;
    if (ends[i]! - start === 1 && kinds[i] !== TokenKind.Word) {
      // punctuation: a one-character string V8 keeps interned, no allocation
      words[i] = text[start]!;
      flags[i] = 0;
      continue;
    }
    const c = text.charCodeAt(start);
    let w = c >= 97 && c <= 122 ? lowerStartWord(text, start, ends[i]!, lowered[i]!) : straightApostrophes(lowered[i]!);
    let f = kinds[i] === TokenKind.Word ? TokenFlag.Word : 0;
    if (c >= 65 && c <= 90) f |= TokenFlag.Capital;
    if (w.length > 2 && w.includes("'")) {
      if (w.endsWith("'s")) { w = w.slice(0, -2); f |= TokenFlag.Possessive; }
      else if (w.endsWith("n't")) { w = w === "won't" ? 'will' : w === "can't" ? 'can' : w.slice(0, -3); f |= TokenFlag.Negated; }
      else if (w.endsWith("'ll")) { w = w.slice(0, -3); f |= TokenFlag.Future; }
      else if (w.endsWith("'re") || w.endsWith("'ve") || w.endsWith("'d")) w = w.slice(0, w.lastIndexOf("'"));
    } else if (w.endsWith("s'") && w.length > 2) {
      w = w.slice(0, -1); f |= TokenFlag.Possessive; // plural possessive: "allies'"
    }
    words[i] = w;
    flags[i] = f;
  }
  return { words, flags };
}

/**
 * A token starting in lower case: kept as written unless it has an ASCII
 * capital or a ’ (then normalised). Plain ASCII is its own lower case, so the
 * shared lower-cased string serves without a copy.
 */
function lowerStartWord(text: string, start: number, end: number, lower: string): string {
  let nonAscii = false;
  for (let k = start; k < end; k++) {
    const d = text.charCodeAt(k);
    if ((d >= 65 && d <= 90) || d === 0x2019) return straightApostrophes(lower);
    if (d >= 128) nonAscii = true;
  }
  return nonAscii ? text.slice(start, end) : lower;
}

/** normalise() of a token whose lower case is `lower`. */
function straightApostrophes(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** First token of the mention run containing token `i` (same entity, contiguous). */
export function mentionStart(ctx: EventContext, i: number, floor: number): number {
  const e = ctx.entityAt[i];
  while (i - 1 >= floor && ctx.entityAt[i - 1] === e) i--;
  return i;
}

export function mentionEnd(ctx: EventContext, i: number, ceiling: number): number {
  const e = ctx.entityAt[i];
  while (i + 1 < ceiling && ctx.entityAt[i + 1] === e) i++;
  return i;
}
