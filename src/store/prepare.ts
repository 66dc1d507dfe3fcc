import type { DossierRecord } from '../record/types.js';
import { packLayers } from './layers.js';
import { quotePieces, quotePrints } from './normalize.js';

/** A quote's words as the store matches them. */
export interface QuoteWords {
  /** The content spans' text joined: what the store keeps for the sighting. */
  text: string;
  /** Normalised pieces (split at ellipses); empty when the quote has no words. */
  pieces: string[];
  /** Fingerprints of the pieces. */
  prints: number[];
}

/**
 * What the store derives from a record without looking at the database. A
 * pure function of the record, so ingest computes it on the worker that
 * analysed the article and the single writing thread only writes; the store
 * computes it itself when not given one.
 */
export interface PreparedRecord {
  /** articles.layers (see layers.ts). */
  layers: string;
  words: number;
  /** One per record quote, in order. */
  quotes: QuoteWords[];
}

export function prepareRecord(record: DossierRecord): PreparedRecord {
  const { text: _text, ...meta } = record.article;
  const layers = { entities: record.entities, quotes: record.quotes, events: record.events, amounts: record.amounts,
    times: record.times, ...(record.messages && { messages: record.messages }), meta };
  return {
    layers: packLayers(layers, record.article.text),
    words: countWords(record.article.text),
    quotes: record.quotes.map((q) => quoteWords(q.content.map((c) => c.text).join(' ').trim())),
  };
}

export function quoteWords(text: string): QuoteWords {
  const pieces = quotePieces(text);
  return { text, pieces, prints: pieces.length === 0 ? [] : quotePrints(pieces) };
}

function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
