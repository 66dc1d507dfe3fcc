import { PLOVER_TYPES, type PloverType } from '../../record/types.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { clip, nothingFound, writeCsv, writeJson } from '../output.js';
import { dateOptions, outputFormat, parseCount, STORE_OPTIONS, STORE_USAGE, withStore } from '../store-args.js';
import type { EntityRef, EventRow } from '../../store/index.js';

export const eventsCommand: Command = {
  name: 'events',
  summary: 'who did what to whom: stored events by country pair, type, party and date',
  usage: `dossier events [--between AAA BBB] [--type TYPE] [--party NAME] [--since DATE] [--until DATE] [options]

  --between AAA BBB    events with a party from each of two countries (ISO alpha-3: GBR CHN), either way round
  --type TYPE          a PLOVER event type: ${PLOVER_TYPES.join(', ')}
  --party NAME         events where this entity (name or Wikidata id) is an actor or recipient
  --since DATE         --until DATE   event date in this range (2024, 2024-11, 2024-11-18; inclusive)
  --limit N            at most N events, newest first (default 50)
${STORE_USAGE}`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...STORE_OPTIONS,
      between: { type: 'string' },
      type: { type: 'string' },
      party: { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string' },
    });
    const format = outputFormat(values);
    const dates = dateOptions(values);
    const between = values.between === undefined ? undefined : countryPair(values.between, positionals);
    if (!between && positionals.length > 0) throw new UsageError(`events takes no arguments, only options (got "${positionals[0]}")`);
    const type = values.type === undefined ? undefined : ploverType(values.type);
    const limit = parseCount('limit', values.limit, 50);
    const events = withStore(values.db, (store) => store.events({
      ...(between && { between }),
      ...(type && { type }),
      ...(values.party !== undefined && { party: values.party }),
      ...dates,
      limit,
    }));
    if (format === 'json') writeJson(io, events);
    else if (format === 'csv') writeCsv(io, EVENT_CSV_HEADER, events.map(eventCsvRow));
    else if (events.length === 0) nothingFound(io, 'events');
    else io.stdout.write(events.map((e) => `${formatEvent(e)}\n`).join(''));
    return EXIT.ok;
  },
};

/** "--between GBR CHN" (the second code arrives as a positional) or "--between GBR,CHN". */
function countryPair(first: string, positionals: string[]): [string, string] {
  const codes = [...first.split(/[,/-]/), ...positionals].map((c) => c.trim()).filter(Boolean);
  if (codes.length !== 2 || !codes.every((c) => /^[A-Za-z]{3}$/.test(c))) {
    throw new UsageError(`--between takes two ISO alpha-3 country codes, as in --between GBR CHN (got "${[first, ...positionals].join(' ')}")`);
  }
  return [codes[0]!.toUpperCase(), codes[1]!.toUpperCase()];
}

function ploverType(value: string): PloverType {
  const type = value.toUpperCase();
  if (!(PLOVER_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`--type takes a PLOVER event type (${PLOVER_TYPES.join(', ')}), not "${value}"`);
  }
  return type as PloverType;
}

export const EVENT_CSV_HEADER = ['event_id', 'date', 'type', 'mode', 'auxiliary', 'actors', 'actor_countries', 'recipients',
  'recipient_countries', 'location', 'location_country', 'cameo', 'goldstein', 'evidence', 'article_id', 'published', 'source', 'url'];

export function eventCsvRow(e: EventRow): unknown[] {
  const names = (refs: EntityRef[]) => refs.map((r) => r.name).join('; ');
  const countries = (refs: EntityRef[]) => refs.map((r) => r.country ?? '').join('; ');
  return [e.id, e.date ?? e.day, e.type, e.mode, e.auxiliary, names(e.actors), countries(e.actors), names(e.recipients),
    countries(e.recipients), e.location, e.locationCountry, e.cameo, e.goldstein, e.evidence, e.articleId, e.published, e.source, e.url];
}

export function formatEvent(e: EventRow): string {
  const party = (r: EntityRef) => (r.country ? `${r.name} [${r.country}]` : r.name);
  const who = e.actors.map(party).join(' & ') || '?';
  const whom = e.recipients.length ? ` → ${e.recipients.map(party).join(' & ')}` : '';
  const kind = [e.mode, e.auxiliary].filter(Boolean).join(', ');
  const where = e.location ? ` in ${e.location}` : '';
  return `${e.date ?? e.day ?? '????-??-??'}  ${e.type}${kind ? ` (${kind})` : ''}: ${who}${whom}${where}  «${clip(e.evidence, 80)}»  [${e.source ?? e.articleId}]`;
}
