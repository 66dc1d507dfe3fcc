import { parseHTML } from 'linkedom';
import './lazy-listeners.js';
import './tag-lookup.js';

/**
 * The few DOM members dossier uses. The project compiles without the DOM
 * library (it is a Node tool), so linkedom's nodes are typed structurally here.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  localName: string;
  firstElementChild: DomElement | null;
  nextElementSibling: DomElement | null;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  className: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomElement {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
}

export function parseHtmlDocument(html: string): DomDocument {
  return (parseHTML(html) as unknown as { document: DomDocument }).document;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that end a paragraph of running text (by local name: HTML parsing lower-cases it). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);
/** Elements whose text is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'select']);

/**
 * The running text under `root`, one paragraph per block element, separated by
 * blank lines (the paragraph convention of plain-text reports), with inline
 * whitespace collapsed as a browser would.
 */
export function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: DomNode) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const child = kids[i]!;
      if (child.nodeType === TEXT_NODE) current += child.textContent ?? '';
      else if (child.nodeType === ELEMENT_NODE) {
        // The local name: linkedom upper-cases nodeName anew at every call.
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
