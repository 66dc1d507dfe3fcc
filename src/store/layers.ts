/**
 * The record's layers as stored in articles.layers: JSON with each span's
 * text replaced by 0 when it equals the article text at that span (the usual
 * case), so the store does not keep every quote and mention twice. Unpacking
 * puts the text back in the same key position, so a record comes back
 * exactly as it was put.
 */

import { RECORD_SCHEMA, type DossierRecord } from '../record/types.js';

type Json = unknown;

export function packLayers(layers: object, text: string): string {
  // A packed copy, then JSON.stringify without a replacer: a replacer is a
  // call back into JavaScript for every key, a fifth of the time to pack.
  return JSON.stringify(packed(layers, text));
}

/** `value` with the text of each span that repeats the article text replaced by 0, keys in the same order. */
function packed(value: unknown, text: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => packed(v, text));
  const from = value as Record<string, unknown>;
  const own = from.text;
  const repeatsText = typeof own === 'string' && isSpanLike(from) && own.length === from.end - from.start && text.startsWith(own, from.start);
  const to: Record<string, unknown> = {};
  for (const key in from) to[key] = key === 'text' && repeatsText ? 0 : packed(from[key], text);
  return to;
}

export function unpackLayers<T>(json: string, text: string): T {
  return JSON.parse(json, function (this: unknown, key, value: Json) {
    if (key === 'text' && value === 0 && isSpanLike(this)) return text.slice(this.start, this.end);
    return value;
  }) as T;
}

/** A stored record: the layers unpacked, the article meta with the text put back. */
export function recordFromLayers(json: string, text: string): DossierRecord {
  const { meta, ...layers } = unpackLayers<Omit<DossierRecord, 'schema' | 'article'> & { meta: object }>(json, text);
  return { schema: RECORD_SCHEMA, article: { ...meta, text }, ...layers } as DossierRecord;
}

function isSpanLike(holder: unknown): holder is { start: number; end: number } {
  const h = holder as { start?: unknown; end?: unknown } | null;
  return typeof h === 'object' && h !== null && typeof h.start === 'number' && typeof h.end === 'number';
}
