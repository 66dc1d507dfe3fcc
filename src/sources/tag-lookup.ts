import { parseHTML } from 'linkedom';

/**
 * linkedom's getElementsByTagName tests every element under the node with
 * `localName === name || localName.toUpperCase() === name`: a new upper-cased
 * string for every element that is not a match, for each of the many
 * look-ups Readability makes on a page. For a lower-case name with a letter
 * in it only `localName === name` can hold, so such look-ups run linkedom's
 * own loop over the node's descendants (its private next and end links,
 * found on a parsed element) without the upper-casing; every other name
 * still goes to linkedom's method.
 *
 * Installed once, when dom.ts is first imported, and kept only if it finds
 * what linkedom finds, in the same order, on a probe page (as
 * lazy-listeners.ts does for its change).
 */
/** Names only `localName === name` can match: lower case, with a letter. */
const PLAIN_NAME = /^[a-z][a-z0-9-]*$/;
const ELEMENT_NODE = 1;

export const fastTagLookup = install();

interface TreeNode {
  nodeType: number;
  localName?: string;
  getElementsByTagName(name: string): ArrayLike<TreeNode>;
}

type Links = Record<symbol, TreeNode>;

function install(): boolean {
  const { document } = parseHTML('<html><body><p>x</p></body></html>') as unknown as { document: { body: TreeNode } };
  const owner = ownerOf(document.body, 'getElementsByTagName');
  const next = linkSymbol(document.body, 'next');
  const end = linkSymbol(document.body, 'end');
  if (!owner || !next || !end) return false;
  const original = owner.getElementsByTagName as TreeNode['getElementsByTagName'];
  Object.defineProperty(owner, 'getElementsByTagName', {
    configurable: true,
    writable: true,
    value(this: TreeNode, name: string) {
      if (!PLAIN_NAME.test(name)) return original.call(this, name);
      const found: TreeNode[] = [];
      const last = (this as unknown as Links)[end];
      for (let node = (this as unknown as Links)[next]; node !== last && node; node = (node as unknown as Links)[next]!) {
        if (node.nodeType === ELEMENT_NODE && node.localName === name) found.push(node);
      }
      return found;
    },
  });
  if (agreesWithLinkedom(original)) return true;
  Object.defineProperty(owner, 'getElementsByTagName', { configurable: true, writable: true, value: original });
  return false;
}

/** linkedom's private link of that name (Symbol('next'), Symbol('end')) on a parsed element. */
function linkSymbol(element: object, description: string): symbol | undefined {
  for (let o: object | null = element; o; o = Object.getPrototypeOf(o)) {
    const found = Object.getOwnPropertySymbols(o).find((s) => s.description === description);
    if (found) return found;
  }
  return undefined;
}

/** The object on `node`'s prototype chain that defines `method`. */
function ownerOf(node: object, method: string): Record<string, unknown> | undefined {
  for (let proto = Object.getPrototypeOf(node); proto; proto = Object.getPrototypeOf(proto)) {
    if (Object.prototype.hasOwnProperty.call(proto, method)) return proto as Record<string, unknown>;
  }
  return undefined;
}

/** The same elements as linkedom's own method, for names of every kind, on a page with nesting, text and comments. */
function agreesWithLinkedom(original: TreeNode['getElementsByTagName']): boolean {
  try {
    const { document } = parseHTML(`<html><head><title>t</title></head><body><div id="a"><p>1<b>b</b></p><!-- c --><div><p>2</p>
      <section><p>3</p><h1>h</h1></section></div>text<P>4</P></div><ul><li><p>5</p></li></ul><svg><foreignObject></foreignObject></svg></body></html>`) as unknown as { document: TreeNode };
    const scopes = [document, ...Array.from(original.call(document, 'div'))];
    for (const scope of scopes) {
      for (const name of ['p', 'div', 'h1', 'li', 'b', 'title', 'section', 'span', 'P', 'DIV', '*', 'foreignObject', 'FOREIGNOBJECT']) {
        const ours = Array.from(scope.getElementsByTagName(name));
        const theirs = Array.from(original.call(scope, name));
        if (ours.length !== theirs.length || ours.some((el, i) => el !== theirs[i])) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}
