import { Analyzer } from '../../src/index.js';
import type { Dataset } from '../dataset.js';
import { checkItem, countByType, ENTITY_TYPES, HELDOUT_FIXTURE, OWN_FIXTURE, readOwnItems, type TypeCounts } from '../entities/own.js';

/**
 * Our own entity sentences (test/fixtures/entities/own.json): per-type
 * mention precision/recall, and how many gold entities came out whole
 * (found, typed, clustered, not merged, right country and KB name).
 */
export const entitiesOwnDataset = ownDataset('entities-own', 'entity stage on our own UK/US/wire sentences: per-type mention P/R, entities whole', OWN_FIXTURE);
export const entitiesHeldoutDataset = ownDataset('entities-heldout', 'the same on held-out sentences never used to tune rules', HELDOUT_FIXTURE);

function ownDataset(name: string, description: string, file: URL): Dataset {
  return { name, description, needs: [], run: (_shared, args) => runOwn(name, file, args) };
}

function runOwn(name: string, file: URL, args: string[]): void {
  {
    const verbose = args.includes('--verbose') || args.includes('-v');
    const analyzer = new Analyzer();
    const counts = new Map<string, TypeCounts>();
    let whole = 0;
    let total = 0;
    const items = readOwnItems(file);
    for (const item of items) {
      const doc = analyzer.analyzeDoc(item.text, item.published ? { published: item.published } : {});
      const results = checkItem(item, doc.entities);
      total += results.length;
      whole += results.filter((r) => r.ok).length;
      if (verbose) for (const r of results) if (!r.ok) console.log(`  ✗ ${item.id}: ${r.id}: ${r.why}`);
      countByType(item, doc.entities, counts);
    }
    console.log(`${name}: ${items.length} items, entities whole ${whole}/${total}`);
    printTable(counts);
  }
}

export function printTable(counts: Map<string, TypeCounts>): void {
  const rows = [...ENTITY_TYPES.filter((t) => counts.has(t)), 'all'];
  const all = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  console.log('  type      P      R     F1    tp   fp   fn');
  for (const t of rows) {
    const c = t === 'all' ? all : counts.get(t)!;
    const p = c.tp / Math.max(1, c.tp + c.fp);
    const r = c.tp / Math.max(1, c.tp + c.fn);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`  ${t.padEnd(7)} ${fmt(p)} ${fmt(r)} ${fmt(f)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}`);
  }
}

function fmt(x: number): string {
  return x.toFixed(3).padStart(6);
}
