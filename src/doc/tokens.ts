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
  const length = text.length;
  let pos = 0;
  while (pos < length) {
    const c = text.charCodeAt(pos);
    if (c === 32 || (c >= 9 && c <= 13)) { pos++; continue; }
    // Plain ASCII is read by hand (most news text); anything else, or a word
    // running into a non-ASCII character, goes to the TOKEN pattern, which
    // defines what a token is.
    let end = c < 128 ? asciiTokenEnd(text, pos, c) : -1;
    let kind: TokenKind;
    if (end < 0) {
      TOKEN.lastIndex = pos;
      const m = TOKEN.exec(text);
      if (m === null) break; // only whitespace left
      pos = m.index;
      end = pos + m[0].length;
      kind = classify(m[0]);
    } else {
      kind = end - pos > 1 ? (c <= 57 && c >= 48 ? TokenKind.Number : c === 96 || c === 39 ? TokenKind.Punct : TokenKind.Word) : ASCII_KINDS[c]!;
    }
    if (count === capacity) {
      capacity *= 2;
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      kinds = grow(kinds, capacity);
    }
    starts[count] = pos;
    ends[count] = end;
    kinds[count] = kind;
    count++;
    pos = end;
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

/** Kinds of the one-character ASCII tokens, from classify() itself. */
const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, c) => classify(String.fromCharCode(c)));

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** U+2000–U+206F (spaces, dashes, curly quotes): no letters or marks, so they never continue a word. */
const isGeneralPunctuation = (c: number): boolean => c >= 0x2000 && c <= 0x206f;

/**
 * End of the TOKEN match at `pos` (a non-space ASCII character `c`), read by
 * hand with the same alternatives in the same order, or -1 when a non-ASCII
 * character could change the match (the caller then runs TOKEN itself).
 */
function asciiTokenEnd(text: string, pos: number, c: number): number {
  const next = text.charCodeAt(pos + 1); // NaN past the end: fails every test below
  if ((c === 96 || c === 39) && next === c) return pos + 2; // `` and ''
  if (isDigit(c)) {
    let k = pos + 1;
    for (;;) {
      const d = text.charCodeAt(k);
      if (isDigit(d)) k++;
      else if ((d === 46 || d === 44 || d === 58 || d === 47 || d === 45) && isDigit(text.charCodeAt(k + 1))) k += 2;
      else return k;
    }
  }
  if (!isAsciiLetter(c)) return pos + 1;
  // Dotted abbreviation: two or more letter-period pairs.
  let k = pos;
  let pairs = 0;
  for (;;) {
    const l = text.charCodeAt(k);
    if (l >= 128 && !isGeneralPunctuation(l)) return -1;
    if (!isAsciiLetter(l) || text.charCodeAt(k + 1) !== 46) break;
    k += 2;
    pairs++;
  }
  if (pairs >= 2) return k;
  // Word: letters and digits, with inner apostrophes, hyphens and periods.
  k = pos + 1;
  for (;;) {
    const d = text.charCodeAt(k);
    if (isAsciiLetter(d) || isDigit(d)) { k++; continue; }
    if (d >= 128 && d !== 0x2019 && !isGeneralPunctuation(d)) return -1;
    if (d === 39 || d === 45 || d === 46 || d === 0x2019) {
      const after = text.charCodeAt(k + 1);
      if (after >= 128) return -1;
      if (isAsciiLetter(after) || isDigit(after)) { k += 2; continue; }
    }
    return k;
  }
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
