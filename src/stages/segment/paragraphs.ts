import type { Span } from '../../doc/span.js';

// A line ending like this has finished its thought; one that doesn't, followed
// by a line starting in lower case, was hard-wrapped and continues.
const FINISHED_LINE_END = /[.!?:;"”’'»)\]…—–-]/u;
const LOWER = /\p{Ll}/u;

/**
 * Paragraphs from lines. News text arrives both with blank lines and with single
 * newlines between paragraphs, and sometimes hard-wrapped: every newline ends a
 * paragraph unless the line is visibly wrapped mid-sentence.
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = trimmed(text, lineStart, lineEnd);
    if (line) {
      // Both spans are trimmed, so their edge characters are not spaces.
      const continues = current !== null
        && !FINISHED_LINE_END.test(text[current.end - 1]!)
        && LOWER.test(text[line.start]!);
      if (continues && current) current.end = line.end;
      else {
        if (current) paragraphs.push(current);
        current = line;
      }
    } else if (current) {
      paragraphs.push(current);
      current = null;
    }
    lineStart = lineEnd + 1;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? { start, end } : null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || code === 0x3000
    || code === 0xfeff || (code >= 0x2000 && code <= 0x200b);
}
