import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readability } from '@mozilla/readability';
import { blockText, parseHtmlDocument } from '../../src/sources/dom.js';
import { readableArticle } from '../../src/sources/readability.js';

const para = (n: number) => `<p class="body-copy x${n}">Paragraph ${n} of the report: the harbour board said on Tuesday that repairs to the north pier would take until the spring, and that ferries would use the south berth meanwhile.</p>`;
const page = (body: string) => `<!doctype html><html><head><title>Pier repairs | Harbour News</title></head><body class="site">${body}</body></html>`;

/** Pages with what each shortcut skips or reads differently: styles, hidden parts, links, classes, a page too short for one pass. */
const PAGES = {
  hidden: page(`<nav class="menu"><a href="/">Home</a></nav><article class="story">${para(1)}
    <p style="display: none">Hidden by style: never shown.</p><p style="visibility:hidden">Invisible by style.</p>
    <div hidden><p>Hidden by attribute.</p></div><div aria-hidden="true"><p>Hidden from readers.</p></div>
    <div aria-hidden="true" class="fallback-image"><p>A fallback image caption.</p></div>
    <p style="color: red">Styled but shown.</p>${para(2)}${para(3)}</article>`),
  links: page(`<article>${para(1)}<p>Read <a href="javascript:void(0)">the full notice</a> or <a href="javascript:open()"><b>the</b> <i>map</i></a>,
    see <a href="/piers/north">the pier page</a> and <img src="pier.jpg" srcset="pier-2x.jpg 2x"> the photo.</p>${para(2)}${para(3)}</article>`),
  short: page('<div class="wrap"><div class="side">Most read</div><div class="main"><p>Two lines only.</p><p>The pier is shut.</p></div></div>'),
  nested: page(`<div id="content" class="content-main"><div class="inner"><section>${para(1)}${para(2)}</section><aside class="related">Related: <a href="/a">A</a></aside>${para(3)}${para(4)}</div></div>`),
};

function stockReadability(html: string) {
  return new Readability<string>(parseHtmlDocument(html) as never, { charThreshold: 200, serializer: (node) => blockText(node as never) }).parse();
}

/** Our reading of a page, and how many times it had to parse the page again. */
function ours(html: string) {
  let reparsed = 0;
  const { article } = readableArticle(parseHtmlDocument(html), () => {
    reparsed++;
    return parseHtmlDocument(html);
  });
  return { article, reparsed };
}

test('readableArticle gives the text, title and byline stock Readability gives', () => {
  for (const [name, html] of Object.entries(PAGES)) {
    const { article } = ours(html);
    const stock = stockReadability(html);
    assert.equal(article?.content, stock?.content, name);
    assert.equal(article?.title, stock?.title, name);
    assert.equal(article?.byline, stock?.byline, name);
  }
  // The pages do exercise the shortcuts: hidden parts are dropped, shown ones and link text kept.
  const hidden = ours(PAGES.hidden).article!.content!;
  assert.doesNotMatch(hidden, /Hidden by|Invisible|Hidden from readers/);
  assert.match(hidden, /Styled but shown/);
  assert.match(ours(PAGES.links).article!.content!, /Read the full notice or the map, see the pier page/);
});

test('a page is parsed again only when Readability has to start again (too little text in its first pass)', () => {
  assert.equal(ours(PAGES.nested).reparsed, 0);
  assert.equal(ours(PAGES.hidden).reparsed, 0);
  const short = ours(PAGES.short);
  assert.equal(short.reparsed, 1);
  assert.equal(short.article?.content, stockReadability(PAGES.short)?.content);
});
