import { parseCommandArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { writeCsv, writeJson } from '../output.js';
import { outputFormat, STORE_OPTIONS, STORE_USAGE, withStore } from '../store-args.js';
import { formatSummary } from '../summary.js';
import { InputError } from '../../input/errors.js';
import type { DossierRecord } from '../../record/types.js';

export const showCommand: Command = {
  name: 'show',
  summary: 'print one stored article and its record',
  usage: `dossier show ARTICLE_ID|URL [options]

  ARTICLE_ID           the article id (or its first 6+ characters), or its URL
  --json               the dossier.record/1 JSON, exactly as stored
  --csv                one row per fact: layer, start, end, text, detail
${STORE_USAGE.split('\n')[0]}`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, STORE_OPTIONS);
    if (positionals.length !== 1) throw new UsageError('show takes exactly one ARTICLE_ID');
    const format = outputFormat(values);
    const stored = withStore(values.db, (store) => store.article(positionals[0]!));
    if (!stored) throw new InputError(`no stored article has the id or URL "${positionals[0]}"`);
    const { record } = stored;
    if (format === 'json') writeJson(io, record);
    else if (format === 'csv') writeCsv(io, ['layer', 'start', 'end', 'text', 'detail'], factRows(record));
    else io.stdout.write(`${formatSummary(record)}${stored.origin ? `\nfrom ${stored.origin}` : ''}${stored.origin ? '\n' : ''}`);
    return EXIT.ok;
  },
};

/** Every fact of a record with its evidence span, for spreadsheets. */
function* factRows(record: DossierRecord): Generator<unknown[]> {
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  for (const e of record.entities) {
    for (const m of e.mentions) yield ['entity', m.start, m.end, m.text, `${e.name} (${e.type}${e.country ? `, ${e.country}` : ''})`];
  }
  for (const q of record.quotes) {
    for (const c of q.content) yield ['quote', c.start, c.end, c.text, `${q.kind}, ${q.speaker ? names.get(q.speaker) ?? q.speaker : 'unknown speaker'}`];
  }
  for (const ev of record.events) {
    for (const s of ev.evidence) yield ['event', s.start, s.end, s.text, `${ev.type}: ${ev.actors.map((a) => names.get(a) ?? a).join(' & ')} → ${ev.recipients.map((a) => names.get(a) ?? a).join(' & ')}`];
  }
  for (const a of record.amounts) yield ['amount', a.span.start, a.span.end, a.span.text, `${a.value} ${a.unit}${a.object ? `, ${a.object}` : ''}`];
  for (const t of record.times) yield ['time', t.span.start, t.span.end, t.span.text, t.value];
}
