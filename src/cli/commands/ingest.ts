import { DEFAULT_COMMIT_RECORDS, defaultJobs, type IngestSummary } from '../../ingest/ingest.js';
import { DEFAULT_TASK_SECONDS } from '../../ingest/pool.js';
import { ingestInThread } from '../../ingest/thread.js';
import { releaseIngestLock } from '../../ingest/lock.js';
import { formatSummary, ProgressBar } from '../../ingest/progress.js';
import { DEFAULT_STORE_PATH } from '../../store/index.js';
import { parseCommandArgs } from '../args.js';
import { EXIT, UsageError, type Command } from '../command.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read files, folders and globs of reports into the store',
  usage: `dossier ingest PATH… [options]

  PATH…                      files, folders (read recursively) and globs ("news/**/*.html") of
                             plain text, HTML pages, RSS/Atom/JSON feeds, JSON Lines and WARC (.warc, .warc.gz)
  --db FILE                  the store (default ${DEFAULT_STORE_PATH}); created when missing
  --jobs N                   worker threads for reading and analysis (default: ${defaultJobs()}, one per core but one:
                             the main thread writes the store)
  --published-default DATE   publication date (YYYY-MM-DD) for articles whose source gives none
  --kb FILE                  extra knowledge-base file merged over the bundled one (repeatable)
  --disable STAGE            leave a pipeline stage out (repeatable; see dossier stages)
  --max-bytes N              refuse single articles larger than N bytes (default 10 MB)
  --commit-every N           commit after at most N articles (default ${DEFAULT_COMMIT_RECORDS}; also every half second):
                             what an interrupted run redoes, and how often other readers see new articles
  --time-limit S             seconds one file may take to read, or one article to analyse, before it is reported
                             and skipped (default ${DEFAULT_TASK_SECONDS})
  -q, --quiet                no progress bar and no summary line; problems are still printed

Articles already stored (same text, or same URL) are skipped before analysis, so
re-running after an interruption picks up where it stopped. Each bad file is
reported as "path: reason"; the exit code is 1 when any was. The run ends with
one summary line on stderr (articles stored and skipped, problems, files, time,
rate, store), on a terminal or in a pipe.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string', default: DEFAULT_STORE_PATH },
      jobs: { type: 'string' },
      'published-default': { type: 'string' },
      kb: { type: 'string', multiple: true },
      disable: { type: 'string', multiple: true },
      'max-bytes': { type: 'string' },
      'commit-every': { type: 'string' },
      'time-limit': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    });
    if (positionals.length === 0) throw new UsageError('ingest needs at least one PATH (file, folder or glob)');
    const jobs = values.jobs === undefined ? defaultJobs() : positiveInt('--jobs', values.jobs);
    const maxBytes = values['max-bytes'] === undefined ? undefined : positiveInt('--max-bytes', values['max-bytes']);
    const commitEvery = values['commit-every'] === undefined ? undefined : positiveInt('--commit-every', values['commit-every']);
    const taskSeconds = values['time-limit'] === undefined ? undefined : positiveInt('--time-limit', values['time-limit']);
    const stderr = io.stderr as NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
    const quiet = values.quiet === true;
    const bar = new ProgressBar(stderr, { quiet });
    let committed = 0;
    // Stopped by Ctrl-C or a kill: what was committed stays, the transaction in flight is dropped (as
    // after a crash), and the user is told how to go on rather than left with a half-drawn bar.
    const interrupted = (signal: NodeJS.Signals) => {
      bar.clear();
      stderr.write(`dossier ingest: interrupted; the articles stored so far (at least ${committed.toLocaleString('en')}) are kept, ` +
        'and the same command resumes where this one stopped\n');
      releaseIngestLock(values.db);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
    let summary: IngestSummary;
    try {
      summary = await ingestInThread(positionals, values.db, {
        jobs,
        ...(values['published-default'] !== undefined && { publishedDefault: values['published-default'] }),
        ...(maxBytes !== undefined && { maxBytes }),
        ...(commitEvery !== undefined && { commitEvery }),
        ...(taskSeconds !== undefined && { taskSeconds }),
        kbFiles: values.kb ?? [],
        disable: values.disable ?? [],
        onProblem: (line) => {
          bar.clear();
          stderr.write(`${line}\n`);
        },
        onProgress: (p) => {
          committed = p.stored;
          bar.update(p);
        },
      });
    } finally {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      bar.clear();
    }
    if (!quiet) stderr.write(`${formatSummary(summary, values.db)}\n`);
    if (summary.problems > 0) return EXIT.input;
    return EXIT.ok;
  },
};

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} takes a positive whole number, not "${value}"`);
  return n;
}
