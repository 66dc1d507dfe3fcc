import type { Doc } from '../../doc/document.js';
import { firstStartingAt, mentionIndex } from '../entities/mention-index.js';
import type { Span } from '../../doc/span.js';
import { cueEndWithAdverbials, cueEndWithSuffix, cueStartWithPrefixes, findCues, isPassive, type Cue } from './cues.js';
import type { Draft } from './draft.js';
import type { QuoteRun } from './marks.js';
import { phraseAfter, phraseBefore, sentenceSubject, withTrailingApposition, type Phrase } from './phrases.js';
import { PERSON_NOUNS } from './lexicon.js';
import { isQuoteMark, type TokenView } from './view.js';

/** Longest gap, in tokens, between a cue and the quote it introduces with a colon. */
const MAX_COLON_GAP = 14;
/** How far after a closing mark the cue may sit ("…,” the former minister said). */
const MAX_AFTER_GAP = 10;
/** A quote with no cue and no speaker before it is kept only when this long (words). */
const MIN_UNATTRIBUTED_WORDS = 8;
/** A floating quote continues a speaker quoted at most this many paragraphs earlier. */
const FLOAT_REACH = 2;

interface Attribution {
  /** The cue follows the quotation ("…,” she said). */
  after?: boolean;
  source: Phrase | null;
  cue: Span | null;
  cueToken: number;
  addressee: Phrase | null;
}

/**
 * Direct quotes: every quoted run that is a quotation rather than a scare
 * quote or title, with the cue and source around it. Cue tokens used here are
 * added to `used` so the indirect pass does not report them twice.
 */
export function directQuotes(doc: Doc, view: TokenView, runs: readonly QuoteRun[], used: Set<number>): Draft[] {
  const drafts: Draft[] = [];
  let lastInParagraph: Draft | null = null;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const p0 = run.paragraphs[0]!;
    if (lastInParagraph && lastInParagraph.paragraph !== p0) lastInParagraph = null;
    const bounds = regionBounds(doc, view, runs, r);
    const found = attributeAfter(view, run, bounds.afterEnd, used)
      ?? attributeBefore(view, run, bounds.beforeStart, used)
      ?? attributeFromPreviousColon(doc, view, run, used)
      ?? attributeNameBeforeColon(doc, view, run, bounds.beforeStart);
    if (found) {
      const draft: Draft = {
        kind: 'direct', source: found.source, cue: found.cue, content: [...run.spans],
        addressee: found.addressee, paragraph: p0, anchor: found.cueToken,
      };
      if (found.after) widenToSentence(doc, draft, drafts.at(-1));
      drafts.push(draft);
      lastInParagraph = draft;
      continue;
    }
    const opensSentence = startsSentence(doc, run.spans[0]!.start);
    if (lastInParagraph && opensSentence) {
      lastInParagraph.content.push(...run.spans); // “A,” he said. “B.”
      continue;
    }
    const atParagraphStart = run.spans[0]!.start === doc.paragraphs[p0]!.start;
    if (!atParagraphStart) continue; // scare quotes, titles, partial quotes: the indirect pass decides
    if (cueLaterInSentence(doc, view, run)) continue; // “People were celebrating” before it began, she said.
    const previous = drafts.at(-1);
    const anchor = view.doc.tokenIndexAt(run.spans[0]!.start);
    if (previous && previous.kind === 'direct' && p0 - lastParagraph(previous, doc) <= FLOAT_REACH) {
      drafts.push({ kind: 'direct', source: null, cue: null, content: [...run.spans], addressee: null, paragraph: p0, anchor, continues: previous });
    } else if (wordCount(view, run) >= MIN_UNATTRIBUTED_WORDS) {
      drafts.push({ kind: 'direct', source: null, cue: null, content: [...run.spans], addressee: null, paragraph: p0, anchor });
    }
  }
  return drafts;
}

/**
 * The media are “shaping this campaign,” she said: the words before the
 * quotation in its sentence are part of what is reported, so the content
 * starts with the sentence and the quote is mixed.
 */
function widenToSentence(doc: Doc, draft: Draft, previous: Draft | undefined): void {
  const first = draft.content[0]!;
  const sentence = doc.sentences[doc.sentenceAt(first.start)];
  if (!sentence || sentence.start >= first.start) return;
  const previousEnd = previous?.content.at(-1)?.end ?? -1;
  if (previousEnd > sentence.start) return;
  let i = first.start - 1;
  while (i > sentence.start && doc.text.charCodeAt(i) === 32) i--;
  if (doc.text.charCodeAt(i) === 0x3a) return; // "Then: “Fine,” she said." introduces, not reports
  draft.content[0] = { start: sentence.start, end: first.end };
  draft.kind = 'mixed';
}

/** Token bounds for looking around run r: never into the neighbouring quotes or paragraphs. */
function regionBounds(doc: Doc, view: TokenView, runs: readonly QuoteRun[], r: number) {
  const run = runs[r]!;
  const first = run.spans[0]!;
  const last = run.spans.at(-1)!;
  const firstPara = doc.paragraphs[run.paragraphs[0]!]!;
  const lastPara = doc.paragraphs[run.paragraphs.at(-1)!]!;
  const prev = runs[r - 1]?.spans.at(-1);
  const next = runs[r + 1]?.spans[0];
  const beforeStart = Math.max(firstPara.start, prev && prev.end <= first.start ? prev.end : 0);
  const afterEnd = Math.min(lastPara.end, next && next.start >= last.end ? next.start : Infinity);
  return { beforeStart: view.doc.tokenIndexAt(beforeStart), afterEnd: view.doc.tokenIndexAt(afterEnd) };
}

/** “…,” said Mr Smith. / “…,” Mr Smith said. / “…,” he told the BBC. / “…” - Jane Doe */
function attributeAfter(view: TokenView, run: QuoteRun, end: number, used: Set<number>): Attribution | null {
  if (!run.closed) return null;
  let from = view.doc.tokenIndexAt(run.spans.at(-1)!.end);
  while (from < end && (view.isPunct(from, ',') || isQuoteMark(view, from))) from++; // ,” and stray marks: ''' closes nested quotes
  if (from >= end) return null;
  if (view.isPunct(from, '-–—―') && from + 1 < end && view.isCapitalised(from + 1)) {
    // “…” - Jane Doe: the dash is the cue, as PolNeAR marks it
    const source = phraseAfter(view, from + 1, end);
    return source ? { source, cue: view.span(from, from + 1), cueToken: from, addressee: null } : null;
  }
  const limit = Math.min(end, from + MAX_AFTER_GAP);
  const stop = sentenceStop(view, from, limit);
  // “…,” the congressional report said: try each cue until one has the speaker right after the quote
  for (const cue of findCues(view, from, stop)) {
    if (cue.cls === 'weak' || cue.according) continue;
    const found = speakerAroundCue(view, cue, from, end);
    if (found && !opensAnotherReport(view, cue, found, from, end)) {
      used.add(cue.from);
      return found;
    }
  }
  return null;
}

/**
 * “The inquiry is ongoing.” He said the files … : after a quotation that
 * ended its sentence, a sentence that runs on past its speaker and cue
 * reports something else; only “….” He said. (or "he added on Monday.")
 * looks back.
 */
function opensAnotherReport(view: TokenView, cue: Cue, found: Attribution, from: number, end: number): boolean {
  const sentence = view.doc.sentences[view.doc.sentenceAt(view.starts[from]!)];
  if (!sentence || sentence.start !== view.starts[from]) return false;
  const attributed = Math.max(cueEndWithSuffix(view, cue.to, end), found.source?.to ?? 0, found.addressee?.to ?? 0);
  const rest = cueEndWithAdverbials(view, attributed, end);
  return rest < end && view.starts[rest]! < sentence.end && !view.isPunct(rest, '.!?');
}

function speakerAroundCue(view: TokenView, cue: Cue, from: number, end: number): Attribution | null {
  const cueStart = cueStartWithPrefixes(view, cue, from);
  let cueEnd = cueEndWithSuffix(view, cue.to, end);
  let source: Phrase | null = null;
  let addressee: Phrase | null = null;
  if (cueStart > from) {
    // "… .” The move was first reported by MSNBC.": what is reported, not who reports
    if (isPassive(view, cue, cueStart)) return null;
    source = phraseBefore(view, cueStart, from);
    if (!source || source.from !== from) return null; // something other than a speaker stands between
    if (cue.cls === 'addressee') addressee = phraseAfter(view, cueEnd, end, true);
  } else {
    cueEnd = cue.to; // "said Mr Smith in a statement": the speaker comes first
    source = phraseAfter(view, cueEnd, end);
    if (!source) return null;
    source = withTrailingApposition(view, source, sentenceStop(view, source.to, end));
  }
  return { after: true, source, cue: view.span(cueStart, cueEnd), cueToken: cue.from, addressee };
}

/** Sir Keir said: “… / Smith told the Daily Express: “… / Asked about it, she said, “… */
function attributeBefore(view: TokenView, run: QuoteRun, start: number, used: Set<number>): Attribution | null {
  const quoteToken = view.doc.tokenIndexAt(run.spans[0]!.start);
  if (quoteToken <= start) return null;
  const cues = findCues(view, start, quoteToken);
  const cue = cues.at(-1);
  if (!cue || cue.according || used.has(cue.from)) return null;
  return attributionLeading(view, cue, start, quoteToken, used, false);
}

/** Paragraph ending “…said:” and the quote opening the next one. */
function attributeFromPreviousColon(doc: Doc, view: TokenView, run: QuoteRun, used: Set<number>): Attribution | null {
  const p0 = run.paragraphs[0]!;
  if (p0 === 0 || run.spans[0]!.start !== doc.paragraphs[p0]!.start) return null;
  const prev = doc.paragraphs[p0 - 1]!;
  if (doc.text.charCodeAt(prev.end - 1) !== 0x3a) return null; // ':'
  const sentence = doc.sentences[doc.sentenceAt(prev.end - 1)] ?? prev;
  const start = view.doc.tokenIndexAt(sentence.start);
  const colon = view.doc.tokenIndexAt(prev.end - 1);
  if (view.inQuote(colon)) return null;
  const cue = findCues(view, start, colon).at(-1);
  if (!cue || cue.according) return null;
  return attributionLeading(view, cue, start, colon + 1, used, true);
}

/**
 * "… the pollster Dana Shore: “Late deciders …”": a person or body named
 * right before a colon that opens the quotation speaks it, with the colon as
 * cue, as in headlines (colon.ts). Not a name after a preposition ("a message
 * to Congress: “…”"), which is whom the words are about or for.
 */
function attributeNameBeforeColon(doc: Doc, view: TokenView, run: QuoteRun, start: number): Attribution | null {
  const colon = view.doc.tokenIndexAt(run.spans[0]!.start) - 1;
  if (colon <= start || !view.isPunct(colon, ':') || view.inQuote(colon)) return null;
  const name = speakerNameEndingAt(doc, view.ends[colon - 1]!);
  if (name < 0) return null;
  const source = phraseBefore(view, colon, start);
  if (!source) return null;
  // "… doesn't surprise Republican pollster Daron Shaw:", "More from Jones:": the name and its title only
  source.from = Math.max(source.from, titledNameStart(view, view.doc.tokenIndexAt(name), start));
  if (source.from > start && view.isLowerWord(source.from - 1) && NOT_SPEAKER_BEFORE.has(view.raw(source.from - 1))) return null;
  return { source, cue: view.span(colon, colon + 1), cueToken: colon, addressee: null };
}

/** Words before a name that make it the quotation's addressee or topic, not its speaker. */
const NOT_SPEAKER_BEFORE = new Set(['to', 'for', 'about', 'against', 'on', 'at', 'with', 'of', 'toward', 'towards', 'into', 'over', 'under', 'than', 'like']);

/** Start offset of the longest mention of a person or organisation ending at `end`, or -1. */
function speakerNameEndingAt(doc: Doc, end: number): number {
  const { mentions, maxLength } = mentionIndex(doc);
  let start = -1;
  for (let i = firstStartingAt(mentions, end) - 1; i >= 0 && mentions[i]!.start >= end - maxLength; i--) {
    const m = mentions[i]!;
    if (m.end === end && (m.entity.type === 'PERSON' || m.entity.type === 'ORG')) start = m.start;
  }
  return start;
}

/** The name at token `from` with what titles it: capitalised words, role nouns, articles, and names joined by "and". */
function titledNameStart(view: TokenView, from: number, lower: number): number {
  let k = from;
  while (k > lower) {
    const t = k - 1;
    const title = view.isCapitalised(t) || (view.isLowerWord(t) && (PERSON_NOUNS.has(view.raw(t)) || TITLE_ARTICLES.has(view.raw(t))));
    const joins = view.isLowerWord(t) && view.raw(t) === 'and' && t > lower && view.isCapitalised(t - 1);
    if (!title && !joins) break;
    k = t;
  }
  return k;
}

const TITLE_ARTICLES = new Set(['the', 'a', 'an']);

/** A cue before the quote: only an addressee, "in a statement" or a colon/comma may stand between. */
function attributionLeading(view: TokenView, cue: Cue, start: number, quoteToken: number, used: Set<number>, colonOnly: boolean): Attribution | null {
  const cueStart = cueStartWithPrefixes(view, cue, start);
  let cueEnd = cueEndWithSuffix(view, cue.to, quoteToken);
  let after = cueEnd;
  let addressee: Phrase | null = null;
  if (cue.cls === 'addressee') {
    addressee = phraseAfter(view, after, quoteToken, true);
    if (addressee) after = addressee.to;
  } else {
    after = cueEnd = cueEndWithAdverbials(view, cueEnd, quoteToken);
  }
  const gap = quoteToken - after;
  const punctOnly = gap === 0 || (gap === 1 && view.isPunct(after, ':,'));
  const colonBefore = view.isPunct(quoteToken - 1, ':');
  if (!punctOnly && !(colonBefore && gap <= MAX_COLON_GAP)) return null;
  if (colonOnly && !colonBefore) return null;
  if (cue.cls === 'weak' && !colonBefore) return null;
  if (gap === 1 && after === cueEnd && colonBefore) cueEnd++; // PolNeAR marks "said:" with its colon
  const source = cue.participle ? participleSubject(view, cue) : phraseBefore(view, cueStart, start);
  used.add(cue.from);
  return { source, cue: view.span(cueStart, cueEnd), cueToken: cue.from, addressee };
}

function participleSubject(view: TokenView, cue: Cue): Phrase | null {
  const sentence = view.doc.sentences[view.doc.sentenceAt(view.starts[cue.from]!)];
  return sentence ? sentenceSubject(view, view.doc.tokenIndexAt(sentence.start), cue.from) : null;
}

/** First sentence-final token in [from, limit), or limit; "Mr." and "Sen." do not end sentences. */
function sentenceStop(view: TokenView, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (view.isPunct(i, '!?;')) return i;
    if (view.isPunct(i, '.') && !(i > from && view.isCapitalised(i - 1) && view.ends[i - 1]! - view.starts[i - 1]! <= 4) && !closesParenthesis(view, i)) return i;
  }
  return limit;
}

/** The period of "(D-Ore.)": an abbreviation closing an aside, not the sentence. */
function closesParenthesis(view: TokenView, i: number): boolean {
  return i + 1 < view.count && view.isPunct(i + 1, ')') && view.starts[i + 1] === view.ends[i];
}

function startsSentence(doc: Doc, offset: number): boolean {
  const s = doc.sentenceAt(offset);
  if (s >= 0 && doc.sentences[s]!.start === offset) return true;
  // “A,” he said, “B.” — a comma and space before the mark
  let i = offset - 1;
  while (i >= 0 && doc.text.charCodeAt(i) === 32) i--;
  return i >= 0 && doc.text.charCodeAt(i) === 0x2c;
}

function cueLaterInSentence(doc: Doc, view: TokenView, run: QuoteRun): boolean {
  const last = run.spans.at(-1)!;
  const sentence = doc.sentences[doc.sentenceAt(last.end - 1)];
  if (!sentence || sentence.end <= last.end) return false;
  const [from, to] = view.tokenRange({ start: last.end, end: sentence.end });
  return findCues(view, from, to).some((c) => c.cls !== 'weak');
}

function lastParagraph(draft: Draft, doc: Doc): number {
  return doc.paragraphAt(draft.content.at(-1)!.start);
}

function wordCount(view: TokenView, run: QuoteRun): number {
  let n = 0;
  for (const span of run.spans) {
    const [a, b] = view.tokenRange(span);
    for (let i = a; i < b; i++) if (view.isWord(i)) n++;
  }
  return n;
}
