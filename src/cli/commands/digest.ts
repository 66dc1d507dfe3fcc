import { parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { quoted, writeCsv, writeJson } from '../output.js';
import { noPositionals, outputFormat, parseCount, STORE_OPTIONS, STORE_USAGE, withStore } from '../store-args.js';
import type { Digest } from '../../store/index.js';
import { formatEvent } from './events.js';

export const digestCommand: Command = {
  name: 'digest',
  summary: 'a short digest of a store: top speakers, most-reported quotes, events, figures',
  usage: `dossier digest [--top N] [options]

  --top N              items per section (default 5)
${STORE_USAGE}`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...STORE_OPTIONS, top: { type: 'string' } });
    noPositionals('digest', positionals);
    const format = outputFormat(values);
    const top = parseCount('top', values.top, 5);
    const digest = withStore(values.db, (store) => store.digest(top));
    if (format === 'json') writeJson(io, digest);
    else if (format === 'csv') writeCsv(io, ['section', 'rank', 'label', 'value'], digestRows(digest));
    else io.stdout.write(formatDigest(digest));
    return EXIT.ok;
  },
};

function* digestRows(d: Digest): Generator<unknown[]> {
  let i = 0;
  for (const s of d.speakers) yield ['speaker', ++i, s.name, s.quotes];
  i = 0;
  for (const q of d.quotes) yield ['quote', ++i, `${q.speaker?.name ?? 'unknown speaker'}: ${q.text}`, q.sourceCount];
  i = 0;
  for (const p of d.dyads) yield ['country_pair', ++i, `${p.a}-${p.b}`, p.events];
  i = 0;
  for (const e of d.events) yield ['event', ++i, formatEvent(e), e.goldstein ?? ''];
  i = 0;
  for (const f of d.figures) yield ['figure', ++i, `${f.text}${f.object ? ` (${f.object})` : ''}`, `${f.value} ${f.unit}`];
}

export function formatDigest(d: Digest): string {
  const s = d.stats;
  const out = [`${s.articles} articles${s.firstPublished ? ` from ${s.firstPublished} to ${s.lastPublished}` : ''}: ` +
    `${s.entities} entities, ${s.quotes} quotes, ${s.events} events, ${s.amounts} figures`];
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', title, ...lines.map((l) => `  ${l}`));
  };
  section('Top speakers', d.speakers.map((e) => `${e.name}${e.country ? ` (${e.country})` : ''}: ${e.quotes} quote${e.quotes === 1 ? '' : 's'}`));
  section('Most-reported quotes', d.quotes.map((q) =>
    `${q.speaker?.name ?? 'unknown speaker'} (${q.sourceCount} source${q.sourceCount === 1 ? '' : 's'}): ${quoted(q.text, 160)}`));
  section('Country pairs in events', d.dyads.map((p) => `${p.a} – ${p.b}: ${p.events} event${p.events === 1 ? '' : 's'}`));
  section('Latest events', d.events.map(formatEvent));
  // The day (a source's timestamp cut to it) and the article's short id, which `dossier show` takes.
  section('Largest figures', d.figures.map((f) =>
    `${f.text}${f.object ? `: ${f.object}` : ''}  [${f.published ? `${f.published.slice(0, 10)}, ` : ''}${f.articleId.slice(0, 8)}]`));
  if (s.articles === 0) out.push('', 'The store is empty: ingest some reports first.');
  return `${out.join('\n')}\n`;
}
