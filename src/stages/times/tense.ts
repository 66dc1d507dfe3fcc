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

/**
 * The tense of the clause around tokens [first, last): the nearest cue,
 * looking back first ("will meet on Monday"), then forward ("On Monday, they
 * met"). Reporting verbs count only right beside the expression, because
 * "said he will visit on Monday" is about a future visit.
 */
export function clauseTense(words: readonly string[], first: number, last: number, sentenceStart: number, sentenceEnd: number): Tense {
  let back: Tense | null = null;
  let backDistance = Infinity;
  for (let i = first - 1, d = 1; i >= sentenceStart && d <= WINDOW; i--, d++) {
    const cue = cueOf(words[i]!);
    if (cue === null) continue;
    if (cue === 'reporting') {
      if (d <= REPORTING_REACH) { back = 'past'; backDistance = d; break; }
      continue;
    }
    back = cue;
    backDistance = d;
    break;
  }
  for (let i = last, d = 1; i < sentenceEnd && d < backDistance && d <= WINDOW; i++, d++) {
    const cue = cueOf(words[i]!);
    if (cue === null || cue === 'reporting') continue;
    return cue;
  }
  return back ?? 'none';
}
