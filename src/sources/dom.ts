import { ELEMENT_NODE, PageParent, TEXT_NODE, type PageDocument, type PageElement, type PageNode } from './page-tree/nodes.js';
import { parsePage } from './page-tree/parse.js';

/** The DOM dossier reads pages with: its own page tree (see page-tree/nodes.ts). */
export type DomNode = PageNode;
export type DomElement = PageElement;
export type DomDocument = PageDocument;

export function parseHtmlDocument(html: string): DomDocument {
  return parsePage(html);
}

/** Elements that end a paragraph of running text (by local name: HTML parsing lower-cases it). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose text is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select']);

/**
 * Runs of white space a browser shows as one space, but for the single
 * plain spaces between words, which need no change: matching every space,
 * as /[ \t\n\r\f\u00a0]+/g does, made a replacement per word and was
 * most of the time spent here; the text is the same.
 */
const COLLAPSIBLE_SPACE = /[ \t\n\r\f\u00a0]{2,}|[\t\n\r\f\u00a0]/g;

/**
 * The running text under `root`, one paragraph per block element, separated by
 * blank lines (the paragraph convention of plain-text reports), with inline
 * whitespace collapsed as a browser would.
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(COLLAPSIBLE_SPACE, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (!(node instanceof PageParent)) return;
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) current += child.textContent ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        // Lower-cased: an element made by createElement('DIV') keeps the name as written.
        const name = (child as DomElement).localName.toLowerCase();
        if (SKIP.has(name)) continue;
        if (name === 'br') { current += '\n'; continue; }
        const block = BLOCKS.has(name);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** Plain text of an HTML fragment (a feed item's content). */
export function fragmentText(html: string): string {
  const doc = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  return doc.body ? blockText(doc.body) : '';
}
