/**
 * Writes examples/council-archive.warc.gz: two news pages (text written for
 * this project) as a crawler would have archived them. Run with
 * `npx tsx scripts/make-example-warc.ts`; the output is committed.
 */
import { writeFileSync } from 'node:fs';
import { writeWarc } from '../src/sources/warc-write.js';

const page = (title: string, date: string, url: string, paragraphs: string[]) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} - Valley Courier</title>
<link rel="canonical" href="${url}"><meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="${date}"></head>
<body><header><a href="/">Valley Courier</a></header>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Rain expected all week</a></li></ul></aside>
</body></html>`;

const pages = [
  {
    url: 'https://valley-courier.example/2025/04/bridge-repairs',
    date: '2025-04-07T10:00:00Z',
    html: page('Council approves £4.5m to repair Severn footbridge', '2025-04-07', 'https://valley-courier.example/2025/04/bridge-repairs', [
      'Shropshire Council has approved £4.5 million to repair a Victorian footbridge over the River Severn that has been closed since last winter\'s floods.',
      'Councillors voted 41 to 12 on Thursday to fund the work from the highways budget, with repairs due to start in June and finish by the end of the year.',
      '"People have been walking an extra two miles to get to work and school. That ends this year," said Harriet Cole, the cabinet member for transport.',
      'Opposition councillors accused the administration of delaying the decision for months, and said the cost had risen by a third since the first estimate.',
    ]),
  },
  {
    url: 'https://valley-courier.example/2025/04/hospital-parking',
    date: '2025-04-09T16:30:00Z',
    html: page('Hospital trust scraps parking charges for night-shift staff', '2025-04-09', 'https://valley-courier.example/2025/04/hospital-parking', [
      'The hospital trust in Telford will stop charging night-shift staff for parking from May 1, its chief executive announced on Wednesday.',
      'About 1,100 nurses, porters and cleaners will save up to £600 a year each, the trust said.',
      '"Nobody should pay to come to work at 3am," said Dr Samuel Achebe, the trust\'s chief executive, in a message to staff.',
    ]),
  },
];

const out = new URL('../examples/council-archive.warc.gz', import.meta.url);
writeFileSync(out, writeWarc(pages, { gzip: true, software: 'dossier example writer' }));
console.log(`wrote ${out.pathname}`);
