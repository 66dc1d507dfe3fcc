import { StoreError } from './open.js';

const ISO_PREFIX = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * Bounds for comparing ISO 8601 strings: `since` as given, `until` widened so
 * that "2024-11" includes every day and time in November 2024.
 */
export function isIsoDatePrefix(value: string): boolean {
  return ISO_PREFIX.test(value);
}

export function dateBounds(since?: string, until?: string): { from: string | null; to: string | null } {
  for (const [name, value] of [['since', since], ['until', until]] as const) {
    if (value !== undefined && !ISO_PREFIX.test(value)) {
      throw new StoreError(`--${name} takes an ISO date such as 2024, 2024-11 or 2024-11-18, not "${value}"`);
    }
  }
  return { from: since ?? null, to: until === undefined ? null : `${until}\uffff` };
}
