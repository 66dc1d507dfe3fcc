/**
 * A news page as sites serve it, for the ingest bench: the report wrapped
 * in what surrounds it on a real site (cookie banner, header and 40-link
 * menu, share buttons with SVG icons, a read-more box and a figure inside
 * the story, tags, related-story cards, closed comments, a most-read list,
 * a 30-link footer, inline scripts and styles). About 23 KB a page, against
 * 2 KB for the bare pages: real pages are larger still (50-300 KB, most of
 * it script), so this is a floor on what extraction costs in the wild.
 * All text here is made up.
 */
import { escapeXml } from './mixed-files.js';

const ICON = '<svg class="icon" viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/><path d="M2 17l10 5 10-5"/><path d="M2 12l10 5 10-5"/></svg>';

function links(n: number, section: string): string {
  return Array.from({ length: n }, (_, i) => `<li class="nav-item"><a class="nav-link" href="/${section}/${i}">Section ${i}</a></li>`).join('');
}

function script(i: number): string {
  return `<script>(function(w,d){var s${i}=d.createElement('script');s${i}.async=true;w.dataLayer=w.dataLayer||[];${'w.dataLayer.push({event:"view"});'.repeat(40)}})(window,document);</script>`;
}

const CARDS = Array.from({ length: 6 }, (_, i) => `<div class="card related"><a href="/story/${i}"><img src="/img/${i}.jpg" alt="Photo ${i}"><h3 class="card-title">Related story number ${i} about the markets</h3></a><p class="card-summary">A short summary of related story ${i}, in a few words.</p><span class="timestamp">2 hours ago</span></div>`).join('');

export function chromePage(title: string, published: string, text: string): string {
  const paragraphs = text.split('\n\n').map((p) => `<p>${escapeXml(p)}</p>`);
  const half = Math.floor(paragraphs.length / 2);
  const story = [
    ...paragraphs.slice(0, half),
    `<aside class="read-more"><h4>Read more</h4><ul>${links(4, 'more')}</ul></aside>`,
    '<figure><img src="/lead.jpg" alt=""><figcaption>Delegates arrive for the talks. Photo: Agency</figcaption></figure>',
    ...paragraphs.slice(half),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeXml(title)} | Example News</title>
<meta property="article:published_time" content="${published}"><meta property="og:site_name" content="Example News">
<style>${'.card{margin:0 auto;padding:4px}'.repeat(60)}</style>${script(1)}${script(2)}</head><body class="article-page">
<div id="cookie-banner" class="banner"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
<header class="site-header"><div class="logo">${ICON}<a href="/">Example News</a></div><nav class="main-nav"><ul>${links(40, 'section')}</ul></nav><form class="search"><input type="search" name="q"><button>${ICON}Search</button></form></header>
<div class="container"><main id="main"><div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a></div>
<div class="share">${ICON}${ICON}${ICON}<a href="#">Share</a></div>
<article class="story"><h1>${escapeXml(title)}</h1>
${story}</article>
<div class="tags"><a href="/t/1">Politics</a><a href="/t/2">Trade</a><a href="/t/3">Diplomacy</a></div>
<section class="related"><h2>Related stories</h2>${CARDS}</section>
<div id="comments" class="comments"><h2>Comments</h2><p>Comments are closed for this article.</p></div></main>
<aside class="sidebar"><h2>Most read</h2><ol>${links(10, 'popular')}</ol><div class="ad">Advertisement</div>${script(3)}</aside></div>
<footer class="site-footer"><ul>${links(30, 'footer')}</ul><p>© Example News Ltd. All rights reserved.</p></footer>${script(4)}${script(5)}</body></html>
`;
}
