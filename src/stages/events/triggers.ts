/**
 * Finding event triggers: one Map lookup per word, then the few patterns
 * that start with that word are tried against the words that follow.
 */
import type { EventContext } from './context.js';
import { TokenFlag } from './context.js';
import { GRAMMAR, LEXICON, LIGHT_VERBS, MAX_GAP, REVERSALS, type Pattern, type Reversal } from './lexicon.js';

export interface Trigger {
  pattern: Pattern;
  /** First and last-plus-one token of the matched words (gaps included). */
  start: number;
  end: number;
  /** End of the first run of matched words: a gap's contents start here. */
  headEnd: number;
  /** Read as a noun ("the invasion") or as a verb ("invaded"). */
  reading: 'verb' | 'noun';
  /** Token of a light verb ("hold", "launch") that makes a noun trigger verbal. */
  light?: number;
  /** A verb before the trigger that undoes it: "lifted the curfew". */
  reversal?: Reversal;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const OBJECT_STARTS = new Set(['him', 'her', 'it', 'them', 'himself', 'herself', 'itself', 'themselves', 'the', 'a', 'an', 'his', 'its', 'their', 'this', 'that']);

/**
 * "Clinton calls Obamacare crazy", "he calls it …": an -s form between a
 * subject (a name or pronoun) and an object is a verb, not a plural noun
 * ("Trump rallies in Ohio", "Democratic allegations of bias", "the U.S. invasion").
 */
function verbBetweenSubjectAndObject(ctx: EventContext, i: number): boolean {
  const w = ctx.words[i]!;
  if (i === 0 || !w.endsWith('s') || w.endsWith('ss')) return false;
  if (ctx.entityAt[i - 1]! < 0 && !SUBJECT_PRONOUNS.has(ctx.words[i - 1]!)) return false;
  const next = ctx.words[i + 1];
  if (next === undefined) return false;
  return OBJECT_STARTS.has(next) || (ctx.flags[i + 1]! & TokenFlag.Capital) !== 0 || /^[0-9“"‘']/.test(next);
}

export function findTriggers(ctx: EventContext, first: number, last: number): Trigger[] {
  const found: Trigger[] = [];
  for (let i = first; i < last; i++) {
    if (!(ctx.flags[i]! & TokenFlag.Word)) continue;
    const patterns = LEXICON.get(ctx.words[i]!);
    if (!patterns || ctx.entityAt[i]! >= 0) continue;
    // A capitalised trigger inside a sentence is a name: "March", "Strike Force".
    if (ctx.flags[i]! & TokenFlag.Capital && i > first && ctx.flags[i - 1]! & TokenFlag.Word) continue;
    const trigger = matchAt(ctx, i, last, patterns);
    if (!trigger) continue;
    const reversal = reversalBefore(ctx, i, first, trigger);
    if (reversal) {
      trigger.reversal = reversal.entry;
      trigger.light = reversal.at;
      // the reversing verb may have matched as a trigger of its own ("withdrew aid")
      if (found.length > 0 && found[found.length - 1]!.start >= reversal.at) found.pop();
    }
    found.push(trigger);
    i = trigger.headEnd - 1;
  }
  return found;
}

function matchAt(ctx: EventContext, i: number, last: number, patterns: Pattern[]): Trigger | null {
  const prev = ctx.words[i - 1];
  const nounPosition = prev !== undefined && (GRAMMAR.determiners.has(prev) || (ctx.flags[i - 1]! & TokenFlag.Possessive) !== 0);
  const light = lightVerbBefore(ctx, i);
  const afterSubject = light === null && verbBetweenSubjectAndObject(ctx, i);
  const readings: ('verb' | 'noun')[] = nounPosition ? ['noun'] : light !== null ? ['noun', 'verb'] : afterSubject ? ['verb'] : ['verb', 'noun'];
  for (const reading of readings) {
    for (const pattern of patterns) {
      if (pattern.pos !== reading) continue;
      const match = matchSlots(ctx, pattern, i, last);
      if (!match) continue;
      if (pattern.notBefore && objectIsNot(ctx, match.end, pattern.notBefore)) continue;
      const trigger: Trigger = { pattern, start: i, end: match.end, headEnd: match.headEnd, reading };
      if (reading === 'noun' && light !== null) trigger.light = light;
      return trigger;
    }
  }
  return null;
}

/**
 * Does the word after the trigger, or one of the first two past its
 * determiners, rule the pattern out? "released its annual report" is no
 * release of prisoners; "released the hostages" is.
 */
function objectIsNot(ctx: EventContext, end: number, words: ReadonlySet<string>): boolean {
  if (ctx.words[end] !== undefined && words.has(ctx.words[end]!)) return true; // "released a statement"
  let k = end;
  while (k < end + 3 && ctx.words[k] !== undefined && GRAMMAR.determiners.has(ctx.words[k]!)) k++;
  const first = ctx.words[k];
  if (first === undefined) return false;
  if (words.has(first)) return true;
  // The word after an adjective ("annual report"), not a preposition after the object ("bombers of").
  const second = ctx.words[k + 1];
  return second !== undefined && !GRAMMAR.clauseEnd.has(second) && !GRAMMAR.recipientPrepositions.has(second) && words.has(second);
}

function matchSlots(ctx: EventContext, pattern: Pattern, i: number, last: number): { end: number; headEnd: number } | null {
  let t = i;
  let headEnd = -1;
  for (let s = 0; s < pattern.slots.length; s++) {
    const slot = pattern.slots[s]!;
    if (slot === null) {
      if (headEnd < 0) headEnd = t;
      const next = pattern.slots[s + 1];
      if (!next) return null;
      let found = -1;
      for (let g = t; g <= t + MAX_GAP && g < last; g++) {
        if (GRAMMAR.clauseEnd.has(ctx.words[g]!) && ctx.words[g] !== 'that') break;
        if (next.has(ctx.words[g]!)) { found = g; break; }
      }
      if (found < 0) return null;
      t = found + 1;
      s++;
      continue;
    }
    if (t >= last || !slot.has(ctx.words[t]!)) return null;
    t++;
  }
  return { end: t, headEnd: headEnd < 0 ? t : headEnd };
}

/** "held talks", "launched a fresh attack", "staged a 24-hour hunger strike": a light verb a few words before. */
function lightVerbBefore(ctx: EventContext, i: number): number | null {
  for (let t = i - 1; t >= 0 && t >= i - 5; t--) {
    const w = ctx.words[t]!;
    if (LIGHT_VERBS.has(w)) return t;
    if (GRAMMAR.determiners.has(w) || ctx.flags[t]! & TokenFlag.Possessive || w === 'out' || w === '-') continue;
    // an indirect object: "give Egypt an emergency loan"
    if (ctx.entityAt[t]! >= 0 && t < i - 1) continue;
    // modifiers: numbers and plain lower-case words ("mass", "24-hour", "emergency food")
    const plain = (ctx.flags[t]! & TokenFlag.Word) !== 0 && !(ctx.flags[t]! & TokenFlag.Capital) && ctx.entityAt[t]! < 0
      && !GRAMMAR.verbGroup.has(w) && !GRAMMAR.clauseEnd.has(w) && !GRAMMAR.recipientPrepositions.has(w) && !LEXICON.has(w);
    if (!plain && !/^\d/.test(w)) return null;
  }
  return null;
}

/** A reversing verb up to four words before the trigger, across determiners and adjectives. */
function reversalBefore(ctx: EventContext, i: number, floor: number, trigger: Trigger): { at: number; entry: Reversal } | null {
  for (let t = i - 1; t >= floor && t >= i - 4; t--) {
    const entries = REVERSALS.get(ctx.words[t]!);
    if (entries) {
      for (const entry of entries) {
        if (!entry.of.has(trigger.pattern.type)) continue;
        if (entry.words.every((w, k) => ctx.words[t + 1 + k] === w)) return { at: t, entry };
      }
    }
    if (GRAMMAR.clauseEnd.has(ctx.words[t]!) || ctx.words[t] === ',' || ctx.entityAt[t]! >= 0) return null;
  }
  return null;
}
