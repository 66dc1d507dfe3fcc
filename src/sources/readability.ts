import { Readability } from '@mozilla/readability';
import { blockText, type DomDocument, type DomElement } from './dom.js';

/** Readability's verdict on a page, its content as plain paragraphs (see blockText). */
export type ReadableArticle = NonNullable<ReturnType<Readability<string>['parse']>>;

/**
 * The main text of a page by Readability (Firefox's reader view), as plain
 * paragraphs. Readability rewrites `doc`: read its metadata first.
 */
export function readableArticle(doc: DomDocument): ReadableArticle | null {
  return new TextReadability<string>(doc as never, {
    charThreshold: 200,
    // Classes only matter in HTML output; the text is the same without removing them.
    keepClasses: true,
    serializer: (node) => blockText(node as never),
  }).parse();
}

const readabilityVisible = (Readability.prototype as unknown as { _isProbablyVisible(node: DomElement): boolean })._isProbablyVisible;

/**
 * Readability, made faster for linkedom and for text output. Each override
 * gives the text Readability itself gives (checked on every bench page, and
 * by the html tests), doing less work.
 */
class TextReadability<T> extends Readability<T> {
  /**
   * Elements by tag name. Readability asks for `querySelectorAll("h1,h2")`,
   * and linkedom parses the selector anew on every call (a tenth of the
   * page's time); getElementsByTagName for one name, or one walk of the tree
   * for several, gives the same elements in the same document order.
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
   * Readability reads `node.style.display` of every element, and linkedom
   * builds a style object for each to answer. An element without a style
   * attribute has no display or visibility to read: only its hidden and
   * aria-hidden attributes are checked, as Readability checks them.
   */
  _isProbablyVisible(node: DomElement): boolean {
    if (node.hasAttribute('style')) return readabilityVisible.call(this, node);
    if (node.hasAttribute('hidden')) return false;
    if (node.getAttribute('aria-hidden') !== 'true') return true;
    const className = node.className;
    return typeof className === 'string' && className.includes('fallback-image');
  }

  /**
   * Readability makes link and image URLs absolute (and turns
   * `javascript:` links into their text or a span). Only attributes change,
   * and the text output reads none: skipped.
   */
  _fixRelativeUris(): void {}
}
