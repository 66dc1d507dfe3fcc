import { isValidDate } from '../stages/times/calendar.js';
import { StoreError } from './open.js';

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** An ISO 8601 date or a leading part of one (2024, 2024-11, 2024-11-18, with a time), naming a month and day that exist. */
export function isIsoDatePrefix(value: string): boolean {
  const match = ISO_PREFIX.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  return isValidDate(Number(year), Number(month), day === undefined ? 1 : Number(day));
}

/**
 * Bounds for comparing ISO 8601 strings: `since` as given, `until` widened so
 * that "2024-11" includes every day and time in November 2024.
 */
export function dateBounds(since?: string, until?: string): { from: string | null; to: string | null } {
  for (const [name, value] of [['since', since], ['until', until]] as const) {
    if (value !== undefined && !isIsoDatePrefix(value)) {
      throw new StoreError(`--${name} takes an ISO date such as 2024, 2024-11 or 2024-11-18, not "${value}"`);
    }
  }
  return { from: since ?? null, to: until === undefined ? null : `${until}\uffff` };
}
