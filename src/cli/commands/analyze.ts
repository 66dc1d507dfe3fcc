import { parseCommandArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { readArticleText } from '../read-input.js';
import { formatSummary } from '../summary.js';
import { normalizeUrl } from '../../sources/url.js';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse one report and print its record',
  usage: `dossier analyze FILE|- [options]

  FILE|-               a plain-text report, or - for standard input
  --published DATE     publication date (YYYY-MM-DD), the anchor for "on Monday", "last year"
  --title TEXT         --source NAME   --url URL    metadata carried into the record
  --json               print the dossier.record/1 JSON instead of a summary
  --kb FILE            extra knowledge-base file merged over the bundled one (repeatable)
  --disable STAGE      leave a pipeline stage out (repeatable; see dossier stages)
  --max-bytes N        refuse inputs larger than N bytes (default 10 MB)`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      published: { type: 'string' },
      title: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      json: { type: 'boolean', default: false },
      kb: { type: 'string', multiple: true },
      disable: { type: 'string', multiple: true },
      'max-bytes': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('analyze takes exactly one FILE (or - for stdin)');
    const maxBytes = values['max-bytes'] === undefined ? undefined : parsePositive(values['max-bytes']);
    const text = await readArticleText(positionals[0]!, io.stdin, maxBytes);
    // Loaded here, not at start-up: the other commands (queries of a store) need none of the analysis code.
    const { Analyzer } = await import('../../analyze.js');
    const analyzer = new Analyzer({ kbFiles: values.kb ?? [], disable: values.disable ?? [] });
    const record = analyzer.analyze(text, {
      ...(values.published !== undefined && { published: values.published }),
      ...(values.title !== undefined && { title: values.title }),
      ...(values.source !== undefined && { source: values.source }),
      // Normalised as ingest normalises it, so the record links to the same article.
      ...(values.url !== undefined && { url: normalizeUrl(values.url) }),
    });
    io.stdout.write(values.json ? `${JSON.stringify(record, null, 2)}\n` : formatSummary(record));
    return EXIT.ok;
  },
};

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-bytes takes a positive whole number, not "${value}"`);
  return n;
}
