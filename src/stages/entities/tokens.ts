import type { Doc } from '../../doc/document.js';
import { TokenKind } from '../../doc/tokens.js';
import { normaliseLowerCase, normaliseWord } from '../../kb/names.js';
import { lowerTokens } from '../../util/token-words.js';

/**
 * Per-token facts the entity scanner asks again and again, computed once per
 * document: normalised word (possessive "'s" removed), capitalisation, and
 * where the word ends without its possessive.
 */
export interface TokenView {
  readonly count: number;
  readonly starts: Uint32Array;
  /** End of the word without a possessive "'s". */
  readonly ends: Uint32Array;
  readonly norm: string[];
  readonly cap: Uint8Array;
  /** 1 when the token carried a possessive "'s" (a name cannot run past it). */
  readonly poss: Uint8Array;
  readonly kinds: Uint8Array;
  readonly text: string;
}

export function tokenView(doc: Doc): TokenView {
  const { count, starts, kinds } = doc.tokens;
  const text = doc.text;
  const ends = new Uint32Array(count);
  const norm: string[] = new Array<string>(count);
  const cap = new Uint8Array(count);
  const poss = new Uint8Array(count);
  // The shared lower-cased strings: no copy of our own, and their hashes are
  // computed once for every stage's Map lookups.
  const lower = lowerTokens(doc);
  for (let i = 0; i < count; i++) {
    const s = starts[i]!;
    let e = doc.tokens.ends[i]!;
    if (e - s > 2 && kinds[i] === TokenKind.Word) {
      const c1 = text.charCodeAt(e - 2);
      const c2 = text.charCodeAt(e - 1);
      if ((c1 === 39 || c1 === 0x2019) && (c2 === 115 || c2 === 83)) { e -= 2; poss[i] = 1; }
    }
    ends[i] = e;
    norm[i] = poss[i] ? normaliseWord(text.slice(s, e)) : normaliseLowerCase(lower[i]!);
    cap[i] = isCapital(text.charCodeAt(s)) || arabicArticleName(text, s, e) ? 1 : 0;
  }
  return { count, starts, ends, norm, cap, poss, kinds, text };
}

/** "al-Qaeda", "al-Shabaab", "el-Sisi": a name behind the Arabic article, written in lower case, is a name. */
function arabicArticleName(text: string, start: number, end: number): boolean {
  const c0 = text.charCodeAt(start);
  if (c0 !== 97 && c0 !== 101) return false; // a, e
  const dash = start + 2;
  return end > dash + 1 && text.charCodeAt(start + 1) === 108 && text.charCodeAt(dash) === 45 && isCapital(text.charCodeAt(dash + 1));
}

function isCapital(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 192) return false;
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase();
}

/** True when the text has no lower-case letter: "WTO", "U.S.", "NO 10". */
export function inCapitals(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}
