import type { Doc } from '../../doc/document.js';
import { TokenKind } from '../../doc/tokens.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Amount, TimeExpression } from '../../record/types.js';
import { lowerTokens } from '../../util/token-words.js';
import { extractTimes } from '../times/index.js';
import { MULTIPLIER_WORDS, PREFIXED, RANK_ORDINALS, VAGUE, WORDS_BEFORE } from './lexicon.js';
import { matchAmountAt } from './match.js';
import { objectOf } from './object.js';
import type { Scan } from './scan.js';
import { isHyphenedNumberWord, SINGLE_NUMBER_WORDS } from '../../util/number-words.js';

/** Words between an amount and its date: "£20billion in 2016", "£33billion last year". */
const DATE_LINKS = new Set(['in', 'during', 'for', 'by', 'as', 'of', 'at', 'on', 'since', 'over', 'from']);
const MAX_DATE_GAP = 2;

/**
 * Money, percentages, multipliers, counts and ranks, each with what it
 * measures and its own date when the text gives one.
 */
export function extractAmounts(doc: Doc, times: readonly TimeExpression[]): Amount[] {
  const w = lowerTokens(doc);
  const kinds = doc.tokens.kinds;
  const { blocked, timeAt } = indexTimes(doc, times);
  const out: Amount[] = [];
  for (const sentence of doc.sentences) {
    const s: Scan = { doc, w, kinds, first: doc.tokenIndexAt(sentence.start), limit: doc.tokenIndexAt(sentence.end), blocked };
    let previous: string | undefined;
    for (let i = s.first; i < s.limit; i++) {
      if (blocked[i] || !mayStart(w[i]!, kinds[i]!)) continue;
      const m = matchAmountAt(s, i);
      if (!m || hasBlocked(blocked, m.start, m.end)) continue;
      const amount: Amount = {
        value: m.value,
        unit: m.unit,
        span: doc.span(doc.tokens.starts[m.start]!, doc.tokens.ends[m.end - 1]!),
      };
      const object = objectOf(s, m, previous);
      if (object) amount.object = previous = object;
      // An opening date ("In 2019, …") is kept for figures of a series, not for counts of things.
      const date = dateAfter(s, m.end, timeAt) ?? (m.kind === 'money' || m.kind === 'percent' ? openingDate(s, m.start, timeAt) : undefined);
      if (date) amount.date = date;
      out.push(amount);
      i = m.end - 1;
    }
  }
  return out;
}

/** Cheap test before the grammar: amounts begin with a number, a currency sign or code, or a few words. */
function mayStart(word: string, kind: number): boolean {
  if (kind === TokenKind.Number || kind === TokenKind.Symbol) return true;
  if (kind !== TokenKind.Word) return false;
  if (WORD_STARTERS.has(word)) return true;
  const hyphen = word.indexOf('-');
  // "twenty-five", "second-biggest"
  return hyphen > 0 && (isHyphenedNumberWord(word) || RANK_ORDINALS.has(word.slice(0, hyphen)));
}

/**
 * Letters glued before a currency sign ("us" of "US$", "hk" of "HK$"), the
 * other word starters and number words, in one Set: most words are none,
 * and one look-up says so.
 */
const WORD_STARTERS = new Set([
  ...[...PREFIXED.keys()].map((k) => k.replace(/[^\p{L}]+$/u, '')),
  ...WORDS_BEFORE.keys(), ...MULTIPLIER_WORDS.keys(), ...VAGUE.keys(), ...RANK_ORDINALS.keys(),
  'tens', 'a', 'an', 'half', ...SINGLE_NUMBER_WORDS,
]);

function hasBlocked(blocked: Uint8Array, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (blocked[k]) return true;
  return false;
}

/** Tokens covered by time expressions, and each expression's value by its first token. */
interface TimeAt { value: string; end: number }

function indexTimes(doc: Doc, times: readonly TimeExpression[]): { blocked: Uint8Array; timeAt: Map<number, TimeAt> } {
  const blocked = new Uint8Array(doc.tokens.count);
  const timeAt = new Map<number, TimeAt>();
  for (const t of times) {
    const first = doc.tokenIndexAt(t.span.start);
    const last = doc.tokenIndexAt(t.span.end);
    for (let k = first; k < last; k++) blocked[k] = 1;
    timeAt.set(first, { value: t.value, end: last });
  }
  return { blocked, timeAt };
}

/** The time written right after an amount, across at most a preposition or two. */
function dateAfter(s: Scan, end: number, timeAt: Map<number, TimeAt>): string | undefined {
  for (let k = end; k < s.limit && k <= end + MAX_DATE_GAP; k++) {
    const time = timeAt.get(k);
    if (time !== undefined) return time.value;
    if (!DATE_LINKS.has(s.w[k]!)) return undefined;
  }
  return undefined;
}

/** A time that opens the sentence before a comma dates what follows: "In 2016, exports were £20bn." */
function openingDate(s: Scan, amountStart: number, timeAt: Map<number, TimeAt>): string | undefined {
  const first = DATE_LINKS.has(s.w[s.first]!) ? s.first + 1 : s.first;
  const time = timeAt.get(first);
  if (!time || s.w[time.end] !== ',' || time.end >= amountStart) return undefined;
  return time.value;
}

export const amountsStage: Stage = {
  name: 'amounts',
  description: 'money, percentages, multipliers, counts and ranks, with what they measure and their dates',
  requires: ['tokens', 'sentences'],
  provides: ['amounts'],
  run(doc, ctx) {
    // Dates come from the times layer when it ran; otherwise the same grammar is run here.
    const times = doc.provided.has('times') ? doc.times : extractTimes(doc, ctx.published);
    doc.amounts = extractAmounts(doc, times);
  },
};
