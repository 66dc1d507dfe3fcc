import { parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { writeCsv, writeJson } from '../output.js';
import { noPositionals, outputFormat, STORE_OPTIONS, STORE_USAGE, withStore } from '../store-args.js';
import type { StoreStats } from '../../store/index.js';

export const statsCommand: Command = {
  name: 'stats',
  summary: 'what a store holds: counts, dates, sources, size',
  usage: `dossier stats [options]

${STORE_USAGE}`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, STORE_OPTIONS);
    noPositionals('stats', positionals);
    const format = outputFormat(values);
    const stats = withStore(values.db, (store) => store.stats());
    if (format === 'json') writeJson(io, stats);
    else if (format === 'csv') writeCsv(io, ['key', 'value'], statPairs(stats));
    else io.stdout.write(formatStats(stats));
    return EXIT.ok;
  },
};

function statPairs(s: StoreStats): [string, string | number][] {
  return [
    ['path', s.path], ['bytes', s.bytes], ['schema_version', s.schemaVersion], ['articles', s.articles], ['words', s.words],
    ['entities', s.entities], ['mentions', s.mentions], ['quotes', s.quotes], ['quote_sources', s.quoteSources],
    ['events', s.events], ['amounts', s.amounts], ['times', s.times],
    ['first_published', s.firstPublished ?? ''], ['last_published', s.lastPublished ?? ''],
    ...s.sources.map((x): [string, number] => [`source:${x.source}`, x.articles]),
    ...s.entityTypes.map((x): [string, number] => [`entity_type:${x.type}`, x.count]),
    ...s.eventTypes.map((x): [string, number] => [`event_type:${x.type}`, x.count]),
  ];
}

export function formatStats(s: StoreStats): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const lines = [
    `${s.path}: ${(s.bytes / 1048576).toFixed(1)} MB, store schema ${s.schemaVersion}`,
    `${n(s.articles)} articles (${n(s.words)} words)${s.firstPublished ? `, published ${s.firstPublished} to ${s.lastPublished}` : ''}`,
    `${n(s.entities)} entities (${n(s.mentions)} mentions), ${n(s.quotes)} quotes (${n(s.quoteSources)} reports of them), ${n(s.events)} events, ${n(s.amounts)} figures, ${n(s.times)} time expressions`,
  ];
  if (s.sources.length) lines.push(`sources: ${s.sources.map((x) => `${x.source} ${n(x.articles)}`).join(', ')}`);
  if (s.entityTypes.length) lines.push(`entities by type: ${s.entityTypes.map((x) => `${x.type} ${n(x.count)}`).join(', ')}`);
  if (s.eventTypes.length) lines.push(`events by type: ${s.eventTypes.map((x) => `${x.type} ${n(x.count)}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}
