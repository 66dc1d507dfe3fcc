/** Writing query results as JSON, CSV or aligned text. */
import type { CommandIO } from './command.js';

export function writeJson(io: CommandIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** RFC 4180 CSV: a header row, CRLF-free fields quoted when they hold a comma, quote or newline. */
export function writeCsv(io: CommandIO, header: readonly string[], rows: Iterable<readonly unknown[]>): void {
  io.stdout.write(`${csvLine(header)}\n`);
  for (const row of rows) io.stdout.write(`${csvLine(row)}\n`);
}

export function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Tab-separated line, tabs and newlines inside cells turned into spaces. */
export function tsvLine(cells: readonly string[]): string {
  return cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t');
}

/** Shortens text to `max` characters on one line. */
export function clip(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Opening quotation marks: a direct quote's text starts with its own, and then gets none added. */
const OPENING_MARK = /^["“‘'«„‚‹]/;

/** A quote's text, clipped, in quotation marks unless it already opens with its own. */
export function quoted(text: string, max = 200): string {
  const shown = clip(text, max);
  return OPENING_MARK.test(shown) ? shown : `“${shown}”`;
}

/** Aligned columns for terminal output (numbers right-aligned). */
export function table(rows: readonly string[][]): string {
  if (rows.length === 0) return '';
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (/^-?[\d,.]+%?$/.test(cell) && c > 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
    .join('  ').trimEnd()).join('\n') + '\n';
}

export function nothingFound(io: CommandIO, what: string): void {
  io.stderr.write(`no ${what} found\n`);
}
