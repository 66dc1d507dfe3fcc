import type { Doc } from '../../doc/document.js';
import type { Span } from '../../doc/span.js';
import { findSpanAt } from '../../doc/span.js';
import { cueEndWithAdverbials, cueEndWithSuffix, cueStartWithPrefixes, findCues, isPassive, type Cue } from './cues.js';
import type { Draft } from './draft.js';
import {
  CALL_AFTER_NAME, CALL_OBJECTS, CONTENT_PARTICLES, DETERMINERS, NEEDS_THAT, PERCEPTION_CUES, PERSON_NOUNS, PRONOUNS, RELATIVE_PRONOUNS, NP_BREAKING_VERBS, STOP_PREPOSITIONS, SUBJECT_STARTERS, SUBORDINATE_CUTS,
} from './lexicon.js';
import {
  phraseAfter, phraseBefore, plausibleSource, sentenceSubject, withTrailingApposition, type Phrase,
} from './phrases.js';
import { anyOverlap, type TokenView } from './view.js';
import { flatten } from '../../util/arrays.js';

/** Reported clauses shorter than this (in tokens) are not content. */
const MIN_CONTENT_TOKENS = 2;

/**
 * Indirect and mixed quotes, sentence by sentence: "Downing Street said Sir
 * Keir wants …", "…, a spokesman said.", "according to X, …". Cues already
 * used by direct quotes are skipped, as is content inside a direct quote.
 */
export function indirectQuotes(doc: Doc, view: TokenView, used: ReadonlySet<number>, direct: readonly Draft[]): Draft[] {
  const drafts: Draft[] = [];
  const taken = flatten(direct, (d) => d.content).sort((a, b) => a.start - b.start);
  for (let s = 0; s < doc.sentences.length; s++) {
    const [a, b] = view.tokenRange(doc.sentences[s]!);
    const cues = findCues(view, a, b).filter((c) => !used.has(c.from));
    let subject: Phrase | null = null; // "X said … and added …": the second verb shares X
    for (let k = 0; k < cues.length; k++) {
      const next = cues[k + 1];
      const draft = attribute(view, cues[k]!, next, a, b, doc.paragraphAt(doc.sentences[s]!.start), subject);
      // "hit back, claiming the government …": the report is the participle's, with this verb's subject,
      // not a content that opens with it ("called for denying entry …" reports what was called for)
      if (draft && next?.participle && draft.content[0]!.start === view.starts[next.from]) {
        subject = draft.source;
        continue;
      }
      if (draft && !draft.content.some((c) => overlapsTaken(taken, c))) {
        drafts.push(draft);
        subject = draft.source;
      }
    }
  }
  return drafts;
}

function attribute(view: TokenView, cue: Cue, next: Cue | undefined, a: number, b: number, paragraph: number, subject: Phrase | null): Draft | null {
  const end = trimEnd(view, a, b);
  if (cue.according) return according(view, cue, a, end, paragraph);
  const cueStart = cueStartWithPrefixes(view, cue, a);
  const shared = cueStart > a && isCoordinator(view, cueStart - 1) ? subject : null;
  return contentBefore(view, cue, cueStart, cue.to, a, end, paragraph)
    ?? contentAfter(view, cue, next, cueStart, cueEndWithSuffix(view, cue.to, end), a, end, paragraph, shared, subject);
}

/**
 * The sentence's subject for a verb coordinated with its first: a pronoun, a
 * name ("The Arizona Republican"), or a determiner and a person noun ("The
 * mayor"); none when the subject is some other phrase.
 */
function coordinatedSubject(view: TokenView, a: number, end: number): Phrase | null {
  const subject = sentenceSubject(view, a, end);
  if (!subject || !DETERMINERS.has(view.lower(subject.to - 1))) return subject;
  const noun = subject.to;
  return noun < end && view.isLowerWord(noun) && PERSON_NOUNS.has(view.raw(noun)) ? { from: subject.from, to: noun + 1 } : null;
}

/**
 * "shootings and protests demands that …": a bare plural cannot be the subject
 * of a verb in -s, so the verb is no new report after a coordinator, only the
 * verb of this report's own content ("officials warned" still is one).
 */
function pluralBeforeSingularVerb(view: TokenView, subject: Phrase | null, next: Cue): boolean {
  if (!subject || subject.relative || subject.to - subject.from !== 1 || !view.isLowerWord(subject.from)) return false;
  const noun = view.raw(subject.from);
  const verb = view.lower(next.from);
  return noun.endsWith('s') && !noun.endsWith('ss') && verb.endsWith('s') && !verb.endsWith('ss');
}

/** Does the last comma-delimited part of tokens [from, to) open with "who", "which" or "whose"? */
function opensRelativeAside(view: TokenView, from: number, to: number): boolean {
  for (let i = to - 2; i >= from; i--) {
    if (view.isPunct(i, ',')) return view.isLowerWord(i + 1) && RELATIVE_PRONOUNS.has(view.raw(i + 1));
  }
  return false;
}

function isCoordinator(view: TokenView, i: number): boolean {
  if (!view.isLowerWord(i)) return false;
  const w = view.raw(i);
  return w === 'and' || w === 'but';
}

/** "…, a spokesman said." / "…, said Mr Smith." / "…, he told the BBC." */
function contentBefore(view: TokenView, cue: Cue, cueStart: number, cueEnd: number, a: number, end: number, paragraph: number): Draft | null {
  if (cue.cls === 'weak') return null;
  let source: Phrase | null = null;
  let tail = cueEnd;
  let comma: number;
  let cueTo = cueEnd;
  if (cueStart > a && view.isPunct(cueStart - 1, ',')) {
    source = phraseAfter(view, cueEnd, end); // inverted: "…, said Mr Smith."
    // With no speaker after it the verb is no attribution: "Guard members, called to service by the governor, …".
    if (!source) return null;
    // "The minister, who was in Paris, said the talks failed": what comes before is the speaker and an aside.
    if (opensRelativeAside(view, a, cueStart - 1)) return null;
    source = withTrailingApposition(view, source, end);
    tail = cueEndWithAdverbials(view, source.to, end);
    comma = cueStart - 1;
  } else {
    source = phraseBefore(view, cueStart, a);
    if (!source || source.relative || source.from - 1 <= a || !view.isPunct(source.from - 1, ',')) return null;
    comma = source.from - 1;
    if (cue.cls === 'addressee') {
      const addressee = addresseeAfter(view, tail, end);
      if (addressee) tail = cueEndWithAdverbials(view, addressee.to, end);
    } else {
      tail = cueEndWithAdverbials(view, cueEnd, end); // PolNeAR leaves "said on Sunday" out of a cue that follows its content
    }
  }
  if (!endsAttribution(view, tail, end)) return null; // more follows: the content is after the cue, not before it
  if (comma - a < MIN_CONTENT_TOKENS) return null;
  const content = view.span(a, comma);
  const result = draft(view, content, source, view.span(cueStart, cueTo), null, paragraph, cue.from);
  const resumed = resumedContent(view, tail, end);
  if (resumed) {
    result.content.push(resumed);
    if (containsQuote(view, resumed)) result.kind = 'mixed';
  }
  return result;
}

/** Who was told or urged: "the union", and "the employers and the union" or "Randolph and others" as one. */
function addresseeAfter(view: TokenView, from: number, end: number): Phrase | null {
  const first = phraseAfter(view, from, end, true);
  if (!first || first.to + 1 >= end || !view.isLowerWord(first.to) || view.raw(first.to) !== 'and') return first;
  const second = phraseAfter(view, first.to + 1, end, true);
  const named = second && (view.isCapitalised(second.from) || DETERMINERS.has(view.lower(second.from))
    || PERSON_NOUNS.has(view.lower(second.to - 1)) || view.lower(second.from) === 'others');
  return named ? { from: first.from, to: second.to } : first;
}

/** "In his state, he said, first offenders go to treatment": the report resumes after the attribution. */
function resumedContent(view: TokenView, tail: number, end: number): Span | null {
  if (tail + 1 + MIN_CONTENT_TOKENS > end || !view.isPunct(tail, ',')) return null;
  const next = tail + 1;
  if (view.isLowerWord(next)) {
    const w = view.raw(next);
    if (w.endsWith('ing') || w === 'according' || w === 'and' || w === 'but' || w === 'who' || w === 'which') return null;
  }
  return throughQuote(view, view.span(next, end));
}

/** After "…, she said": nothing, another clause after a comma, or a trailing phrase ("to the convention"). */
function endsAttribution(view: TokenView, tail: number, end: number): boolean {
  if (tail >= end) return true;
  if (view.isPunct(tail, ',—–-(')) return true;
  return view.isLowerWord(tail) && STOP_PREPOSITIONS.has(view.raw(tail));
}

/** "Sir Keir has confirmed he will …", "She told reporters that …" */
function contentAfter(view: TokenView, cue: Cue, next: Cue | undefined, cueStart: number, cueEnd: number, a: number, end: number, paragraph: number, shared: Phrase | null, subject: Phrase | null): Draft | null {
  let source = cue.participle ? subject ?? sentenceSubject(view, a, cueStart) : shared ?? phraseBefore(view, cueStart, a);
  // "She toured the plant and told workers that …": a coordinated verb shares the sentence's subject
  if (!source && !cue.participle && isCoordinator(view, cueStart - 1)) source = coordinatedSubject(view, a, cueStart - 1);
  if (source && !plausibleSource(view, source)) source = null;
  if (!source && !cue.participle && !reducedClause(view, cueStart, a)) return null; // "declined to say", "the plan would say"
  if (cue.cls === 'weak' && !source) return null;
  let from = cueEnd;
  let cueTo = cueEnd;
  let addressee: Phrase | null = null;
  if (cue.cls === 'addressee') {
    addressee = addresseeAfter(view, from, end);
    if (addressee) from = addressee.to;
  } else if (cue.cls === 'speech') {
    // "wrote to the committee that …", "said to reporters that …": who was addressed, then the report
    const to = addressedWith(view, from, end);
    if (to) { addressee = to; from = to.to; }
  }
  from = cueEndWithAdverbials(view, from, end); // "told reporters on Wednesday that …"
  if (isCoordinator(view, from)) return null; // "urged the union and warned …": a second verb, no content
  if (from < end && view.isPunct(from, ':')) cueTo = ++from;
  else if (from < end && view.isPunct(from, ',')) from++;
  let to = end;
  if (next) {
    const nextStart = cueStartWithPrefixes(view, next, from);
    if ((next.participle || next.according) && view.isPunct(nextStart - 1, ',')) to = nextStart - 1;
    else {
      // "…, and X said …": the next cue, or its own subject, opens a coordinated clause
      const subject = isCoordinator(view, nextStart - 1) ? null : phraseBefore(view, nextStart, from);
      const coordinator = subject && !subject.relative ? subject.from - 1 : nextStart - 1;
      if (isCoordinator(view, coordinator) && !pluralBeforeSingularVerb(view, subject, next)) {
        to = view.isPunct(coordinator - 1, ',') ? coordinator - 1 : coordinator;
      }
    }
    if (to <= from) to = end;
  }
  // "sees the plan as a betrayal": the "as" is the view itself, not the writer's frame.
  const perception = PERCEPTION_CUES.has(cue.lemma);
  if (perception && !viewNotSight(view, from, to)) return null;
  to = cutClauses(view, from, perception ? to : cutSubordinate(view, from, to));
  if (to - from < MIN_CONTENT_TOKENS) return null;
  if (cue.cls === 'weak' && !opensClause(view, from)) return null;
  if (!plausibleContent(view, cue, cueStart, from) || isPassive(view, cue, cueStart)) return null;
  return draft(view, view.span(from, to), source, view.span(cueStart, cueTo), addressee, paragraph, cue.from);
}

/** "to the committee" right before "that": who a speech verb addressed, as a phrase (without "to"). */
function addressedWith(view: TokenView, from: number, end: number): Phrase | null {
  if (from + 2 >= end || !view.isLowerWord(from) || view.raw(from) !== 'to') return null;
  const phrase = phraseAfter(view, from + 1, end, true);
  if (!phrase || !view.isLowerWord(phrase.to) || view.raw(phrase.to) !== 'that') return null;
  return phrase;
}

/** "According to X, …" and "…, according to X." */
function according(view: TokenView, cue: Cue, a: number, end: number, paragraph: number): Draft | null {
  const cueSpan = view.span(cue.from, cue.to);
  const opening = cue.from === a || (cue.from === a + 1 && view.isWord(a) && !view.isCapitalised(cue.from));
  if (opening) {
    const comma = nextComma(view, cue.to, end);
    if (comma < 0 || comma === cue.to || end - (comma + 1) < MIN_CONTENT_TOKENS) return null;
    return draft(view, view.span(comma + 1, end), { from: cue.to, to: comma }, cueSpan, null, paragraph, cue.from);
  }
  // "…, according to X": X runs to the end of the sentence, or to the next comma
  const to = view.isPunct(cue.from - 1, ',') ? cue.from - 1 : cue.from;
  const comma = nextComma(view, cue.to, end);
  const sourceEnd = comma < 0 ? end : comma;
  if (to - a < MIN_CONTENT_TOKENS || sourceEnd === cue.to) return null;
  return draft(view, view.span(a, to), { from: cue.to, to: sourceEnd }, cueSpan, null, paragraph, cue.from);
}

function draft(view: TokenView, span: Span, source: Phrase | null, cue: Span, addressee: Phrase | null, paragraph: number, anchor: number): Draft {
  const content = throughQuote(view, span);
  const quoted = containsQuote(view, content);
  return { kind: quoted ? 'mixed' : 'indirect', source, cue, content: [content], addressee, paragraph, anchor };
}

function nextComma(view: TokenView, from: number, end: number): number {
  for (let i = from; i < end; i++) if (view.isPunct(i, ',')) return i;
  return -1;
}

/** Sentence end without its final punctuation (kept when it sits inside a quote). */
function trimEnd(view: TokenView, a: number, b: number): number {
  let end = b;
  while (end > a && view.isPunct(end - 1, '.!?;:') && !view.inQuote(end - 1)) end--;
  return end;
}

/**
 * "…will meet Xi as he wants …": an "as" clause with its own subject is the
 * writer's frame, not the report. (Only "as": PolNeAR keeps "because" and
 * "while" clauses inside the content more often than not.)
 */
function cutSubordinate(view: TokenView, from: number, to: number): number {
  for (let i = from + 2; i < to - 1; i++) {
    if (!view.isLowerWord(i) || !SUBORDINATE_CUTS.has(view.raw(i)) || view.inQuote(i)) continue;
    if (view.isCapitalised(i + 1) || SUBJECT_STARTERS.has(view.lower(i + 1))) return i;
  }
  return to;
}

/**
 * Rules out objects that are not reports: "laughed off the attack", "wrote a
 * book", "did not respond to requests", "continued his onslaught".
 */
function plausibleContent(view: TokenView, cue: Cue, cueStart: number, from: number): boolean {
  const first = view.lower(from);
  if (CONTENT_PARTICLES.has(first)) return false;
  if (NEEDS_THAT.has(cue.lemma) && first !== 'that' && !view.isPunct(from, '"“\'‘`') && !view.isPunct(from - 1, ':')) return false;
  if (first === 'to' && negated(view, cueStart, cue.from)) return false;
  if (cue.lemma === 'call' && (namesSomething(view, cueStart) || notSpeechCall(view, from))) return false;
  return true;
}

/**
 * "saw that the tide had turned", "sees Cruz as a uniter": a view. "saw his
 * support collapse", "saw a guy careening down the hallway": a sight.
 */
function viewNotSight(view: TokenView, from: number, to: number): boolean {
  if (view.lower(from) === 'that' || view.isPunct(from, '"“\'‘`')) return true;
  for (let i = from + 1; i < to; i++) if (view.isLowerWord(i) && view.raw(i) === 'as') return true;
  return false;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);

/**
 * "called an emergency meeting", "called into a radio show", "called Ms Roe
 * on Friday": a call that convenes something or rings someone says nothing.
 * "called Roe a liar" and "called Roe “a disgrace”" do.
 */
function notSpeechCall(view: TokenView, from: number): boolean {
  const first = view.lower(from);
  if (first === 'into' || first === 'to') return true;
  if (first === 'a' || first === 'an') {
    for (let i = from + 1; i < from + 6 && i < view.count && !view.isPunct(i, ',.;:"“‘'); i++) if (CALL_OBJECTS.has(view.lower(i))) return true;
    return false;
  }
  if (!view.isCapitalised(from) && !OBJECT_PRONOUNS.has(first)) return false;
  let after = from + 1;
  while (after < view.count && view.isCapitalised(after)) after++;
  return after >= view.count || CALL_AFTER_NAME.has(view.lower(after));
}

/** "a company called Harmony", "a formula called the chained CPI": naming, not speech. */
function namesSomething(view: TokenView, cueStart: number): boolean {
  const prev = cueStart - 1;
  if (prev < 0 || !view.isLowerWord(prev)) return false;
  const w = view.raw(prev);
  return !PERSON_NOUNS.has(w) && !PRONOUNS.has(w) && !RELATIVE_PRONOUNS.has(w) && w !== 'and';
}

function negated(view: TokenView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = view.lower(i);
    if (w === 'not' || w === 'never' || w.endsWith("n't") || w.endsWith('n’t')) return true;
  }
  return false;
}

/** "when asked about …", "after being told …": a cue with no subject of its own. */
function reducedClause(view: TokenView, cueStart: number, a: number): boolean {
  if (cueStart <= a || !view.isLowerWord(cueStart - 1)) return false;
  const w = view.raw(cueStart - 1);
  return w === 'when' || w === 'after' || w === 'if' || w === 'once' || w === 'as' || w === 'before' || w === 'unless';
}

/** Where the reported clause visibly ends: "; ", ", but …" or ", and is …". */
function cutClauses(view: TokenView, from: number, to: number): number {
  for (let i = from + 1; i < to - 1; i++) {
    if (view.isPunct(i, ';') && !view.inQuote(i)) return i;
    if (!view.isPunct(i, ',') || view.inQuote(i) || !view.isLowerWord(i + 1)) continue;
    const w = view.raw(i + 1);
    if (w === 'but') return i;
    // "…, and is supporting …": a second verb phrase of the main clause, not of the reported one
    if (w === 'and' && i + 2 < to && view.isLowerWord(i + 2) && NP_BREAKING_VERBS.has(view.raw(i + 2))) return i;
  }
  return to;
}

function opensClause(view: TokenView, i: number): boolean {
  const w = view.lower(i);
  return w === 'that' || w === 'to' || w === 'about' || SUBJECT_STARTERS.has(w) || view.isCapitalised(i) || view.isPunct(i, '"“\'‘');
}

/** A content ending inside a quotation runs on to the quotation's end ("… into oblivion. I don't know …"). */
function throughQuote(view: TokenView, span: Span): Span {
  const q = findSpanAt(view.quoted, span.end - 1);
  if (q < 0) return span;
  const quote = view.quoted[q]!;
  return quote.end > span.end && quote.start >= span.start ? { start: span.start, end: quote.end } : span;
}

function containsQuote(view: TokenView, content: Span): boolean {
  return anyOverlap(view.quoted, content);
}

function overlapsTaken(taken: readonly Span[], span: Span): boolean {
  return anyOverlap(taken, span);
}

