import type { Span } from '../../doc/span.js';

/**
 * Quotation marks → quoted runs. A run is one quotation: usually one span in
 * one paragraph, or, under the UK/US convention where every paragraph of a
 * long quote opens with “ and only the last one closes, one span per paragraph.
 *
 * Safety first: a quote never runs past the end of its paragraph unless the
 * next paragraph itself opens with a quote mark, so an unclosed mark can never
 * swallow the rest of an article.
 */
export interface QuoteRun {
  /** One span per paragraph, each starting at its opening mark and ending after its closing one (or at the paragraph end). */
  spans: Span[];
  /** Paragraph index of each span. */
  paragraphs: number[];
  /** False when the last span reached its paragraph end without a closing mark. */
  closed: boolean;
}

const enum Mark { None, Open, Close, Either }

/** Every character that may be a quotation mark; the scan jumps from one to the next. */
const QUOTE_CHARS = /["“”„«»‘’'`]/g;

/** Quote style: double marks normally; single marks only in texts that use no double ones (BBC style). */
type Style = 'double' | 'single';

export function findQuoteRuns(text: string, paragraphs: readonly Span[]): QuoteRun[] {
  const style = detectStyle(text);
  const runs: QuoteRun[] = [];
  let pending: QuoteRun | null = null; // a run whose last paragraph ended unclosed
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]!;
    let open = -1;
    let depth = 0; // curly marks nest: “he said “no” to me”
    QUOTE_CHARS.lastIndex = para.start;
    for (let m = QUOTE_CHARS.exec(text); m !== null && m.index < para.end; m = QUOTE_CHARS.exec(text)) {
      const i = m.index;
      const mark = classify(text, i, para, style);
      if (mark === Mark.None) continue;
      const width = markWidth(text, i, mark);
      if (open < 0) {
        if (mark === Mark.Open || mark === Mark.Either) { open = i; depth = 1; }
      } else if (mark === Mark.Open) {
        depth++;
      } else if (mark === Mark.Close || (mark === Mark.Either && depth === 1)) {
        depth = mark === Mark.Either ? 0 : depth - 1;
        if (depth === 0) {
          pending = addSpan(runs, pending, { start: open, end: i + width }, p, para, true);
          open = -1;
        }
      }
      QUOTE_CHARS.lastIndex = i + width;
    }
    if (open >= 0) pending = addSpan(runs, pending, { start: open, end: para.end }, p, para, false);
    else pending = null;
  }
  return runs;
}

/** `` and '' are one mark; ''' closing is a single quote closed inside a double one. */
function markWidth(text: string, i: number, mark: Mark): number {
  if (text.startsWith('``', i)) return 2;
  if (!text.startsWith("''", i)) return 1;
  return mark === Mark.Close && text.charCodeAt(i + 2) === 0x27 ? 3 : 2;
}

/**
 * Appends a span: to the pending run when it continues it (this paragraph opens
 * with the mark), else as a new run. Returns the run left open, if any.
 */
function addSpan(runs: QuoteRun[], pending: QuoteRun | null, span: Span, p: number, para: Span, closed: boolean): QuoteRun | null {
  const continues = pending !== null && span.start === para.start && pending.paragraphs.at(-1) === p - 1;
  const run = continues && pending ? pending : { spans: [], paragraphs: [], closed };
  run.spans.push(span);
  run.paragraphs.push(p);
  run.closed = closed;
  if (!continues) runs.push(run);
  return closed ? null : run;
}

function detectStyle(text: string): Style {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 0x22 || c === 0x201e || c === 0xab) return 'double';
    if (c === 0x60 && text.charCodeAt(i + 1) === 0x60) return 'double';
    if (c === 0x27 && text.charCodeAt(i + 1) === 0x27 && archiveDouble(text, i)) return 'double';
  }
  return 'single';
}

/**
 * '' as newspaper archives (NYT) write a double mark: against a word on one
 * side (''We … anywhere,''). Two apostrophes with space on both sides are not.
 */
function archiveDouble(text: string, i: number): boolean {
  return isWordChar(text.charCodeAt(i + 2)) || isWordChar(text.charCodeAt(i - 1)) || /[,.!?]/.test(text[i - 1] ?? '');
}

function classify(text: string, i: number, para: Span, style: Style): Mark {
  const c = text.charCodeAt(i);
  if (style === 'double') {
    switch (c) {
      case 0x201c: return spaceAfter(text, i, para) && !spaceBefore(text, i, para) ? Mark.Close : Mark.Open; // “, or a typo for ”
      case 0x201e: case 0xab: return Mark.Open; // „ «
      case 0x201d: case 0xbb: return curlyClose(text, i, para); // ” »
      case 0x22: return straight(text, i, para); // "
      case 0x60: return text.charCodeAt(i + 1) === 0x60 ? Mark.Open : Mark.None; // ``
      case 0x27: return text.charCodeAt(i + 1) === 0x27 ? texClose(text, i, para) : Mark.None; // ''
      default: return Mark.None;
    }
  }
  if (c === 0x2018) return isApostrophe(text, i, para) ? Mark.None : Mark.Open; // ‘
  if (c === 0x2019 || c === 0x27) return isApostrophe(text, i, para) ? Mark.None : straight(text, i, para); // ’ '
  return Mark.None;
}

/** '' closes, except where newspapers (NYT archives) also open with it: space before, word after. */
function texClose(text: string, i: number, para: Span): Mark {
  const before = spaceBefore(text, i, para);
  const after = i + 2 >= para.end || isSpace(text.charCodeAt(i + 2)) || /[,.;:!?)\]]/.test(text[i + 2]!);
  if (before && !after) return Mark.Open;
  return Mark.Close;
}

/** A ” written where an opening mark belongs (space before, word after) opens. */
function curlyClose(text: string, i: number, para: Span): Mark {
  return spaceBefore(text, i, para) && !spaceAfter(text, i, para) ? Mark.Open : Mark.Close;
}

/** Straight marks: space before → opens, space or punctuation after → closes, else either. */
function straight(text: string, i: number, para: Span): Mark {
  const before = spaceBefore(text, i, para);
  const after = spaceAfter(text, i, para);
  if (before && !after) return Mark.Open;
  if (after && !before) return Mark.Close;
  return Mark.Either;
}

/**
 * ’ and ' inside or at the edge of words: don’t, ’90s, rock ’n’ roll, ’em,
 * the players’ union. Only a mark with no letter on one side and space or
 * punctuation on the other can be a quotation mark.
 */
function isApostrophe(text: string, i: number, para: Span): boolean {
  const prev = i > para.start ? text.charCodeAt(i - 1) : 32;
  const next = i + 1 < para.end ? text.charCodeAt(i + 1) : 32;
  if (isWordChar(prev) && isWordChar(next)) return true; // don’t
  if (isDigit(next)) return true; // ’90s
  const n = text.charCodeAt(i + 1);
  const after = text.charCodeAt(i + 2);
  if ((n === 0x6e || n === 0x4e) && (after === 0x2019 || after === 0x27 || after === 0x2018)) return true; // ’n’
  if ((prev === 0x6e || prev === 0x4e) && i >= 2 && (text.charCodeAt(i - 2) === 0x2019 || text.charCodeAt(i - 2) === 0x27 || text.charCodeAt(i - 2) === 0x2018)) return true;
  if (spaceBefore(text, i, para) && /^(?:em|til|cause|tis)\b/i.test(text.slice(i + 1, i + 7))) return true; // ’em, ’til
  if ((prev === 0x73 || prev === 0x53) && !isWordChar(next) && next !== 0x2c && next !== 0x2e) return true; // players’ union
  return false;
}

function spaceBefore(text: string, i: number, para: Span): boolean {
  if (i <= para.start) return true;
  const c = text.charCodeAt(i - 1);
  return isSpace(c) || c === 0x28 || c === 0x5b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f || c === 0x3a;
}

function spaceAfter(text: string, i: number, para: Span): boolean {
  if (i + 1 >= para.end) return true;
  const c = text.charCodeAt(i + 1);
  return isSpace(c) || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x29 || c === 0x5d || c === 0x2014 || c === 0x2013;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return c >= 0xc0 && !isSpace(c) && c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013;
}
