/**
 * A small DOM for reading news pages: the part of the DOM that Readability
 * and dossier's own readers use, and no more (no events, selectors, styles
 * beyond display and visibility, namespaces or live collections).
 *
 * Why not linkedom, which dossier used before: linkedom keeps a whole page
 * as one linked list of start, end and attribute nodes, built from objects
 * with symbol keys, and gives every element with a class a token set. On a
 * 23 KB page with a site's menus, building that tree cost seven times what
 * tokenizing the HTML did, and most of a page's reading time went to it and
 * to collecting its garbage. Here a node is one plain object with parent,
 * sibling and child links, and an element's attributes are an array.
 *
 * Behaviour follows linkedom where Readability can tell (so the text read
 * from a page is what it was): tagName is the upper-cased local name as the
 * page or createElement wrote it; `children` and `childNodes` are fresh
 * arrays, not live lists; the class attribute reads back as its distinct
 * tokens joined by one space; `head` and `body` are made when missing.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;
export const DOCUMENT_NODE = 9;
export const DOCUMENT_TYPE_NODE = 10;

export abstract class PageNode {
  parentNode: PageParent | null = null;
  previousSibling: PageNode | null = null;
  nextSibling: PageNode | null = null;

  constructor(readonly ownerDocument: PageDocument | null, readonly nodeType: number) {}

  abstract get nodeName(): string;
  abstract get textContent(): string | null;

  get parentElement(): PageElement | null {
    const parent = this.parentNode;
    return parent instanceof PageElement ? parent : null;
  }

  get nextElementSibling(): PageElement | null {
    return elementFrom(this.nextSibling, true);
  }

  get previousElementSibling(): PageElement | null {
    return elementFrom(this.previousSibling, false);
  }

  remove(): void {
    this.parentNode?.removeChild(this);
  }
}

/** Text, or a comment (whose text is not part of its element's textContent). */
export class PageText extends PageNode {
  constructor(ownerDocument: PageDocument | null, public data: string, nodeType = TEXT_NODE) {
    super(ownerDocument, nodeType);
  }

  get nodeName(): string {
    return this.nodeType === TEXT_NODE ? '#text' : '#comment';
  }

  get textContent(): string {
    return this.data;
  }

  set textContent(value: string) {
    this.data = value;
  }

  get nodeValue(): string {
    return this.data;
  }

  cloneNode(): PageText {
    return new PageText(this.ownerDocument, this.data, this.nodeType);
  }
}

export class PageDoctype extends PageNode {
  constructor(ownerDocument: PageDocument, readonly name: string) {
    super(ownerDocument, DOCUMENT_TYPE_NODE);
  }

  get nodeName(): string {
    return this.name;
  }

  get textContent(): null {
    return null;
  }
}

/** An attribute: Readability copies them with cloneNode and setAttributeNode. */
export class PageAttr {
  constructor(readonly name: string, public value: string) {}

  cloneNode(): PageAttr {
    return new PageAttr(this.name, this.value);
  }
}

/** A node with children: an element or the document. */
export abstract class PageParent extends PageNode {
  firstChild: PageNode | null = null;
  lastChild: PageNode | null = null;

  get childNodes(): PageNode[] {
    const nodes: PageNode[] = [];
    for (let node = this.firstChild; node; node = node.nextSibling) nodes.push(node);
    return nodes;
  }

  get children(): PageElement[] {
    const elements: PageElement[] = [];
    for (let node = this.firstChild; node; node = node.nextSibling) if (node.nodeType === ELEMENT_NODE) elements.push(node as PageElement);
    return elements;
  }

  get firstElementChild(): PageElement | null {
    return elementFrom(this.firstChild, true);
  }

  get lastElementChild(): PageElement | null {
    return elementFrom(this.lastChild, false);
  }

  get childElementCount(): number {
    return this.children.length;
  }

  hasChildNodes(): boolean {
    return this.firstChild !== null;
  }

  appendChild<T extends PageNode>(node: T): T {
    return this.insertBefore(node, null);
  }

  insertBefore<T extends PageNode>(node: T, before: PageNode | null): T {
    if (before && before.parentNode !== this) throw new Error('insertBefore: the reference node is not a child of this node');
    node.parentNode?.removeChild(node);
    node.parentNode = this;
    node.nextSibling = before;
    node.previousSibling = before ? before.previousSibling : this.lastChild;
    if (node.previousSibling) node.previousSibling.nextSibling = node;
    else this.firstChild = node;
    if (before) before.previousSibling = node;
    else this.lastChild = node;
    return node;
  }

  removeChild<T extends PageNode>(node: T): T {
    if (node.parentNode !== this) throw new Error('removeChild: the node is not a child of this node');
    if (node.previousSibling) node.previousSibling.nextSibling = node.nextSibling;
    else this.firstChild = node.nextSibling;
    if (node.nextSibling) node.nextSibling.previousSibling = node.previousSibling;
    else this.lastChild = node.previousSibling;
    node.parentNode = node.previousSibling = node.nextSibling = null;
    return node;
  }

  replaceChild<T extends PageNode>(node: PageNode, old: T): T {
    if (node === old) return old;
    this.insertBefore(node, old);
    return this.removeChild(old);
  }

  /** Descendant elements with this tag name ('*' for all), in document order. */
  getElementsByTagName(name: string): PageElement[] {
    const found: PageElement[] = [];
    const all = name === '*';
    const upper = all ? '' : name.toUpperCase();
    // Depth first, in document order, without recursion: down to the first child, else on to the next sibling of the nearest ancestor.
    let node = this.firstChild;
    while (node) {
      if (node.nodeType === ELEMENT_NODE) {
        const element = node as PageElement;
        if (all || element.localName === name || element.tagName === upper) found.push(element);
        if (element.firstChild) {
          node = element.firstChild;
          continue;
        }
      }
      node = this.nextAfter(node);
    }
    return found;
  }

  /**
   * The first element of a tag-name selector list ("article", "h1, h2"), as
   * stock Readability asks for them; other selectors are not supported.
   */
  querySelector(selector: string): PageElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }

  querySelectorAll(selector: string): PageElement[] {
    const names = selector.split(',').map((s) => s.trim().toLowerCase());
    if (!names.every((n) => /^[a-z][a-z0-9-]*$/.test(n))) throw new Error(`unsupported selector: ${selector}`);
    if (names.length === 1) return this.getElementsByTagName(names[0]!);
    const wanted = new Set(names);
    return this.getElementsByTagName('*').filter((el) => wanted.has(el.localName.toLowerCase()));
  }

  get textContent(): string | null {
    let text = '';
    let node = this.firstChild;
    while (node) {
      if (node.nodeType === TEXT_NODE) text += (node as PageText).data;
      else if (node.nodeType === ELEMENT_NODE && (node as PageElement).firstChild) {
        node = (node as PageElement).firstChild;
        continue;
      }
      node = this.nextAfter(node);
    }
    return text;
  }

  set textContent(value: string | null) {
    while (this.firstChild) this.removeChild(this.firstChild);
    if (value) this.appendChild(new PageText(this.ownerDocument ?? (this as unknown as PageDocument), value));
  }

  /** The next node in document order after `node`'s subtree, inside this one (null past its end). */
  private nextAfter(node: PageNode): PageNode | null {
    let at: PageNode | null = node;
    while (at && at !== this) {
      if (at.nextSibling) return at.nextSibling;
      at = at.parentNode;
    }
    return null;
  }
}

export class PageElement extends PageParent {
  /** Upper-cased local name, as HTML elements report it. */
  readonly tagName: string;
  readonly attributes: PageAttr[] = [];
  /** Readability's per-node scores, set on the nodes it rates. */
  readability?: unknown;

  constructor(ownerDocument: PageDocument, readonly localName: string) {
    super(ownerDocument, ELEMENT_NODE);
    this.tagName = localName.toUpperCase();
  }

  get nodeName(): string {
    return this.tagName;
  }

  get id(): string {
    return this.attributeValue('id') ?? '';
  }

  set id(value: string) {
    this.setAttribute('id', value);
  }

  get className(): string {
    return this.attributeValue('class') ?? '';
  }

  set className(value: string) {
    this.setAttribute('class', value);
  }

  /** As linkedom answers: a missing class attribute reads as '' (every other missing attribute as null). */
  getAttribute(name: string): string | null {
    return this.attributeValue(name) ?? (name === 'class' ? '' : null);
  }

  hasAttribute(name: string): boolean {
    return this.attributeValue(name) !== null;
  }

  private attributeValue(name: string): string | null {
    const attributes = this.attributes;
    for (let i = 0; i < attributes.length; i++) if (attributes[i]!.name === name) return attributes[i]!.value;
    return null;
  }

  /** The class attribute is kept as its distinct tokens joined by single spaces (what linkedom's className gives). */
  setAttribute(name: string, value: string): void {
    const stored = name === 'class' ? classTokens(String(value)) : String(value);
    const attributes = this.attributes;
    for (let i = 0; i < attributes.length; i++) {
      if (attributes[i]!.name === name) {
        attributes[i]!.value = stored;
        return;
      }
    }
    attributes.push(new PageAttr(name, stored));
  }

  setAttributeNode(attr: PageAttr): void {
    this.setAttribute(attr.name, attr.value);
  }

  removeAttribute(name: string): void {
    const at = this.attributes.findIndex((a) => a.name === name);
    if (at >= 0) this.attributes.splice(at, 1);
  }

  /** Only what Readability reads: display and visibility from the style attribute. */
  get style(): { display: string; visibility: string } {
    const style = { display: '', visibility: '' };
    for (const declaration of (this.getAttribute('style') ?? '').split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      if (property === 'display' || property === 'visibility') style[property] = declaration.slice(colon + 1).trim();
    }
    return style;
  }

  get innerHTML(): string {
    let html = '';
    for (let node = this.firstChild; node; node = node.nextSibling) html += outerHtml(node);
    return html;
  }

  get outerHTML(): string {
    return outerHtml(this);
  }

  cloneNode(deep = false): PageElement {
    const copy = new PageElement(this.ownerDocument!, this.localName);
    for (const attr of this.attributes) copy.attributes.push(attr.cloneNode());
    if (deep) for (let node = this.firstChild; node; node = node.nextSibling) copy.appendChild(cloneOf(node));
    return copy;
  }
}

export class PageDocument extends PageParent {
  constructor() {
    super(null, DOCUMENT_NODE);
  }

  get nodeName(): string {
    return '#document';
  }

  get documentElement(): PageElement | null {
    return this.firstElementChild;
  }

  /** The root's first child if it is <head>, else a new <head> put there (as linkedom does). */
  get head(): PageElement {
    const root = this.documentElement ?? this.appendChild(this.createElement('html'));
    const first = root.firstElementChild;
    if (first && first.tagName === 'HEAD') return first;
    return root.insertBefore(this.createElement('head'), root.firstChild);
  }

  /** The element after <head> if it is <body>, else a new <body> put there. */
  get body(): PageElement {
    const head = this.head;
    const next = head.nextElementSibling;
    if (next && next.tagName === 'BODY') return next;
    return head.parentNode!.insertBefore(this.createElement('body'), head.nextSibling);
  }

  get title(): string {
    return this.head.getElementsByTagName('title')[0]?.textContent ?? '';
  }

  createElement(name: string): PageElement {
    return new PageElement(this, name);
  }

  createTextNode(text: string): PageText {
    return new PageText(this, text);
  }
}

/** The first element from `node` on, stepping to next (`forward`) or previous siblings. */
function elementFrom(node: PageNode | null, forward: boolean): PageElement | null {
  while (node && node.nodeType !== ELEMENT_NODE) node = forward ? node.nextSibling : node.previousSibling;
  return node as PageElement | null;
}

/** A class list as its distinct tokens joined by single spaces; most lists already are, and come back as they were. */
function classTokens(value: string): string {
  if (!/\s/.test(value)) return value;
  const tokens = value.split(/\s+/);
  if (!/^\s|\s\s|[\t\n\r\f]|\s$/.test(value) && new Set(tokens).size === tokens.length) return value;
  return [...new Set(tokens.filter((t) => t !== ''))].join(' ');
}

function cloneOf(node: PageNode): PageNode {
  if (node instanceof PageElement) return node.cloneNode(true);
  if (node instanceof PageText) return node.cloneNode();
  return node;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** HTML of a node, as a browser serialises it (enough for Readability's checks of embed markup). */
function outerHtml(node: PageNode): string {
  if (node.nodeType === TEXT_NODE) return (node as PageText).data.replace(/[&<>]/g, (c) => ESCAPES[c]!);
  if (node.nodeType === COMMENT_NODE) return `<!--${(node as PageText).data}-->`;
  if (!(node instanceof PageElement)) return '';
  const attrs = node.attributes.map((a) => ` ${a.name}="${a.value.replace(/[&"]/g, (c) => ESCAPES[c]!)}"`).join('');
  const name = node.localName;
  return VOID.has(name.toLowerCase()) ? `<${name}${attrs}>` : `<${name}${attrs}>${node.innerHTML}</${name}>`;
}
