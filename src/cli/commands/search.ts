import { parseCommandArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../command.js';
import { nothingFound, writeCsv, writeJson } from '../output.js';
import { outputFormat, parseCount, STORE_OPTIONS, STORE_USAGE, withStore } from '../store-args.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over stored articles and quotes',
  usage: `dossier search PHRASE… [options]

  PHRASE               words to find together, in order ("pragmatic relationship"); several PHRASEs must all occur
  --limit N            at most N articles and N quotes (default 20): best first (bm25), or the
                       newest first when more than 1,000 articles (or quotes) match
${STORE_USAGE}`,
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...STORE_OPTIONS, limit: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('search needs at least one PHRASE');
    const format = outputFormat(values);
    const limit = parseCount('limit', values.limit, 20);
    const hits = withStore(values.db, (store) => store.search({ phrases: positionals, limit }));
    if (format === 'json') writeJson(io, hits);
    else if (format === 'csv') {
      writeCsv(io, ['kind', 'id', 'title', 'speaker', 'published', 'source', 'snippet'],
        hits.map((h) => [h.kind, h.id, h.title, h.speaker, h.published, h.source, h.snippet]));
    } else if (hits.length === 0) nothingFound(io, 'matches');
    else {
      io.stdout.write(hits.map((h) => h.kind === 'article'
        ? `article ${h.id}  ${h.published ?? ''}  ${h.source ?? ''}  ${h.title ?? ''}\n  ${h.snippet}\n`
        : `quote ${h.id}  ${h.published ?? ''}  ${h.speaker ?? 'unknown speaker'}\n  ${h.snippet}\n`).join(''));
    }
    return EXIT.ok;
  },
};
