/**
 * Who is speaking at an offset, for events told inside quotations: "I" and
 * "we" are the speaker, and an accusation quoted from someone is that
 * person's ACCUSE event. Uses the quotes layer when it is there; otherwise a
 * light reading of quotation marks, paragraph by paragraph, with the news
 * convention that a paragraph opening with a quotation mark and naming no one
 * continues the previous speaker.
 */
import type { Doc } from '../../doc/document.js';
import { resolveReference } from '../entities/lookup.js';
import type { EventContext } from './context.js';
import { GRAMMAR } from './lexicon.js';

interface Region { start: number; end: number; speaker: string | null }

export type SpeakerLookup = (offset: number) => { inQuote: boolean; speaker: string | null };

export function buildSpeakerLookup(ctx: EventContext): SpeakerLookup {
  // Built on first use: most events never ask who is speaking.
  let regions: Region[] | null = null;
  return (offset) => {
    regions ??= ctx.doc.quotes.length > 0 ? fromQuotes(ctx.doc) : fromQuotationMarks(ctx);
    for (const r of regions) {
      if (offset >= r.start && offset < r.end) return { inQuote: true, speaker: r.speaker };
    }
    return { inQuote: false, speaker: null };
  };
}

function fromQuotes(doc: Doc): Region[] {
  const regions: Region[] = [];
  for (const q of doc.quotes) for (const c of q.content) regions.push({ start: c.start, end: c.end, speaker: q.speaker });
  return regions;
}

function fromQuotationMarks(ctx: EventContext): Region[] {
  const { doc } = ctx;
  const regions: Region[] = [];
  let previousSpeaker: string | null = null;
  let previousOpenAtEnd = false;
  const text = doc.text;
  const marks = quoteMarks(text);
  let m = 0;
  for (const para of doc.paragraphs) {
    const paraRegions: Region[] = [];
    while (m < marks.length && marks[m]! < para.start) m++;
    // pair marks inside the paragraph: an opening mark up to the next closing one (or the paragraph end)
    let k = m;
    while (k < marks.length && marks[k]! < para.end) {
      const open = marks[k]!;
      if (text[open] === '”') { k++; continue; }
      const closer = text[open] === '"' ? '"' : '”';
      let c = k + 1;
      while (c < marks.length && marks[c]! < para.end && text[marks[c]!] !== closer) c++;
      const close = c < marks.length && marks[c]! < para.end ? marks[c]! : para.end;
      paraRegions.push({ start: open + 1, end: close, speaker: null });
      k = c + 1;
    }
    if (paraRegions.length === 0) { previousOpenAtEnd = false; continue; }
    const named = speakerAround(ctx, para, paraRegions[0]!.start - 1, paraRegions[paraRegions.length - 1]!.end + 1);
    const opensParagraph = paraRegions[0]!.start - 1 === firstNonSpace(text, para.start, para.end);
    const speaker: string | null = named ?? (opensParagraph && previousOpenAtEnd ? previousSpeaker : null);
    for (const r of paraRegions) { r.speaker = speaker; regions.push(r); }
    previousSpeaker = speaker;
    // UK style: a quotation running on leaves its last paragraph unclosed
    previousOpenAtEnd = paraRegions[paraRegions.length - 1]!.end === para.end || opensParagraph;
  }
  return regions;
}

/** The entity named before the opening mark or after the closing one, in the same paragraph. */
function speakerAround(ctx: EventContext, para: { start: number; end: number }, open: number, close: number): string | null {
  const { doc } = ctx;
  const first = doc.tokenIndexAt(para.start);
  const openTok = doc.tokenIndexAt(open);
  let best: number | null = null;
  for (let t = openTok - 1; t >= first; t--) {
    const e = ctx.entityAt[t]!;
    if (e >= 0 && ctx.entities[e]!.type !== 'GPE') { best = e; break; }
    if (GRAMMAR.personPronouns.has(ctx.words[t]!) && t < openTok - 1) {
      return resolveReference(doc, { start: doc.tokens.starts[t]!, end: doc.tokens.ends[t]! });
    }
  }
  if (best !== null) {
    // Prefer the speaker of "X told the Daily Express:" over the medium: the
    // nearest PERSON before a speech verb.
    for (let t = openTok - 1; t >= first; t--) {
      const e = ctx.entityAt[t]!;
      if (e >= 0 && ctx.entities[e]!.type === 'PERSON') return ctx.entities[e]!.id;
    }
    return ctx.entities[best]!.id;
  }
  const closeTok = doc.tokenIndexAt(close);
  for (let t = closeTok; t < doc.tokens.count && doc.tokens.starts[t]! < para.end && t < closeTok + 8; t++) {
    const e = ctx.entityAt[t]!;
    if (e >= 0) return ctx.entities[e]!.id;
    if (GRAMMAR.personPronouns.has(ctx.words[t]!)) {
      return resolveReference(doc, { start: doc.tokens.starts[t]!, end: doc.tokens.ends[t]! });
    }
  }
  return null;
}

/** Offsets of every “ ” and " in the text, in order: one pass per mark. */
function quoteMarks(text: string): number[] {
  const marks: number[] = [];
  for (const ch of ['“', '”', '"']) {
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) marks.push(i);
  }
  return marks.sort((a, b) => a - b);
}

function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t' && text[i] !== '\n') return i;
  return to;
}
