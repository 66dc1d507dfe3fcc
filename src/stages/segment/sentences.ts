import type { Span } from '../../doc/span.js';
import { isAbbreviation, isSentenceStarter } from './abbreviations.js';

// Terminal punctuation, then any closing quotes or brackets, then space, then
// the first character of what follows (captured for the decision). French
// typography puts a (narrow) space before the closing guillemet.
const TERMINATOR = /[.!?…]+(?:''|["”’'»)\]]|[ \u00a0\u202f]»)*(?=\s+(\S))/gu;
const OPENS_SENTENCE = /[\p{Lu}\d“‘"'«(\[`¿¡]/u;
const WORD_BEFORE_PERIOD = /([\p{L}.]+)\.$/u;

/**
 * Sentences inside one paragraph. A sentence never crosses a paragraph, never
 * ends inside an abbreviation ("Mr.", "Sept. 11", "No. 10", "J. K. Rowling"),
 * and keeps its closing quote mark ("…important.” He said").
 */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(body); m !== null; m = TERMINATOR.exec(body)) {
    const end = m.index + m[0].length;
    const next = m[1]!;
    if (!endsSentence(body, m.index, m[0], next, end)) continue;
    sentences.push({ start: paragraph.start + start, end: paragraph.start + end });
    start = skipSpace(body, end);
  }
  if (start < body.length) sentences.push({ start: paragraph.start + start, end: paragraph.end });
  return sentences;
}

function endsSentence(body: string, at: number, terminator: string, next: string, end: number): boolean {
  if (!OPENS_SENTENCE.test(next)) return false;
  if (terminator !== '.') return true;
  const word = wordBeforePeriod(body, at);
  if (!word) return true;
  const nextIsNumber = next >= '0' && next <= '9';
  if (isAbbreviation(word, nextIsNumber)) return false;
  if (word.length === 1 && word >= 'A' && word <= 'Z') return false; // an initial
  if (word.includes('.')) return isSentenceStarter(nextWord(body, end)); // "U.S. The …"
  return true;
}

/**
 * The run of letters and periods just before the period at `at`, looking back
 * at most 40 characters: WORD_BEFORE_PERIOD over that window, scanned by hand
 * for ASCII (the regex still decides when a non-ASCII character is in reach).
 */
function wordBeforePeriod(body: string, at: number): string | undefined {
  const floor = Math.max(0, at - 40);
  let k = at - 1;
  for (; k >= floor; k--) {
    const c = body.charCodeAt(k);
    if (c >= 128) return WORD_BEFORE_PERIOD.exec(body.slice(floor, at + 1))?.[1];
    if (!(c === 46 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90))) break;
  }
  return k + 1 < at ? body.slice(k + 1, at) : undefined;
}

function nextWord(body: string, from: number): string {
  const m = /[\p{L}]+/u.exec(body.slice(skipSpace(body, from), from + 40));
  return m ? m[0] : '';
}

function skipSpace(body: string, i: number): number {
  while (i < body.length && /\s/.test(body[i]!)) i++;
  return i;
}
