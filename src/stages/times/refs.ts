import type { PeriodMod, Season, Unit } from './lexicon.js';

/**
 * What a temporal expression says, before it is anchored to the publication
 * date. `y: null` means the text gave no year; `yearOffset` a year counted
 * from the publication year ("March of next year"); `shift` records "last",
 * "next" or "this" written before it.
 */
export type Shift = 'last' | 'next' | 'this';

export type TimeRef =
  | { k: 'day'; y: number | null; m: number; d: number; shift?: Shift; yearOffset?: number }
  | { k: 'month'; y: number | null; m: number; shift?: Shift; yearOffset?: number }
  | { k: 'year'; y: number }
  | { k: 'decade'; decade: number }
  | { k: 'season'; y: number | null; s: Season; shift?: Shift }
  | { k: 'quarter'; y: number | null; q: number; half?: boolean; shift?: Shift; yearOffset?: number }
  | { k: 'weekday'; wd: number; shift?: Shift }
  | { k: 'weekend'; shift?: Shift }
  | { k: 'holiday'; rule: string; y: number | null; shift?: Shift }
  /** Yesterday (-1), today (0), tomorrow (1). */
  | { k: 'offsetDays'; days: number }
  /** A calendar unit counted from the anchor: last week (-1), next year (1), three years ago (-3). */
  | { k: 'unit'; unit: Unit; n: number }
  /** A stretch reaching back or forward from the anchor: "the past two years". */
  | { k: 'stretch'; unit: Unit; n: number }
  /** The next calendar year, as "in the new year" means. */
  | { k: 'newYear' }
  | { k: 'mod'; mod: PeriodMod | 'start' | 'end'; inner: TimeRef }
  | { k: 'range'; from: TimeRef; to: TimeRef };

/** Whether a reference can be resolved without a publication date. */
export function isAbsolute(ref: TimeRef): boolean {
  switch (ref.k) {
    case 'day': case 'month': case 'season': case 'quarter': case 'holiday':
      return ref.y !== null;
    case 'year': case 'decade':
      return true;
    case 'mod':
      return isAbsolute(ref.inner);
    case 'range':
      return isAbsolute(ref.from) && isAbsolute(ref.to);
    default:
      return false;
  }
}
