import type { LayerResult } from './compare.js';

/** Prints `seed: entities 20/22, quotes 5/7, …` then what was missed and what was extra. */
export function printGoldReport(name: string, layers: LayerResult[], verbose: boolean): void {
  const score = (l: LayerResult) => `${l.layer} ${l.items.filter((i) => i.ok).length}/${l.items.length}`;
  console.log(`${name}: ${layers.map(score).join(', ')}`);
  for (const layer of layers) {
    const missed = layer.items.filter((i) => !i.ok);
    if (missed.length === 0 && (layer.extra.length === 0 || !verbose)) continue;
    console.log(`\n  ${layer.layer}: ${missed.length} missed, ${layer.extra.length} not in gold`);
    for (const m of missed) console.log(`    ✗ ${m.id}: ${m.why}`);
    const extras = verbose ? layer.extra : layer.extra.slice(0, 5);
    for (const e of extras) console.log(`    + ${e}`);
    if (extras.length < layer.extra.length) console.log(`    + … ${layer.extra.length - extras.length} more (--verbose)`);
  }
}
