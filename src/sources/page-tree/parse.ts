import { Parser } from 'htmlparser2';
import { COMMENT_NODE, PageDoctype, PageDocument, PageElement, PageText, type PageParent } from './nodes.js';

/**
 * An HTML page as a PageDocument. The tree is htmlparser2's, as linkedom
 * built it: elements as the tokenizer opens and closes them (void elements
 * and implied end tags by htmlparser2's rules), one text node per run of
 * text it reports, comments kept, attribute names as written, tag names
 * lower-cased, entities decoded. No <html>, <head> or <body> is added
 * while parsing; the document makes them when first asked for.
 */
export function parsePage(html: string): PageDocument {
  const doc = new PageDocument();
  let parent: PageParent = doc;
  const parser = new Parser({
    onprocessinginstruction(name, data) {
      if (name.toLowerCase() === '!doctype' && !doc.firstChild) doc.appendChild(new PageDoctype(doc, data.slice(name.length).trim()));
    },
    onopentag(name, attributes) {
      const element = new PageElement(doc, name);
      for (const key in attributes) element.setAttribute(key, attributes[key]!);
      parent.appendChild(element);
      parent = element;
    },
    ontext(text) {
      parent.appendChild(new PageText(doc, text));
    },
    oncomment(data) {
      parent.appendChild(new PageText(doc, data, COMMENT_NODE));
    },
    onclosetag() {
      parent = parent.parentNode ?? doc;
    },
  }, { lowerCaseAttributeNames: false, decodeEntities: true, xmlMode: false });
  parser.end(html);
  return doc;
}
