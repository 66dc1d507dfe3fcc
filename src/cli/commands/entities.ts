import type { EntityType } from '../../record/types.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { nothingFound, table, writeCsv, writeJson } from '../output.js';
import { ENTITY_TYPES } from '../../store/index.js';
import { noPositionals, outputFormat, parseCount, STORE_OPTIONS, STORE_USAGE, withStore } from '../store-args.js';


export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'who and what the stored reports are about, most-reported first',
  usage: `dossier entities [--type TYPE] [--top N] [options]

  --type TYPE          only ${ENTITY_TYPES.join(', ')}
  --top N              how many (default 20)
${STORE_USAGE}`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...STORE_OPTIONS,
      type: { type: 'string' },
      top: { type: 'string' },
    });
    noPositionals('entities', positionals);
    const format = outputFormat(values);
    const type = values.type?.toUpperCase() as EntityType | undefined;
    if (type !== undefined && !ENTITY_TYPES.includes(type)) {
      throw new UsageError(`--type takes one of ${ENTITY_TYPES.join(', ')}, not "${values.type}"`);
    }
    const top = parseCount('top', values.top, 20);
    const rows = withStore(values.db, (store) => store.entities({ ...(type && { type }), top }));
    const header = ['name', 'type', 'country', 'sector', 'wikidata', 'articles', 'mentions', 'quotes'];
    const cells = rows.map((e) => [e.name, e.type, e.country ?? '', e.sector ?? '', e.wikidata ?? '', String(e.articles), String(e.mentions), String(e.quotes)]);
    if (format === 'json') writeJson(io, rows);
    else if (format === 'csv') writeCsv(io, header, cells);
    else if (rows.length === 0) nothingFound(io, 'entities');
    else io.stdout.write(table([header, ...cells]));
    return EXIT.ok;
  },
};
