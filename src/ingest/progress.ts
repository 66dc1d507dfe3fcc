import type { IngestProgress } from './ingest.js';

const WIDTH = 24;
const REDRAW_MS = 100;

type Stream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/**
 * A one-line progress bar on a terminal (files, articles, rate), redrawn at
 * most ten times a second; silent when the stream is not a TTY (or when
 * quiet), so pipes and logs get only the problem lines and the summary.
 */
export class ProgressBar {
  private lastDraw = 0;
  private shown = false;
  readonly enabled: boolean;

  constructor(private readonly stream: Stream, options: { quiet?: boolean } = {}) {
    this.enabled = stream.isTTY === true && options.quiet !== true;
  }

  update(p: IngestProgress, force = false): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const line = formatProgress(p).slice(0, (this.stream.columns ?? 100) - 1);
    this.stream.write(`\r\x1b[2K${line}`);
    this.shown = true;
  }

  /** Clears the bar so a problem line or the summary prints on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}

export function formatProgress(p: IngestProgress): string {
  const fraction = p.filesTotal === 0 ? 1 : p.filesDone / p.filesTotal;
  const filled = Math.round(fraction * WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
  const parts = [
    `${bar} ${p.filesDone}/${p.filesTotal} files`,
    `${p.stored.toLocaleString('en')} stored`,
    ...(p.skipped ? [`${p.skipped.toLocaleString('en')} skipped`] : []),
    ...(p.problems ? [`${p.problems} problems`] : []),
    `${formatRate(p)} articles/s`,
    formatDuration(p.elapsedMs),
  ];
  return parts.join('  ');
}

export function formatRate(p: IngestProgress): string {
  const seconds = p.elapsedMs / 1000;
  return seconds > 0 ? Math.round(p.stored / seconds).toLocaleString('en') : '0';
}

/**
 * The one line printed when ingest ends, terminal or pipe:
 * "stored 1,204 articles, skipped 3 (already stored), 2 problems in 2 files;
 * 1,412 files in 3.1 s (388 articles/s) → dossier.db".
 */
export function formatSummary(p: IngestProgress, db: string): string {
  const problems = p.problems === 0 ? 'no problems' : `${count(p.problems, 'problem')} in ${count(p.failedFiles, 'file')}`;
  return `stored ${count(p.stored, 'article')}, skipped ${p.skipped.toLocaleString('en')} (already stored), ${problems}; `
    + `${count(p.filesTotal, 'file')} in ${formatSeconds(p.elapsedMs)} (${formatRate(p)} articles/s) → ${db}`;
}

/** "0.4 s", "12.3 s", then "2:05" from a minute up. */
export function formatSeconds(ms: number): string {
  return ms < 59_950 ? `${(ms / 1000).toFixed(1)} s` : formatDuration(ms);
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
