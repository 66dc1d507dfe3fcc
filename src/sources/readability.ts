import { Readability } from '@mozilla/readability';
import { blockText, type DomDocument, type DomElement } from './dom.js';

/** Readability's verdict on a page, its content as plain paragraphs (see blockText). */
export type ReadableArticle = NonNullable<ReturnType<Readability<string>['parse']>>;

/**
 * The main text of a page by Readability (Firefox's reader view), as plain
 * paragraphs, and the document Readability read, which it rewrote: read
 * the page's metadata from `doc` first.
 *
 * Readability keeps a copy of the page's HTML (the whole page serialised)
 * to start again from when its first reading finds under 200 characters,
 * which a news page's seldom does. The first reading keeps none; if it
 * needs to start again, the page is read once more from `reparse()` (a
 * fresh parse of the same HTML) exactly as Readability reads it.
 */
export function readableArticle(doc: DomDocument, reparse: () => DomDocument): { article: ReadableArticle | null; doc: DomDocument } {
  try {
    return { article: new TextReadability<string>(doc as never, OPTIONS, false).parse(), doc };
  } catch (err) {
    if (!(err instanceof StartAgain)) throw err;
  }
  const again = reparse();
  return { article: new TextReadability<string>(again as never, OPTIONS, true).parse(), doc: again };
}

const OPTIONS = {
  charThreshold: 200,
  // Classes only matter in HTML output; the text is the same without removing them.
  keepClasses: true,
  serializer: (node: unknown) => blockText(node as never),
};

/** Thrown when a reading without a copy of the page has to start again. */
class StartAgain extends Error {}

/** Readability's own byline pattern (REGEXPS.byline), read from it rather than copied. */
const BYLINE = (Readability.prototype as unknown as { REGEXPS: { byline: RegExp } }).REGEXPS.byline;

const readabilityVisible = (Readability.prototype as unknown as { _isProbablyVisible(node: DomElement): boolean })._isProbablyVisible;

/**
 * Readability, made faster for text output. Each override
 * gives the text Readability itself gives (checked on every bench page, and
 * by the html tests), doing less work.
 */
class TextReadability<T> extends Readability<T> {
  constructor(doc: never, options: typeof OPTIONS, private readonly keepCopy: boolean) {
    super(doc, options as never);
  }

  /**
   * Without `keepCopy`, the page's innerHTML that Readability reads (to keep
   * a copy) is '' and writing it back (to start again) throws StartAgain.
   * The article found is not serialised for the debug log, and its text is
   * not read as a whole: the output is its paragraphs, by the serializer.
   */
  _grabArticle(page: DomElement | null): DomElement | null {
    const body = page ?? (this as unknown as { _doc: DomDocument })._doc.body;
    if (!this.keepCopy && body) {
      Object.defineProperty(body, 'innerHTML', {
        configurable: true,
        get: () => '',
        set: () => { throw new StartAgain(); },
      });
    }
    let found: DomElement | null;
    try {
      found = (Readability.prototype as unknown as { _grabArticle(p: DomElement | null): DomElement | null })._grabArticle.call(this, page);
    } finally {
      if (!this.keepCopy && body) delete (body as { innerHTML?: unknown }).innerHTML;
    }
    if (found) {
      Object.defineProperty(found, 'innerHTML', { configurable: true, get: () => '' });
      Object.defineProperty(found, 'textContent', { configurable: true, get: () => '' });
    }
    return found;
  }

  /**
   * Elements by tag name. Readability asks for `querySelectorAll("h1,h2")`;
   * getElementsByTagName for one name, or one walk of the tree for several,
   * gives the same elements in the same document order without a selector.
   */
  _getAllNodesWithTag(node: DomElement, tagNames: string[]): ArrayLike<DomElement> {
    if (tagNames.length === 1) return node.getElementsByTagName(tagNames[0]!);
    const wanted = new Set(tagNames.map((t) => t.toLowerCase()));
    const found: DomElement[] = [];
    const walk = (parent: DomElement) => {
      for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
        if (wanted.has(child.localName)) found.push(child);
        walk(child);
      }
    };
    walk(node);
    return found;
  }

  /**
   * Readability reads `node.style.display` of every element, and the page
   * tree parses the style attribute to answer. An element without a style
   * attribute has no display or visibility to read: only its hidden and
   * aria-hidden attributes are checked, as Readability checks them.
   */
  _isProbablyVisible(node: DomElement): boolean {
    if (node.hasAttribute('style')) return readabilityVisible.call(this, node);
    if (node.hasAttribute('hidden')) return false;
    if (node.getAttribute('aria-hidden') !== 'true') return true;
    return node.className.includes('fallback-image');
  }

  /**
   * Readability measures the text of every element it passes while looking
   * for a byline, before checking whether the element could be one; the
   * text of a page's outer elements is most of the page, read again at each.
   * The same test, measuring only elements that could be a byline.
   */
  _isValidByline(node: DomElement, matchString: string): boolean {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    const candidate = rel === 'author' || (itemprop !== null && itemprop.includes('author')) || BYLINE.test(matchString);
    if (!candidate) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  }

  /**
   * Readability makes link and image URLs absolute (and turns
   * `javascript:` links into their text or a span). Only attributes change,
   * and the text output reads none: skipped.
   */
  _fixRelativeUris(): void {}
}
