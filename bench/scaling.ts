/**
 * npm run bench -- scaling: the full pipeline on one ever longer paragraph of
 * names, pronouns and quotes. Linear stages keep ms per 1,000 sentences flat;
 * a stage that scans every entity per mention shows up as a growing column.
 */
import { Analyzer } from '../src/analyze.js';
import { printTable } from './table.js';

function paragraph(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(`Mr Name${i} Person${i} of the Org${i} Council (OC${i}) met the Prime Minister. He told the BBC that ZX${i} was fine, the minister said.`);
  }
  return parts.join(' ');
}

export function benchScaling(): void {
  const analyzer = new Analyzer();
  analyzer.analyze(paragraph(200), { published: '2024-11-17' });
  const rows: string[][] = [];
  for (const n of [500, 1000, 2000, 4000]) {
    const text = paragraph(n);
    const t0 = performance.now();
    analyzer.analyze(text, { published: '2024-11-17' });
    const ms = performance.now() - t0;
    rows.push([String(n * 2), `${ms.toFixed(0)} ms`, `${((ms / (n * 2)) * 1000).toFixed(0)} ms`]);
  }
  printTable(['sentences in one paragraph', 'time', 'per 1,000 sentences'], rows);
}
