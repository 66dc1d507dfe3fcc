import { TokenKind } from '../../doc/tokens.js';
import { isHyphenedNumberWord, mayBeNumberWord, SINGLE_NUMBER_WORDS } from '../../util/number-words.js';
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

/** What a word can do at the start of an expression; most words have no role. */
const enum Role { Content = 1, The, Preposition, Article, NumberWord }

/**
 * Each starter word's role, the first that applies in this order: content
 * starter, "the", preposition, article, number word. One look-up answers for
 * the words that are none of these, where checking each Set in turn took
 * three.
 */
const ROLES = new Map<string, Role>();
const give = (words: Iterable<string>, role: Role) => { for (const w of words) if (!ROLES.has(w)) ROLES.set(w, role); };
give(CONTENT_STARTERS, Role.Content);
give(['the'], Role.The);
give(PREPOSITIONS, Role.Preposition);
give(['a', 'an'], Role.Article);
give(SINGLE_NUMBER_WORDS, Role.NumberWord);

export function isStarter(words: readonly string[], i: number, kinds: Uint8Array, limit: number): boolean {
  const w = words[i]!;
  switch (ROLES.get(w)) {
    case Role.Content:
    case Role.NumberWord:
      return true;
    case Role.The: {
      const next = words[i + 1] ?? '';
      return THE_NEXT.has(next) || (i + 1 < limit && kinds[i + 1] === TokenKind.Number);
    }
    case Role.Preposition: {
      const next = words[i + 1] ?? '';
      return PREPOSITION_NEXT.has(next) || (i + 1 < limit && kinds[i + 1] === TokenKind.Number) || mayBeNumberWord(next) || CONTENT_STARTERS.has(next);
    }
    case Role.Article:
      return UNITS.has(words[i + 1] ?? '');
  }
  if (w.endsWith("'s") || w.endsWith('’s')) return CONTENT_STARTERS.has(w.slice(0, -2));
  const c = w.charCodeAt(0);
  // "mid-2025", "early-1990s", number words ("twenty-five years ago")
  if ((c === 109 || c === 101 || c === 108) && (w.startsWith('mid-') || w.startsWith('early-') || w.startsWith('late-'))) return true;
  return (c >= 97 && c <= 122) && isHyphenedNumberWord(w);
}
