import { Parser } from 'htmlparser2';
import { COMMENT_NODE, PageDoctype, PageDocument, PageElement, PageText, type PageParent } from './nodes.js';

/** How deep elements nest, at most (Blink's HTML parser has the same limit). */
export const MAX_DEPTH = 512;

/**
 * An HTML page as a PageDocument. The tree is htmlparser2's, as linkedom
 * built it: elements as the tokenizer opens and closes them (void elements
 * and implied end tags by htmlparser2's rules), one text node per run of
 * text it reports, comments kept, attribute names as written, tag names
 * lower-cased, entities decoded. No <html>, <head> or <body> is added
 * while parsing; the document makes them when first asked for.
 *
 * Elements nest at most MAX_DEPTH deep. Deeper ones are put side by side
 * in the deepest element allowed (as Blink's parser does past 512 levels),
 * each holding its own text while nothing has come after it, so the text
 * stays in page order. Readability's time grows far faster than a page with
 * its nesting depth (2,000 nested divs took 11 s, 5,000 over two minutes),
 * and only a broken or hostile page nests that deep.
 */
export function parsePage(html: string): PageDocument {
  const doc = new PageDocument();
  let parent: PageParent = doc;
  let depth = 0;
  // Elements opened past MAX_DEPTH and not yet closed; `parent` (the deepest allowed) holds them side by side.
  const flattened: PageElement[] = [];
  /** Where text goes: the innermost open element, or past the depth limit, the last one opened if still last. */
  const textParent = (): PageParent => {
    if (flattened.length === 0) return parent;
    const inner = flattened[flattened.length - 1]!;
    return parent.lastChild === inner ? inner : parent;
  };
  const parser = new Parser({
    onprocessinginstruction(name, data) {
      if (name.toLowerCase() === '!doctype' && !doc.firstChild) doc.appendChild(new PageDoctype(doc, data.slice(name.length).trim()));
    },
    onopentag(name, attributes) {
      const element = new PageElement(doc, name);
      for (const key in attributes) element.setAttribute(key, attributes[key]!);
      parent.appendChild(element);
      if (depth < MAX_DEPTH) {
        parent = element;
        depth++;
      } else flattened.push(element);
    },
    ontext(text) {
      textParent().appendChild(new PageText(doc, text));
    },
    oncomment(data) {
      textParent().appendChild(new PageText(doc, data, COMMENT_NODE));
    },
    onclosetag() {
      if (flattened.pop()) return;
      parent = parent.parentNode ?? doc;
      depth = Math.max(0, depth - 1);
    },
  }, { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false });
  parser.end(html);
  return doc;
}
