import { readDataJson } from '../../util/data.js';

export type Tense = 'past' | 'present' | 'future' | 'none';

interface TenseData {
  future: string[];
  past: string[];
  present: string[];
  reporting: string[];
  notPast: string[];
}

const data = readDataJson<TenseData>('times/tense.json');
const FUTURE = new Set(data.future);
const PAST = new Set(data.past);
const PRESENT = new Set(data.present);
const REPORTING = new Set(data.reporting);
const NOT_PAST = new Set(data.notPast);

/** How far either side of the expression to look for a tense cue. */
const WINDOW = 12;
/** A reporting verb this close ("said on Monday") governs the expression. */
const REPORTING_REACH = 2;

const CLAUSE_BOUNDARIES = new Set([',', ';', ':', 'and', 'but', 'while', 'whereas', 'which', 'who', '—', '–', '(', ')']);

/** The tense a single token signals, if any. */
function cueOf(word: string): Tense | 'reporting' | null {
  if (FUTURE.has(word)) return 'future';
  if (word.endsWith("'ll") || word.endsWith('’ll')) return 'future';
  if (REPORTING.has(word)) return 'reporting';
  if (PAST.has(word)) return 'past';
  if (PRESENT.has(word)) return 'present';
  if (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) return 'past';
  return null;
}

interface Cue {
  tense: Tense;
  distance: number;
}

/**
 * The tense of the clause around tokens [first, last). The nearest cue wins,
 * looking back first ("will meet on Monday") then forward ("On Monday, they
 * met"), both within the expression's own clause: in "Xi, who met Starmer on
 * Monday, will fly on Friday", Monday belongs to "met". Reporting verbs count
 * behind the expression only right beside it, because "said he will visit on
 * Monday" is about a future visit; after it they are its clause's verb. With no cue in the clause, cues further back decide;
 * failing those, there is no tense.
 */
export function clauseTense(words: readonly string[], first: number, last: number, sentenceStart: number, sentenceEnd: number): Tense {
  const back = scanBack(words, first, sentenceStart, true);
  const forwardLimit = back.cue ? back.cue.distance : WINDOW + 1;
  const forward = scanForward(words, last, sentenceEnd, forwardLimit, back.cue !== null || back.hitBoundary);
  if (forward) return forward.tense;
  if (back.cue) return back.cue.tense;
  const wide = back.hitBoundary ? scanBack(words, first, sentenceStart, false).cue : null;
  if (wide) return wide.tense;
  // A reporting verb anywhere near still says the story is told in the past.
  return hasReportingVerb(words, first, last, sentenceStart, sentenceEnd) ? 'past' : 'none';
}

function hasReportingVerb(words: readonly string[], first: number, last: number, sentenceStart: number, sentenceEnd: number): boolean {
  for (let i = Math.max(sentenceStart, first - WINDOW); i < Math.min(sentenceEnd, last + WINDOW); i++) {
    if (REPORTING.has(words[i]!)) return true;
  }
  return false;
}

function scanBack(words: readonly string[], first: number, sentenceStart: number, stopAtBoundary: boolean): { cue: Cue | null; hitBoundary: boolean } {
  for (let i = first - 1, d = 1; i >= sentenceStart && d <= WINDOW; i--, d++) {
    const word = words[i]!;
    if (stopAtBoundary && CLAUSE_BOUNDARIES.has(word)) return { cue: null, hitBoundary: true };
    const cue = cueOf(word);
    if (cue === null) continue;
    if (cue === 'reporting') {
      if (d <= REPORTING_REACH) return { cue: { tense: 'past', distance: d }, hitBoundary: false };
      continue;
    }
    return { cue: { tense: cue, distance: d }, hitBoundary: false };
  }
  return { cue: null, hitBoundary: false };
}

function scanForward(words: readonly string[], last: number, sentenceEnd: number, limit: number, stopAtBoundary: boolean): Cue | null {
  for (let i = last, d = 1; i < sentenceEnd && d < limit && d <= WINDOW; i++, d++) {
    const word = words[i]!;
    if (stopAtBoundary && CLAUSE_BOUNDARIES.has(word)) return null;
    const cue = cueOf(word);
    if (cue === null) continue;
    // A reporting verb after the expression is the clause's own: "On Monday, officials said …".
    if (cue === 'reporting') return { tense: 'past', distance: d };
    return { tense: cue, distance: d };
  }
  return null;
}
