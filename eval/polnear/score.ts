import type { Span } from '../../src/doc/span.js';
import type { TokenTable } from '../../src/doc/tokens.js';
import { ROLES, type Role, type RoleSpans } from './brat.js';

/** Counts for one role, summed over articles (micro-averaged). */
export interface Counts {
  exactTp: number;
  exactPred: number;
  exactGold: number;
  tokenTp: number;
  tokenPred: number;
  tokenGold: number;
}

export type Tally = Record<Role, Counts>;

export function emptyTally(): Tally {
  const zero = (): Counts => ({ exactTp: 0, exactPred: 0, exactGold: 0, tokenTp: 0, tokenPred: 0, tokenGold: 0 });
  return { Source: zero(), Cue: zero(), Content: zero() };
}

/**
 * Adds one article. Exact: a predicted span equal to a gold span of the same
 * role, once each, after trimming surrounding whitespace. Token overlap:
 * tokens covered by predicted spans of a role against tokens covered by gold
 * spans of that role, so partial extents earn partial credit.
 */
export function addArticle(tally: Tally, text: string, tokens: TokenTable, gold: RoleSpans, predicted: RoleSpans): void {
  for (const role of ROLES) {
    const g = unique(text, gold[role]);
    const p = unique(text, predicted[role]);
    const c = tally[role];
    c.exactGold += g.size;
    c.exactPred += p.size;
    for (const key of p) if (g.has(key)) c.exactTp++;
    const gt = coveredTokens(tokens, gold[role]);
    const pt = coveredTokens(tokens, predicted[role]);
    c.tokenGold += gt.size;
    c.tokenPred += pt.size;
    for (const t of pt) if (gt.has(t)) c.tokenTp++;
  }
}

function unique(text: string, spans: Span[]): Set<string> {
  const keys = new Set<string>();
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) keys.add(`${start}:${end}`);
  }
  return keys;
}

function coveredTokens(tokens: TokenTable, spans: Span[]): Set<number> {
  const covered = new Set<number>();
  for (const s of spans) {
    for (let i = firstTokenFrom(tokens, s.start); i < tokens.count && tokens.starts[i]! < s.end; i++) {
      if (tokens.ends[i]! > s.start) covered.add(i);
    }
  }
  return covered;
}

function firstTokenFrom(tokens: TokenTable, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function prf(tp: number, pred: number, gold: number): { p: number; r: number; f: number } {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
