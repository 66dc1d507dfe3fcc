/**
 * Writes a directory of news files in every format dossier ingests, from the
 * synthetic corpus (bench/corpus.ts), plus broken files of each kind ingest
 * must refuse. Returns what a correct ingest should find. Used by the ingest
 * tests and `npm run bench -- ingest`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWarc, type WarcPage } from '../src/sources/warc-write.js';
import { generateCorpus, type ReportLength } from './corpus.js';

export interface MixedPlan {
  text: number;
  html: number;
  /** Items in each of the three feeds (RSS, Atom, JSON Feed); every third RSS item is summary-only. */
  feedItems: number;
  jsonlFiles: number;
  linesPerJsonl: number;
  warcFiles: number;
  pagesPerWarc: number;
  /** Files of each broken kind: binary, empty, truncated HTML, malformed XML, invalid UTF-8. */
  brokenEach: number;
  /** Add one bad line to the first JSONL file. */
  badJsonlLine: boolean;
  /** How long the reports run (default 'brief'; see bench/corpus.ts). */
  length?: ReportLength;
}

export interface MixedCorpus {
  files: number;
  /** Good articles: every one should be stored. */
  articles: number;
  /** Paths expected to be reported, with a pattern their reason should match. */
  bad: { path: string; reason: RegExp }[];
}

const DATES = ['2024-11-18', '2025-01-07', '2025-02-21', '2025-03-14', '2025-05-02'];

export function writeMixedCorpus(dir: string, plan: MixedPlan, seed = 7): MixedCorpus {
  mkdirSync(dir, { recursive: true });
  const articleCount = plan.text + plan.html + 3 * plan.feedItems + plan.jsonlFiles * plan.linesPerJsonl + plan.warcFiles * plan.pagesPerWarc;
  // Each report opens with a numbered dateline, so no two are the same text.
  const texts = generateCorpus(articleCount, seed, 'varied', plan.length).map((t, i) => `LONDON, dispatch ${i + 1} - ${t}`);
  let next = 0;
  const take = () => texts[next++]!;
  const headline = (i: number) => `Talks resume in capital, report ${i}`;
  const date = (i: number) => DATES[i % DATES.length]!;
  let files = 0;
  const write = (name: string, data: string | Buffer) => {
    writeFileSync(join(dir, name), data);
    files++;
  };

  for (let i = 0; i < plan.text; i++) write(`report-${pad(i)}.txt`, `${headline(i)}\n\n${take()}\n`);
  for (let i = 0; i < plan.html; i++) write(`page-${pad(i)}.html`, htmlPage(headline(i), date(i), `https://news.example/${i}`, take()));

  if (plan.feedItems > 0) {
    const rss = Array.from({ length: plan.feedItems }, (_, i) => rssItem(i, headline(i), date(i), take()));
    write('world.rss', `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example World Desk</title><link>https://feeds.example/world</link>${rss.join('\n')}</channel></rss>\n`);
    const atom = Array.from({ length: plan.feedItems }, (_, i) => `<entry><id>urn:example:atom:${i}</id><title>${headline(i)}</title><link href="https://atom.example/${i}"/><updated>${date(i)}T09:00:00Z</updated><content type="html">${escapeXml(paragraphsHtml(take()))}</content></entry>`);
    write('politics.atom', `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Politics</title><id>urn:example:atom</id><updated>2025-01-01T00:00:00Z</updated>${atom.join('\n')}</feed>\n`);
    const jsonItems = Array.from({ length: plan.feedItems }, (_, i) => ({ id: `j${i}`, url: `https://json.example/${i}`, title: headline(i), date_published: `${date(i)}T12:00:00Z`, content_text: take() }));
    write('business.json', JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Example Business', items: jsonItems }));
  }
  for (let f = 0; f < plan.jsonlFiles; f++) {
    const lines = Array.from({ length: plan.linesPerJsonl }, (_, i) => JSON.stringify({ title: headline(i), published: date(i), source: 'Example Agency', text: take() }));
    if (f === 0 && plan.badJsonlLine) lines.splice(1, 0, '{"title": "cut off in the middle", "text": "Half a li');
    write(`agency-${pad(f)}.jsonl`, `${lines.join('\n')}\n`);
  }
  for (let f = 0; f < plan.warcFiles; f++) {
    const pages: WarcPage[] = Array.from({ length: plan.pagesPerWarc }, (_, i) => {
      const url = `https://archive.example/${f}/${i}`;
      return { url, html: htmlPage(headline(i), date(i), url, take()) };
    });
    const gzip = f % 2 === 0;
    write(`crawl-${pad(f)}.warc${gzip ? '.gz' : ''}`, writeWarc(pages, { gzip }));
  }

  const bad: MixedCorpus['bad'] = [];
  const broken = (name: string, data: string | Buffer, reason: RegExp) => {
    write(name, data);
    bad.push({ path: join(dir, name), reason });
  };
  for (let i = 0; i < plan.brokenEach; i++) {
    broken(`photo-${pad(i)}.jpg`, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, i & 0xff]), /binary data, not text/);
    broken(`blank-${pad(i)}.txt`, i % 2 ? '' : ' \n\n ', /empty file|no text/);
    const page = htmlPage(headline(i), date(i), `https://cut.example/${i}`, texts[i % texts.length]!);
    broken(`cut-${pad(i)}.html`, page.slice(0, Math.floor(page.length * (0.3 + (i % 5) / 10))), /truncated HTML/);
    broken(`broken-${pad(i)}.rss`, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed ${i}</title><description>x</item></channel></rss>`, /malformed XML/);
    broken(`latin1-${pad(i)}.txt`, Buffer.concat([Buffer.from(`Caf`), Buffer.from([0xe9]), Buffer.from(` society report ${i}: the mayor said prices rose.`)]), /not valid UTF-8/);
  }
  if (plan.badJsonlLine && plan.jsonlFiles > 0) bad.push({ path: join(dir, `agency-${pad(0)}.jsonl`), reason: /line 2: not valid JSON/ });
  return { files, articles: articleCount, bad };
}

function htmlPage(title: string, date: string, url: string, text: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)} | Example News</title>
<link rel="canonical" href="${url}">
<meta property="og:site_name" content="Example News">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"${date}T08:00:00Z","author":{"@type":"Person","name":"Staff reporter"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${escapeXml(title)}</h1>
${paragraphsHtml(text)}
</article><footer>Example News Ltd</footer></body></html>
`;
}

function rssItem(i: number, title: string, date: string, text: string): string {
  const link = `<link>https://rss.example/${i}</link><guid>https://rss.example/${i}</guid>`;
  const when = `<pubDate>${new Date(`${date}T10:00:00Z`).toUTCString()}</pubDate>`;
  const body = i % 3 === 2
    ? `<description>${escapeXml(text.split('\n\n')[0]!)}</description>`
    : `<description>${escapeXml(text.slice(0, 120))}</description><content:encoded><![CDATA[${paragraphsHtml(text)}]]></content:encoded>`;
  return `<item><title>${escapeXml(title)}</title>${link}${when}${body}</item>`;
}

function paragraphsHtml(text: string): string {
  return text.split('\n\n').map((p) => `<p>${escapeXml(p)}</p>`).join('\n');
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function pad(i: number): string {
  return String(i).padStart(4, '0');
}
