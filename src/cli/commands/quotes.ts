import { parseCommandArgs } from '../args.js';
import { EXIT, type Command } from '../command.js';
import { nothingFound, quoted, writeCsv, writeJson } from '../output.js';
import { dateOptions, noPositionals, outputFormat, parseCount, STORE_OPTIONS, STORE_USAGE, withStore } from '../store-args.js';
import type { QuoteRow } from '../../store/index.js';

export const quotesCommand: Command = {
  name: 'quotes',
  summary: 'who said what: stored quotes by speaker, topic and date',
  usage: `dossier quotes [--speaker NAME] [--about NAME|WORDS] [--since DATE] [--until DATE] [options]

  --speaker NAME       a speaker's name (any name they were reported under) or Wikidata id
  --about NAME|WORDS   quotes that mention this entity (by any name it was reported under);
                       when no entity has that name, quotes containing these words
  --since DATE         --until DATE   reported in this range (2024, 2024-11, 2024-11-18; inclusive)
  --limit N            at most N quotes, newest first (default 50)
${STORE_USAGE}`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...STORE_OPTIONS,
      speaker: { type: 'string' },
      about: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
    });
    noPositionals('quotes', positionals);
    const format = outputFormat(values);
    const dates = dateOptions(values);
    const limit = parseCount('limit', values.limit, 50);
    const quotes = withStore(values.db, (store) => store.quotes({
      ...(values.speaker !== undefined && { speaker: values.speaker }),
      ...(values.about !== undefined && { about: values.about }),
      ...dates,
      limit,
    }));
    if (format === 'json') writeJson(io, quotes);
    else if (format === 'csv') writeCsv(io, QUOTE_CSV_HEADER, quotes.map(quoteCsvRow));
    else if (quotes.length === 0) nothingFound(io, 'quotes');
    else io.stdout.write(quotes.map(formatQuote).join('\n'));
    return EXIT.ok;
  },
};

const QUOTE_CSV_HEADER = ['quote_id', 'speaker', 'speaker_wikidata', 'kind', 'text', 'first_published', 'last_published', 'sources', 'outlets', 'article_ids'];

function quoteCsvRow(q: QuoteRow): unknown[] {
  return [q.id, q.speaker?.name, q.speaker?.wikidata, q.kind, q.text, q.firstPublished, q.lastPublished, q.sourceCount,
    outlets(q).join('; '), q.sources.map((s) => s.articleId).join(' ')];
}

export function formatQuote(q: QuoteRow): string {
  const who = q.speaker?.name ?? 'unknown speaker';
  const when = q.firstPublished === q.lastPublished ? q.firstPublished : `${q.firstPublished ?? '?'} to ${q.lastPublished ?? '?'}`;
  const more = q.sourceCount > q.sources.length ? ', …' : '';
  const reported = q.sourceCount === 1 ? outlets(q)[0] ?? q.sources[0]?.articleId : `${q.sourceCount} sources: ${outlets(q).join(', ')}${more}`;
  return `${who}${when ? `, ${when}` : ''} (${reported})\n  ${quoted(q.text, 400)}\n`;
}

function outlets(q: QuoteRow): string[] {
  return [...new Set(q.sources.map((s) => s.source ?? s.articleId))];
}
