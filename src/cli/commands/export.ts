import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseCommandArgs } from '../args.js';
import { EXIT, UsageError, type Command, type CommandIO } from '../command.js';
import { csvLine, tsvLine } from '../output.js';
import { InputError } from '../../input/errors.js';
import { noPositionals, STORE_OPTIONS, STORE_USAGE, withStoreAsync } from '../store-args.js';
import { GDELT_COLUMNS, gdeltRow, ploverRecord } from '../../store/export.js';
import type { Store } from '../../store/index.js';
import { EVENT_CSV_HEADER, eventCsvRow } from './events.js';

const FORMATS = ['jsonl', 'csv', 'gdelt', 'plover'] as const;
type Format = (typeof FORMATS)[number];

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the whole store out: records as JSON Lines, or events as CSV, GDELT-like rows or PLOVER JSON',
  usage: `dossier export --format jsonl|csv|gdelt|plover [--out FILE] [options]

  --format jsonl       every stored record (dossier.record/1), one per line, exactly as ingested
  --format csv         one row per event, with actors, countries, CAMEO code and Goldstein value
  --format gdelt       one tab-separated GDELT-style row per event (header row first)
  --format plover      one PLOVER JSON event record per line
  --json / --csv       short for --format jsonl / --format csv
  --out FILE           write to FILE instead of standard output
${STORE_USAGE.split('\n')[0]}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...STORE_OPTIONS, format: { type: 'string' }, out: { type: 'string' } });
    noPositionals('export', positionals);
    const format = exportFormat(values);
    await withStoreAsync(values.db, async (store) => {
      const out = values.out === undefined ? io.stdout : await openOutput(values.out);
      await writeLines(out, exportLines(store, format));
      if (out !== io.stdout) {
        out.end();
        await once(out, 'finish');
      }
    });
    return EXIT.ok;
  },
};

function exportFormat(values: { format?: string; json?: boolean; csv?: boolean }): Format {
  const chosen = [values.format, values.json ? 'jsonl' : undefined, values.csv ? 'csv' : undefined].filter(Boolean);
  if (chosen.length === 0) throw new UsageError(`export needs --format (${FORMATS.join(', ')})`);
  if (new Set(chosen).size > 1) throw new UsageError('choose one export format');
  const format = chosen[0]!.toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not "${chosen[0]}"`);
  return format as Format;
}

function* exportLines(store: Store, format: Format): Generator<string> {
  switch (format) {
    case 'jsonl':
      for (const { record } of store.records()) yield JSON.stringify(record);
      return;
    case 'csv':
      yield csvLine(EVENT_CSV_HEADER);
      for (const e of store.allEvents()) yield csvLine(eventCsvRow(e));
      return;
    case 'gdelt':
      yield tsvLine([...GDELT_COLUMNS]);
      for (const e of store.allEvents()) yield tsvLine(gdeltRow(e));
      return;
    case 'plover':
      for (const e of store.allEvents()) yield JSON.stringify(ploverRecord(e));
  }
}

/** A file stream, or a one-line error when the file cannot be created. */
async function openOutput(path: string): Promise<NodeJS.WritableStream> {
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (err) {
    throw new InputError(`cannot write ${path}: ${(err as Error).message}`);
  }
  return stream;
}

/** Writes lines, waiting for the stream to drain so a large export does not pile up in memory. */
async function writeLines(out: CommandIO['stdout'] | NodeJS.WritableStream, lines: Iterable<string>): Promise<void> {
  for (const line of lines) {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
}
