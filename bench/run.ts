/** npm run bench [-- pipeline|quotes|ingest|queries|scaling|store|corpus|instructions [N] | against REF [N]]: benchmarks, printed as tables. */
import { benchAgainst } from './against.js';
import { benchCorpusDensity } from './corpus-density.js';
import { benchIngest } from './ingest.js';
import { benchInstructions } from './instructions.js';
import { benchPipeline } from './pipeline.js';
import { benchQueries } from './queries.js';
import { benchQuotes } from './quotes.js';
import { benchScaling } from './scaling.js';
import { benchStore } from './store.js';

const BENCHES: Record<string, (args: string[]) => void | Promise<void>> = {
  pipeline: benchPipeline,
  quotes: benchQuotes,
  ingest: benchIngest,
  queries: benchQueries,
  scaling: benchScaling,
  store: benchStore,
  corpus: benchCorpusDensity,
  against: benchAgainst,
  instructions: benchInstructions,
};

const [name = 'pipeline', ...rest] = process.argv.slice(2);
const bench = BENCHES[name] ?? (/^\d+$/.test(name) ? BENCHES.pipeline : undefined);
if (!bench) {
  console.error(`bench: unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
await bench(BENCHES[name] ? rest : [name, ...rest]);
