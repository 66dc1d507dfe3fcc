import { InputError } from '../input/errors.js';
import { normalizeDate } from './dates.js';
import { blockText, parseHtmlDocument, type DomDocument, type DomElement } from './dom.js';
import { readableArticle } from './readability.js';
import type { ArticleItem } from './types.js';
import { normalizeUrl } from './url.js';

/** Meta tags that carry the publication date, most specific first. */
const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate',
  'publishdate', 'publish-date', 'publication_date', 'dc.date', 'dc.date.issued', 'dcterms.created',
  'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'article.published',
];

/**
 * One news page to one article: the main text by Readability (Firefox's
 * reader view), title, byline, date and canonical URL from the page's own
 * metadata. Metadata is read before Readability, which rewrites the DOM.
 * `fallbackUrl` (where the page was fetched from) is the URL when the page
 * names none, and the base for a relative canonical link.
 */
export function readHtmlPage(html: string, fallbackUrl?: string): ArticleItem {
  const truncated = truncation(html);
  if (truncated) throw new InputError(`truncated HTML (${truncated})`);
  const page = withoutCode(html);
  const doc = parseHtmlDocument(page);
  const ld = jsonLdArticle(doc);
  const tags = metaTags(doc);
  const title = str(ld?.headline) ?? meta(tags, ['og:title', 'twitter:title']);
  const published = normalizeDate(str(ld?.datePublished))
    ?? firstDate(DATE_META.map((name) => tags.get(name.toLowerCase())))
    ?? normalizeDate(firstWith(doc, 'time', 'datetime')?.getAttribute('datetime'));
  const url = canonicalUrl(doc, tags, fallbackUrl) ?? (fallbackUrl ? normalizeUrl(fallbackUrl) : undefined);
  const source = meta(tags, ['og:site_name', 'application-name']) ?? str(nameOf(ld?.publisher));
  const byline = str(nameOf(ld?.author)) ?? meta(tags, ['author', 'article:author', 'byl']);

  const h1 = clean(doc.getElementsByTagName('h1')[0]?.textContent);
  // `read`: the document as Readability left it (`doc` itself, unless it had to read the page again).
  const { article, doc: read } = readableArticle(doc, () => parseHtmlDocument(page));
  let text = article?.content?.trim() ?? '';
  if (text === '') text = fallbackText(read);
  if (text === '') throw new InputError('no article text found in the HTML page');
  const item: ArticleItem = { text };
  const finalTitle = title ?? headline(clean(read.title), h1, source) ?? clean(article?.title);
  if (finalTitle) item.title = finalTitle;
  const date = published ?? normalizeDate(article?.publishedTime ?? undefined);
  if (date) item.published = date;
  if (url) item.url = url;
  const site = source ?? clean(article?.siteName);
  if (site) item.source = site;
  const by = byline ?? clean(article?.byline);
  if (by) item.byline = by;
  return item;
}

/** Comments, and elements whose content is code, not text (JSON-LD kept: it carries the metadata). */
const CODE = /<!--[\s\S]*?-->|<(script|style|noscript|svg|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi;

/**
 * The page without its code, before parsing. Readability drops these
 * anyway, but the parser would first tokenize them and build a node for
 * each, and a news page is often more script than text. One pass, left to
 * right, as the HTML tokenizer reads: a "<svg" inside a script is script.
 */
function withoutCode(html: string): string {
  return html.replace(CODE, (match, tag: string | undefined, attrs: string | undefined) =>
    tag?.toLowerCase() === 'script' && /application\/ld\+json/i.test(attrs ?? '') ? match : '');
}

const OPENS_HTML = /<html/i;
const CLOSES_HTML = /<\/html/i;

/**
 * Why the page looks cut off, or undefined. A page that opens <html> but
 * never closes it, or ends inside a tag, lost its tail in transfer; what
 * Readability would make of the rest is a fragment, not the article.
 */
function truncation(html: string): string | undefined {
  const tail = html.slice(-2048).trimEnd();
  if (tail.lastIndexOf('<') > tail.lastIndexOf('>')) return 'ends inside a tag';
  if (OPENS_HTML.test(html.slice(0, 4096)) && !CLOSES_HTML.test(tail)) return 'no closing </html>';
  return undefined;
}

/**
 * The page <title> without the site's name: "Fares rise | Island Times" →
 * "Fares rise" when the page's <h1> or site name says which part is which.
 */
function headline(title: string | undefined, h1: string | undefined, site: string | undefined): string | undefined {
  if (!title) return h1;
  if (h1 && title.startsWith(h1)) return h1;
  const parts = title.split(/\s+[|\-–—·»]+\s+/);
  if (parts.length > 1 && site) {
    const rest = parts.filter((p) => p.toLowerCase() !== site.toLowerCase());
    if (rest.length < parts.length) return rest.join(' - ');
  }
  return undefined;
}

function fallbackText(doc: DomDocument): string {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return root ? blockText(root) : '';
}

/** The page's <meta> tags by property, name and itemprop (lower-cased), first one winning: one walk of the DOM, not one per name. */
function metaTags(doc: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  const elements = doc.getElementsByTagName('meta');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    const content = clean(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function meta(tags: Map<string, string>, names: string[]): string | undefined {
  for (const name of names) {
    const content = tags.get(name.toLowerCase());
    if (content) return content;
  }
  return undefined;
}

function firstDate(values: (string | undefined)[]): string | undefined {
  for (const v of values) {
    const d = normalizeDate(v);
    if (d) return d;
  }
  return undefined;
}

/** The page's own URL, normalised: <link rel=canonical> (resolved against `base` when relative), else og:url. */
function canonicalUrl(doc: DomDocument, tags: Map<string, string>, base: string | undefined): string | undefined {
  const link = clean(firstWith(doc, 'link', 'rel', 'canonical')?.getAttribute('href'));
  for (const candidate of [link && base ? resolved(link, base) : link, meta(tags, ['og:url'])]) {
    if (candidate && /^https?:\/\//i.test(candidate)) return normalizeUrl(candidate);
  }
  return undefined;
}

function resolved(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /Article|BlogPosting|Report/;

/** The first schema.org article object in the page's JSON-LD, through @graph and arrays. */
function jsonLdArticle(doc: DomDocument): Json | undefined {
  const scripts = allWith(doc, 'script', 'type', 'application/ld+json');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse((scripts[i] as DomElement).textContent ?? '');
    } catch {
      continue; // a broken JSON-LD block is common and only costs us metadata
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return undefined;
}

function findArticle(data: unknown, depth: number): Json | undefined {
  if (depth > 4 || data === null || typeof data !== 'object') return undefined;
  if (Array.isArray(data)) {
    for (const d of data) {
      const found = findArticle(d, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = data as Json;
  const type = obj['@type'];
  const types = Array.isArray(type) ? type.join(' ') : String(type ?? '');
  if (ARTICLE_TYPES.test(types)) return obj;
  return findArticle(obj['@graph'], depth + 1);
}

function nameOf(value: unknown): unknown {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (value && typeof value === 'object') return (value as Json).name;
  return value;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? clean(value) : undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
}

/*
 * Elements found by tag name and attribute: the page tree has no selector
 * engine (see page-tree/nodes.ts), and a tag-name look-up is one pass.
 */

/** Elements with this tag name and the attribute (with this value, ignoring case, when given). */
function allWith(doc: DomDocument, tag: string, attribute: string, value?: string): DomElement[] {
  const found: DomElement[] = [];
  const elements = doc.getElementsByTagName(tag);
  for (let i = 0; i < elements.length; i++) {
    const attr = elements[i]!.getAttribute(attribute);
    if (attr !== null && (value === undefined || attr.toLowerCase() === value)) found.push(elements[i]!);
  }
  return found;
}

function firstWith(doc: DomDocument, tag: string, attribute: string, value?: string): DomElement | undefined {
  return allWith(doc, tag, attribute, value)[0];
}
