import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { blockText } from '../../src/sources/dom.js';
import { readHtmlPage } from '../../src/sources/html.js';
import { PageParent, type PageNode } from '../../src/sources/page-tree/nodes.js';
import { MAX_DEPTH, parsePage } from '../../src/sources/page-tree/parse.js';
import { readableArticle } from '../../src/sources/readability.js';

const para = (n: number, extra = '') => `<p${extra}>Paragraph ${n}: the ferry operator said on Monday that the winter timetable would run until March, with two sailings a day from the east quay and a third at weekends.</p>`;
const wrap = (head: string, body: string) => `<!DOCTYPE html>\n<html lang="en"><head>${head}</head>\n<body>${body}</body></html>`;

/**
 * Pages that take Readability down its less common paths: br runs turned
 * into paragraphs, divs holding only phrasing content, data and layout
 * tables, nested single-child wrappers, unlikely-candidate classes, headers
 * repeating the title, lazy images, embeds, entities split into text nodes,
 * comments, upper-case tags and class lists with repeated tokens, bylines
 * found in the page (one too long to be one), a page with no <html>, <head>
 * or <body>, and one too short for the first pass.
 */
const PAGES: Record<string, string> = {
  brs: wrap('<title>Timetable change</title>', `<div id="story">First line of the notice.<br><br>Second line, after a gap.<br> <br>${para(1)}<br>Third line with <b>bold</b> words.${para(2)}${para(3)}</div>`),
  phrasing: wrap('<title>Quay works</title>', `<div class="article-body"><div>Work on the quay &amp; the slipway starts in May &mdash; the council said.</div><div><span>${para(1)}</span></div>${para(2)}<div><p>Inner</p> text</div>${para(3)}</div>`),
  tables: wrap('<title>Sailings</title>', `<article>${para(1)}<table summary="sailings"><caption>Sailings</caption><tr><th>Day</th><th>Time</th></tr><tr><td>Mon</td><td>08:00</td></tr></table><table><tr><td>${para(2)}</td><td>${para(3)}</td></tr></table><table class="layout"><tr><td>Share</td></tr></table></article>`),
  nested: wrap('<title>Harbour fees</title>', `<div class="page"><div class="wrapper"><div class="inner"><div class="content">${para(1)}${para(2)}</div></div></div><div class="sidebar comment">Comments: 3</div><div class="footer">About us</div>${para(3)}</div>`),
  headers: wrap('<title>Ferry fares rise | Island Times</title><meta name="author" content="A. Reporter">', `<div class="byline">By A. Reporter</div><article><h1>Ferry fares rise</h1><h2>Ferry fares rise</h2>${para(1)}<h2 class="social-share">Share this</h2>${para(2)}<h3>Background</h3>${para(3)}</article>`),
  media: wrap('<title>New ferry</title>', `<article>${para(1)}<figure><img data-src="ship.jpg" class="lazy"><figcaption>The new ferry.</figcaption></figure><img src="data:image/gif;base64,R0lGOD" data-srcset="a.jpg 1x"><iframe src="https://www.youtube.com/embed/x"></iframe><object data="clip.swf"><embed src="clip.swf"></object>${para(2)}${para(3)}</article>`),
  entities: wrap('<title>Caf&eacute; owners &lt;react&gt;</title>', `<div class="post">${para(1)}<p>Owners of the caf&eacute; said &quot;no&quot; &#8212; the &#x201C;plan&#x201D; costs &pound;2m.</p><!-- an editor's note -->${para(2)}${para(3)}</div>`),
  casing: `<!DOCTYPE html><HTML><HEAD><TITLE>Upper case</TITLE></HEAD><BODY><DIV CLASS="main  story story"><P>${'Loud paragraph about tides and timetables, in upper-case tags. '.repeat(4)}</P>${para(1, ' class="x  x"')}${para(2)}</DIV></BODY></HTML>`,
  byline: wrap('<title>Pier vote</title>', `<div class="author-block">${'A very long author block with biography and links. '.repeat(3)}</div><span itemprop="author">Sam Writer</span><article>${para(1)}<p class="dateline">PORT ELLEN</p>${para(2)}${para(3)}</article>`),
  bare: `<h1>No wrapper</h1>${para(1)}${para(2)}<p>Last words.</p>`,
  short: wrap('<title>Brief</title>', '<div class="main"><p>Two lines.</p><p>Quay shut.</p></div><div class="aside">Most read</div>'),
  hidden: wrap('<title>Hidden</title>', `<article>${para(1)}<p style="display:none">Never shown.</p><div hidden>${para(9)}</div><p style="visibility: hidden">Invisible.</p>${para(2)}${para(3)}</article>`),
};

function throughLinkedom(html: string) {
  const { document } = parseHTML(html) as unknown as { document: never };
  return new Readability<string>(document, { charThreshold: 200, keepClasses: true, serializer: (node) => blockText(treeOf(node)) }).parse();
}

/** blockText over a linkedom node, by way of its HTML (the function reads page trees). */
function treeOf(node: unknown): never {
  const html = (node as { outerHTML: string }).outerHTML;
  return parsePage(`<html><body>${html}</body></html>`).body as never;
}

test('the page tree gives Readability the text, title, byline and excerpt linkedom gave it', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    const expected = throughLinkedom(html);
    const { article } = readableArticle(parsePage(html), () => parsePage(html));
    assert.equal(article?.content, expected?.content, `${name}: content`);
    assert.equal(article?.title, expected?.title, `${name}: title`);
    assert.equal(article?.byline, expected?.byline, `${name}: byline`);
    assert.equal(article?.excerpt, expected?.excerpt, `${name}: excerpt`);
  }
  // The pages do reach the text: brs became paragraphs, entities decoded, hidden parts dropped.
  assert.match(readHtmlPage(PAGES.brs!).text, /First line of the notice\.\n\nSecond line/);
  assert.match(readHtmlPage(PAGES.entities!).text, /caf\u00e9 said "no" \u2014 the \u201Cplan\u201D costs \u00a32m/);
  assert.doesNotMatch(readHtmlPage(PAGES.hidden!).text, /Never shown|Invisible|Paragraph 9/);
  assert.equal(readHtmlPage(PAGES.byline!).byline, 'Sam Writer', 'the long author block is passed over');
});

test('the page tree: structure, look-ups and edits as Readability uses them', () => {
  const doc = parsePage('<!doctype html><html><head><title>T &amp; U</title></head><body><div id="a" class="x  y x"><p>One<b>two</b></p><!--c--><p>Three</p></div><P>Four</P></body></html>');
  assert.equal(doc.title, 'T & U');
  assert.equal(doc.documentElement?.tagName, 'HTML');
  const div = doc.getElementsByTagName('div')[0]!;
  assert.equal(div.className, 'x y', 'distinct class tokens, one space apart');
  assert.equal(div.getAttribute('class'), 'x y');
  assert.equal(doc.body.getAttribute('class'), '', 'a missing class reads as empty');
  assert.equal(doc.body.getAttribute('id'), null);
  assert.deepEqual(doc.getElementsByTagName('p').map((p) => p.textContent), ['Onetwo', 'Three', 'Four']);
  assert.deepEqual(doc.getElementsByTagName('P').map((p) => p.textContent), ['Onetwo', 'Three', 'Four']);
  assert.equal(doc.getElementsByTagName('*').length, 9);
  assert.equal(div.childNodes.length, 3, 'the comment is a node');
  assert.equal(div.textContent, 'OnetwoThree', 'but not text');
  // Edits keep sibling and child links consistent.
  const [first, second] = div.children;
  const made = doc.createElement('DIV');
  assert.equal(made.tagName, 'DIV');
  made.appendChild(first!);
  div.replaceChild(made, second!);
  assert.deepEqual(div.childNodes.map((n) => n.nodeName), ['#comment', 'DIV']);
  assert.equal(made.parentNode, div);
  assert.equal(div.firstElementChild, made);
  assert.equal(div.lastChild?.previousSibling?.nodeName, '#comment');
  assert.equal(second!.parentNode, null);
  made.remove();
  assert.equal(div.childNodes.length, 1);
  assert.equal(div.lastChild?.nextSibling, null);
  div.textContent = 'plain';
  assert.equal(div.innerHTML, 'plain');
  assert.throws(() => doc.querySelector('div > p'), /unsupported selector/);
});

test('the page tree makes <head> and <body> when the page has none, as linkedom did', () => {
  const doc = parsePage('<p>Only a paragraph</p>');
  assert.equal(doc.body.tagName, 'BODY');
  assert.equal(doc.head.nextElementSibling, doc.body);
  assert.equal(doc.body, doc.body, 'made once');
});

test('elements nest at most MAX_DEPTH deep; deeper ones sit side by side with their text in page order', () => {
  const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}${para(1)}<span>mid</span>${para(2)}<div>a<b>x</b>c</div>${'</div>'.repeat(n)}<p>After the nest.</p></body></html>`;
  const deep = parsePage(nested(MAX_DEPTH * 4));
  let deepest = 0;
  const measure = (node: PageNode, depth: number) => {
    deepest = Math.max(deepest, depth);
    if (node instanceof PageParent) for (const child of node.childNodes) measure(child, depth + 1);
  };
  measure(deep, 0);
  assert.ok(deepest <= MAX_DEPTH + 3, `deepest node at ${deepest}`);
  assert.equal(deep.body.textContent, parsePage(nested(20)).body.textContent, 'the same text, in the same order');
  // Read as an article: the same characters; paragraphs whose <p> holds only text stay paragraphs
  // (block breaks inside a flattened element with child elements are approximate: "a\n\nxc" for "axc").
  const flat = readHtmlPage(nested(MAX_DEPTH * 4)).text;
  assert.equal(flat.replace(/\s+/g, ''), readHtmlPage(nested(20)).text.replace(/\s+/g, ''));
  assert.match(flat, /weekends\.\n\nmid\n\nParagraph 2/);
});

test('blockText collapses runs of white space, tabs, line breaks and no-break spaces to one space, as a browser shows them', () => {
  const body = parsePage('<html><body><p> The\tferry  sails\n at\u00a0dawn, \u00a0 weather \r\n permitting. </p><div>Two\u00a0\u00a0quays,\fone  town</div></body></html>').body!;
  assert.equal(blockText(body), 'The ferry sails at dawn, weather permitting.\n\nTwo quays, one town');
});
