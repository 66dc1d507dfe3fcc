import { extractFromJson, extractFromXml, type FeedData, type ParserOptions } from '@extractus/feed-extractor';
import { InputError } from '../input/errors.js';
import { normalizeDate } from './dates.js';
import { fragmentText } from './dom.js';
import type { ArticleItem } from './types.js';
import { normalizeUrl } from './url.js';

/** Full-text fields of a feed entry, by format: RSS content:encoded, Atom content, JSON Feed content_*. */
type ExtraFields = {
  fullHtml?: string;
  fullText?: string;
  author?: string;
};

const PARSER_OPTIONS: ParserOptions = {
  descriptionMaxLen: 0,
  getExtraEntryFields: (entry: Record<string, unknown>): ExtraFields => {
    const fullHtml = textOf(entry['content:encoded']) ?? textOf(entry.content) ?? textOf(entry.content_html);
    const fullText = textOf(entry.content_text);
    const author = textOf(entry.author) ?? textOf(entry['dc:creator']) ?? textOf((entry.author as { name?: unknown } | undefined)?.name);
    return { ...(fullHtml && { fullHtml }), ...(fullText && { fullText }), ...(author && { author }) };
  },
};

/** An RSS, Atom or RDF file to its items (parsed from the string, never fetched). */
export function readXmlFeed(xml: string): ArticleItem[] {
  let feed: FeedData;
  try {
    feed = extractFromXml(xml, PARSER_OPTIONS);
  } catch (err) {
    throw new InputError(`malformed XML feed: ${(err as Error).message}`);
  }
  return feedItems(feed);
}

/** A JSON Feed (jsonfeed.org) file to its items. */
export function readJsonFeed(json: string): ArticleItem[] {
  let feed: FeedData;
  try {
    feed = extractFromJson(json, PARSER_OPTIONS);
  } catch (err) {
    throw new InputError(`malformed JSON Feed: ${(err as Error).message}`);
  }
  return feedItems(feed);
}

/**
 * Feed entries as articles: the full text when the feed carries it, else the
 * summary, flagged `summaryOnly` so nobody mistakes a teaser for the report.
 */
function feedItems(feed: FeedData): ArticleItem[] {
  const source = typeof feed.title === 'string' && feed.title.trim() ? feed.title.trim() : undefined;
  const items: ArticleItem[] = [];
  for (const entry of feed.entries ?? []) {
    const extra = entry as ExtraFields;
    const full = extra.fullText?.trim() || (extra.fullHtml ? fragmentText(extra.fullHtml) : '');
    const summary = full ? '' : fragmentText(entry.description ?? '');
    const text = full || summary;
    if (!text) continue;
    const item: ArticleItem = { text };
    if (entry.title?.trim()) item.title = entry.title.trim();
    const published = normalizeDate(entry.published);
    if (published) item.published = published;
    const url = entry.link ? normalizeUrl(entry.link) : '';
    if (url) item.url = url;
    if (source) item.source = source;
    if (extra.author) item.byline = extra.author;
    if (!full) item.summaryOnly = true;
    items.push(item);
  }
  if (items.length === 0) throw new InputError('the feed has no items with text');
  return items;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    return textOf(v['#text'] ?? v._text ?? v._cdata);
  }
  return undefined;
}
