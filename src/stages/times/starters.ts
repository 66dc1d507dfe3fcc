import { TokenKind } from '../../doc/tokens.js';
import { mayBeNumberWord } from '../../util/number-words.js';
import {
  DECADE_WORDS, HALVES, HOLIDAYS, MONTHS, ORDINALS, PERIOD_MODS, QUARTERS, RELATIVE_DAYS, SEASONS, SHIFTS,
  UNITS, WEEKDAYS,
} from './lexicon.js';

/**
 * Which tokens can begin a time expression. The stage skips every other token
 * without calling the grammar: most tokens are not times, and the commonest
 * starters ("the", "in", "a") begin one only before a few words.
 */

/** Words that begin an expression on their own account. */
const CONTENT_STARTERS = new Set<string>([
  'earlier', 'later',
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...SEASONS.keys(), ...RELATIVE_DAYS.keys(), ...SHIFTS.keys(),
  ...QUARTERS.keys(), ...HALVES.keys(), ...ORDINALS.keys(), ...HOLIDAYS.keys(), ...PERIOD_MODS.keys(),
]);

/** Function words that begin an expression only when the next word is one of these. */
const THE_NEXT = new Set<string>([
  "'", '’', 'end', 'start', 'beginning', 'middle', 'day', 'past', 'last', 'next', 'coming', 'previous',
  ...DECADE_WORDS.keys(), ...SEASONS.keys(), ...ORDINALS.keys(),
]);
const PREPOSITION_NEXT = new Set(['the']);
const PREPOSITIONS = new Set([
  'in', 'over', 'at', 'during', 'across', 'throughout', 'on', 'into', 'after', 'from', 'until', 'till', 'by', 'for', 'between', 'early',
]);

export function isStarter(words: readonly string[], i: number, kinds: Uint8Array, limit: number): boolean {
  const w = words[i]!;
  if (CONTENT_STARTERS.has(w)) return true;
  const next = words[i + 1] ?? '';
  if (w === 'the') return THE_NEXT.has(next) || (i + 1 < limit && kinds[i + 1] === TokenKind.Number);
  if (PREPOSITIONS.has(w)) return PREPOSITION_NEXT.has(next) || (i + 1 < limit && kinds[i + 1] === TokenKind.Number) || mayBeNumberWord(next) || CONTENT_STARTERS.has(next);
  if (w === 'a' || w === 'an') return UNITS.has(next);
  if (w.endsWith("'s") || w.endsWith('’s')) return CONTENT_STARTERS.has(w.slice(0, -2));
  const c = w.charCodeAt(0);
  // "mid-2025", "early-1990s", number words ("three years ago")
  if ((c === 109 || c === 101 || c === 108) && (w.startsWith('mid-') || w.startsWith('early-') || w.startsWith('late-'))) return true;
  return (c >= 97 && c <= 122) && mayBeNumberWord(w);
}
