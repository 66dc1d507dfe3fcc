import { readDataJson } from '../util/data.js';

interface TrackingParams {
  prefixes: string[];
  names: string[];
}

const TRACKING = readDataJson<TrackingParams>('sources/tracking-params.json');
const TRACKING_NAMES = new Set(TRACKING.names.map((n) => n.toLowerCase()));
const TRACKING_PREFIXES = TRACKING.prefixes.map((p) => p.toLowerCase());

const HTTP_SCHEME = /^https?:/i;

/**
 * An article URL in one canonical spelling, so the same report reached by
 * different links is one article (the store matches articles by URL):
 *
 * - scheme and host in lower case, the default port dropped, an empty path
 *   made "/" (all as the WHATWG URL parser, i.e. a browser, serialises them;
 *   it also resolves "/a/../b" and percent-encodes spaces);
 * - tracking parameters (data/sources/tracking-params.json) dropped, the
 *   others kept in their order and spelling (not re-encoded);
 * - the fragment dropped, except a "#!" one, which old script-driven sites
 *   use to name the article itself.
 *
 * Paths are otherwise kept as they are: "/a/" and "/a" may be different
 * pages, and only the site knows. Anything that is not an http(s) URL, or
 * does not parse, comes back as given (trimmed).
 */
export function normalizeUrl(raw: string): string {
  const given = raw.trim();
  if (!HTTP_SCHEME.test(given)) return given;
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return given;
  }
  const fragment = url.hash.startsWith('#!') ? url.hash : '';
  const query = keptQuery(url.search);
  url.hash = '';
  url.search = '';
  return `${url.href}${query ? `?${query}` : ''}${fragment}`;
}

/** The query (without "?") with tracking parameters and empty pieces left out. */
function keptQuery(search: string): string {
  if (search.length <= 1) return '';
  return search.slice(1).split('&').filter((piece) => piece !== '' && !isTracking(paramName(piece))).join('&');
}

function paramName(piece: string): string {
  const eq = piece.indexOf('=');
  const name = eq < 0 ? piece : piece.slice(0, eq);
  try {
    return decodeURIComponent(name.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return name.toLowerCase(); // a stray "%" is not a tracking parameter's name
  }
}

function isTracking(name: string): boolean {
  return TRACKING_NAMES.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}
