/**
 * Tokens as a struct of typed arrays rather than one object per token:
 * millions of words stay cheap to hold and fast to scan.
 */
export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
  Symbol = 4,
}

export interface TokenTable {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly kinds: Uint8Array;
}

// One alternation, tried left to right at each non-space position:
//  1. TeX-style quotes `` and '' (one token each)
//  2. dotted abbreviations ("U.S.", "e.g.") with their final period
//  3. words: letters/marks with inner apostrophes, hyphens and periods
//     ("don't", "second-biggest", "bbc.co.uk") and digits ("G20", "F-35")
//  4. numbers: digits with inner separators ("1,200.5", "2024-11-17")
//  5. any other single character (punctuation, currency and other symbols)
const TOKEN =
  /``|''|(?:\p{L}\.){2,}|[\p{L}\p{M}](?:[\p{L}\p{M}\d]|['’\-.](?=[\p{L}\p{M}\d]))*|\d(?:\d|[.,:/\-](?=\d))*|\S/gu;
const WORD_START = /[\p{L}\p{M}]/u;
const SYMBOL = /[\p{Sc}\p{Sm}%&@#]/u;

/** Splits text into tokens; whitespace is never a token. */
export function tokenize(text: string): TokenTable {
  // Upper bound guess; grown by doubling when exceeded.
  let capacity = Math.max(16, (text.length >>> 2) + 16);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let count = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      kinds = grow(kinds, capacity);
    }
    const s = m.index;
    starts[count] = s;
    ends[count] = s + m[0].length;
    kinds[count] = classify(m[0]);
    count++;
  }
  return { count, starts, ends, kinds };
}

function classify(token: string): TokenKind {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) return TokenKind.Number;
  if (token.length > 1 && token !== '``' && token !== "''") return TokenKind.Word;
  if (WORD_START.test(token)) return TokenKind.Word;
  return SYMBOL.test(token) ? TokenKind.Symbol : TokenKind.Punct;
}

function grow<T extends Uint32Array | Uint8Array>(arr: T, capacity: number): T {
  const next = new (arr.constructor as new (n: number) => T)(capacity);
  next.set(arr);
  return next;
}

/** Words and numbers: what "words per second" counts. */
export function countWords(tokens: TokenTable): number {
  let n = 0;
  for (let i = 0; i < tokens.count; i++) {
    const k = tokens.kinds[i];
    if (k === TokenKind.Word || k === TokenKind.Number) n++;
  }
  return n;
}

/** The token pattern, for code that only needs the words' strings (KB name keys). */
export const TOKEN_SOURCE = TOKEN.source;
