import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { detectFormat, readSource } from '../../src/sources/index.js';
import { writeWarc } from '../../src/sources/warc-write.js';
import { globToRegExp } from '../../src/ingest/files.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');
const PAGE = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const STORY = '<article><h1>Ferry fares to rise</h1><p>Ferry fares between the islands will rise by 8% from April, the operator said on Monday.</p><p>"We held prices for three years, but fuel has doubled," said Moira Campbell, the operator\'s chief executive.</p><p>Island councillors said they would ask the Scottish government to step in before the new timetable starts.</p></article>';

test('format detection: content signatures first, then extension, then a sniff', () => {
  assert.equal(detectFormat('a.txt', bytes('WARC/1.1\r\n')), 'warc');
  assert.equal(detectFormat('a.bin', gzipSync(bytes('x'))), 'warc');
  assert.equal(detectFormat('a.html', bytes('plain words')), 'html');
  assert.equal(detectFormat('feed', bytes('<?xml version="1.0"?>\n<rss version="2.0">')), 'feed');
  assert.equal(detectFormat('page', bytes('\uFEFF  <!DOCTYPE html><html>')), 'html');
  assert.equal(detectFormat('dump', bytes('{"text": "a"}\n{"text": "b"}')), 'json');
  assert.equal(detectFormat('notes', bytes('The mayor said on Monday.')), 'text');
});

test('plain text keeps the whole text and takes a short first line as the headline', () => {
  const r = readSource('a.txt', bytes('Ferry fares to rise\n\nFares will rise, the operator said.'));
  assert.equal(r.items[0]!.title, 'Ferry fares to rise');
  assert.equal(r.items[0]!.text, 'Ferry fares to rise\n\nFares will rise, the operator said.');
  assert.equal(readSource('b.txt', bytes('Fares will rise, the operator said.\n\nMore.')).items[0]!.title, undefined);
});

test('HTML: main text in paragraphs, title, byline, date and canonical URL from the page', () => {
  const head = '<title>Ferry fares to rise | Island Times</title><link rel="canonical" href="https://islands.example/fares">'
    + '<meta property="og:site_name" content="Island Times"><meta name="author" content="Rory Mackay">'
    + '<meta property="article:published_time" content="2025-02-03T07:00:00+00:00">';
  const [item] = readSource('p.html', bytes(PAGE(head, `<nav>Home | Sport</nav>${STORY}<footer>Contact us</footer>`))).items;
  assert.ok(item);
  assert.equal(item.title, 'Ferry fares to rise');
  assert.equal(item.url, 'https://islands.example/fares');
  assert.equal(item.source, 'Island Times');
  assert.equal(item.byline, 'Rory Mackay');
  assert.equal(item.published, '2025-02-03T07:00:00+00:00');
  assert.match(item.text, /^Ferry fares between the islands[^\n]+\n\n"We held prices/);
  assert.doesNotMatch(item.text, /Contact us|Sport/);
});

test('HTML: the date and headline come from JSON-LD (also inside @graph) when meta tags are missing', () => {
  const ld = JSON.stringify({ '@graph': [{ '@type': 'WebSite', name: 'x' }, { '@type': ['NewsArticle'], headline: 'Fares up 8%', datePublished: '2025-02-04', publisher: { name: 'Isles Daily' } }] });
  const [item] = readSource('p.html', bytes(PAGE(`<title>t</title><script type="application/ld+json">${ld}</script><script type="application/ld+json">{broken</script>`, STORY))).items;
  assert.equal(item!.title, 'Fares up 8%');
  assert.equal(item!.published, '2025-02-04');
  assert.equal(item!.source, 'Isles Daily');
});

test('HTML: scripts, styles, SVG, comments and noscript never reach the text; JSON-LD still gives the metadata', () => {
  const ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2025-02-05"}</script>';
  const code = '<script>document.write("<p>Subscribe now</p>"); var svg = "<svg>";</script><style>p { color: red }</style>'
    + '<svg><text>Share icon</text></svg><!-- <article><p>Old draft</p></article> --><noscript><p>Enable JavaScript</p></noscript>';
  const [item] = readSource('p.html', bytes(PAGE(`<title>t</title>${ld}`, `${code}${STORY}${code}`))).items;
  assert.equal(item!.published, '2025-02-05');
  assert.match(item!.text, /Ferry fares between the islands/);
  assert.doesNotMatch(item!.text, /Subscribe|Share icon|Old draft|JavaScript|color/);
});

test('HTML: a page cut off in transfer, or one with no text, is refused', () => {
  const page = PAGE('<title>t</title>', STORY);
  assert.throws(() => readSource('cut.html', bytes(page.slice(0, 300))), /truncated HTML/);
  assert.throws(() => readSource('cut.html', bytes(page.slice(0, page.indexOf('</body>')))), /truncated HTML \(no closing <\/html>\)/);
  assert.throws(() => readSource('empty.html', bytes(PAGE('<title>t</title>', '<script>var a = 1;</script>'))), /no article text/);
});

test('RSS: full text from content:encoded; a summary-only item is flagged', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk</title>
    <item><title>Full</title><link>https://d.example/1</link><pubDate>Tue, 04 Feb 2025 10:00:00 GMT</pubDate><description>Teaser.</description>
      <content:encoded><![CDATA[<p>First paragraph of the report.</p><p>Second paragraph, with a quote.</p>]]></content:encoded></item>
    <item><title>Short</title><link>https://d.example/2</link><description>&lt;p&gt;Only the teaser &amp;amp; nothing more.&lt;/p&gt;</description></item>
  </channel></rss>`;
  const { items } = readSource('d.rss', bytes(rss));
  assert.equal(items.length, 2);
  assert.equal(items[0]!.text, 'First paragraph of the report.\n\nSecond paragraph, with a quote.');
  assert.equal(items[0]!.summaryOnly, undefined);
  assert.equal(items[0]!.published, '2025-02-04T10:00:00.000Z');
  assert.equal(items[0]!.source, 'Desk');
  assert.equal(items[1]!.summaryOnly, true);
  assert.match(items[1]!.text, /^Only the teaser & nothing more\.$/);
});

test('Atom and JSON Feed entries become articles', () => {
  const atom = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><id>1</id><title>T</title><link href="https://a.example/1"/><updated>2025-03-01T00:00:00Z</updated><content type="html">&lt;p&gt;Atom body text.&lt;/p&gt;</content></entry></feed>';
  assert.equal(readSource('a.atom', bytes(atom)).items[0]!.text, 'Atom body text.');
  const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://j.example/1', content_html: '<p>One.</p><p>Two.</p>' }, { id: '2', summary: 'Just a summary.' }] });
  const r = readSource('j.json', bytes(json));
  assert.equal(r.format, 'jsonfeed');
  assert.deepEqual(r.items.map((i) => [i.text, i.summaryOnly ?? false]), [['One.\n\nTwo.', false], ['Just a summary.', true]]);
});

test('malformed XML is refused in one line', () => {
  assert.throws(() => readSource('b.rss', bytes('<rss><channel><item><title>x</item></channel></rss>')), /^InputError: malformed XML feed/);
});

test('JSON Lines: a bad line is reported by number and the others are kept', () => {
  const jsonl = [
    '{"text": "One.", "title": "A", "published": "2025-01-02"}',
    '{"text": "Two.", "published": "yesterday"}',
    'not json',
    '["an", "array"]',
    '{"title": "no text"}',
    '',
    '{"text": "Three.", "url": "https://x.example/3"}',
  ].join('\n');
  const r = readSource('x.jsonl', bytes(jsonl));
  assert.deepEqual(r.items.map((i) => i.text), ['One.', 'Three.']);
  assert.equal(r.problems.length, 4);
  assert.match(r.problems[0]!, /^line 2: "published" is not a date/);
  assert.match(r.problems[1]!, /^line 3: not valid JSON/);
  assert.match(r.problems[2]!, /^line 4: not a JSON object/);
  assert.match(r.problems[3]!, /^line 5: no "text" string/);
  assert.throws(() => readSource('y.jsonl', bytes('nope\nnope')), /no valid JSON Lines/);
});

test('JSON Lines: a line that is not UTF-8 is one bad line, not a bad file', () => {
  const good = (n: number) => bytes(`${JSON.stringify({ text: `Harbour report ${n}.` })}\n`);
  const latin1 = Buffer.from('{"text": "Caf\xe9 owners protest."}\n', 'latin1');
  const r = readSource('z.jsonl', Buffer.concat([good(1), latin1, good(3)]));
  assert.deepEqual(r.items.map((i) => i.text), ['Harbour report 1.', 'Harbour report 3.']);
  assert.deepEqual(r.problems, ['line 2: not valid UTF-8']);
  // With no good line the file fails as a whole, in one line, and white space alone is no text.
  assert.throws(() => readSource('w.jsonl', Buffer.concat([latin1, bytes('nope\n')])), /^InputError: no valid JSON Lines \(line 1: not valid UTF-8\)$/);
  assert.throws(() => readSource('v.jsonl', bytes(' \n\n')), /^InputError: no text \(only white space\)$/);
});

test('WARC: HTML responses become articles; requests, non-HTML and non-200 records are skipped', () => {
  const page = PAGE('<title>Fares</title>', STORY);
  const warc = writeWarc([
    { url: 'https://w.example/a', html: page },
    { url: 'https://w.example/gone', html: page.replace('Ferry', 'Boat'), status: 404 },
  ]);
  for (const data of [warc, writeWarc([{ url: 'https://w.example/a', html: page }], { gzip: true })]) {
    const r = readSource('c.warc', data);
    assert.equal(r.format, 'warc');
    assert.equal(r.items.length, 1);
    assert.equal(r.items[0]!.url, 'https://w.example/a');
    assert.equal(r.items[0]!.source, 'w.example');
    assert.deepEqual(r.problems, []);
  }
});

test('WARC: chunked, gzip-encoded and Latin-1 pages are decoded', () => {
  const html = PAGE('<meta charset="iso-8859-1"><title>Caf\u00e9</title>', STORY.replace('Monday', 'Monday at the caf\u00e9'));
  const body = gzipSync(Buffer.from(html, 'latin1'));
  const chunked = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
  const http = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n'), chunked]);
  const record = Buffer.concat([Buffer.from(`WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <https://l.example/>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`), http, Buffer.from('\r\n\r\n')]);
  const [item] = readSource('l.warc', record).items;
  assert.match(item!.text, /at the café/);
});

test('WARC: a truncated file keeps the records before the break and reports it', () => {
  const pages = [1, 2, 3].map((i) => ({ url: `https://t.example/${i}`, html: PAGE('<title>t</title>', STORY.replace('8%', `${i}%`)) }));
  const plain = writeWarc(pages);
  const cut = readSource('t.warc', plain.subarray(0, plain.length - 200));
  assert.equal(cut.items.length, 2);
  assert.match(cut.problems[0]!, /WARC record at byte \d+: truncated/);
  const gz = writeWarc(pages, { gzip: true });
  const cutGz = readSource('t.warc.gz', gz.subarray(0, gz.length - 100));
  assert.equal(cutGz.items.length, 2);
  assert.ok(cutGz.problems.length >= 1);
  assert.throws(() => readSource('n.warc', bytes('WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n')), /WARC record at byte 0: no valid Content-Length/);
});

test('an HTML file that declares Latin-1 is decoded as Latin-1; undeclared, it must be UTF-8', () => {
  const page = PAGE('<meta charset="iso-8859-1"><title>t</title>', STORY.replace('Monday', 'Monday in the caf\u00e9'));
  assert.match(readSource('l.html', Buffer.from(page, 'latin1')).items[0]!.text, /in the café/);
  assert.throws(() => readSource('u.html', Buffer.from(page.replace('<meta charset="iso-8859-1">', ''), 'latin1')), /not valid UTF-8/);
});

test('bad bytes are refused: empty, binary, invalid UTF-8', () => {
  assert.throws(() => readSource('e.txt', Buffer.alloc(0)), /empty file/);
  assert.throws(() => readSource('w.txt', bytes('  \n ')), /no text/);
  assert.throws(() => readSource('b.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])), /^InputError: binary data, not text$/);
  assert.throws(() => readSource('l.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9])), /not valid UTF-8/);
});

test('glob patterns', () => {
  assert.ok(globToRegExp('*.txt').test('a.txt'));
  assert.ok(!globToRegExp('*.txt').test('sub/a.txt'));
  assert.ok(globToRegExp('**/*.txt').test('a.txt'));
  assert.ok(globToRegExp('**/*.txt').test('x/y/a.txt'));
  assert.ok(globToRegExp('report-00[0-4].txt').test('report-003.txt'));
  assert.ok(!globToRegExp('report-00[0-4].txt').test('report-005.txt'));
  assert.ok(globToRegExp('a?.html').test('ab.html'));
});
