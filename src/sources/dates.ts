const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A publication date in the form the analyzer accepts (ISO 8601), or
 * undefined when the value is not a date we can read. Date-times are kept
 * as UTC ISO strings; bare dates stay bare so no time zone shifts the day.
 */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return Number.isNaN(Date.parse(trimmed)) ? undefined : trimmed;
  if (ISO_DATE.test(trimmed) && !Number.isNaN(Date.parse(trimmed))) return trimmed;
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return undefined;
  const year = new Date(ms).getUTCFullYear();
  return year >= 1800 && year <= 2200 ? new Date(ms).toISOString() : undefined;
}
