import { normalizeDate } from './dates.js';
import type { ArticleItem } from './types.js';
import { normalizeUrl } from './url.js';

export interface JsonlResult {
  items: ArticleItem[];
  problems: string[];
}

/**
 * JSON Lines of `{text, title?, published?, url?, source?}`. A bad line is a
 * problem reported with its line number; the other lines still count.
 */
export function readJsonLines(content: string, maxChars: number): JsonlResult {
  const items: ArticleItem[] = [];
  const problems: string[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const result = parseLine(line, maxChars);
    if (typeof result === 'string') problems.push(`line ${i + 1}: ${result}`);
    else items.push(result);
  }
  return { items, problems };
}

function parseLine(line: string, maxChars: number): ArticleItem | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return `not valid JSON (${(err as Error).message.split('\n')[0]})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const obj = value as Record<string, unknown>;
  if (typeof obj.text !== 'string') return 'no "text" string';
  const text = obj.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return 'empty "text"';
  if (text.length > maxChars) return `"text" is longer than the ${maxChars}-character limit for one article`;
  const item: ArticleItem = { text };
  for (const key of ['title', 'url', 'source'] as const) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return `"${key}" is not a string`;
    if (v.trim()) item[key] = key === 'url' ? normalizeUrl(v) : v.trim();
  }
  if (obj.published !== undefined && obj.published !== null) {
    const published = normalizeDate(obj.published);
    if (!published) return `"published" is not a date: ${JSON.stringify(obj.published).slice(0, 40)}`;
    item.published = published;
  }
  return item;
}
