import type { Stage } from '../../pipeline/stage.js';
import { EntityIndex } from './cluster.js';
import { resolveRole } from './roles.js';
import { Scanner } from './scan.js';
import { rememberIndex } from './state.js';

/** Publication date, or "now" (current office-holders) when the report has none. */
const NO_DATE = '9999-12-31';

export const entitiesStage: Stage = {
  name: 'entities',
  description: 'people, organisations, places: found, typed, clustered and linked to the knowledge base',
  requires: ['tokens', 'sentences'],
  provides: ['entities'],
  run(doc, ctx) {
    const index = new EntityIndex(ctx.kb, ctx.published ?? NO_DATE, doc.text);
    const roles = index.addAll(new Scanner(doc, ctx.kb).scan());
    for (const r of roles) {
      const named = r.appositive && index.clusterOf.get(r.appositive);
      if (named) {
        // The text says who holds the office: record it, so later role nouns find them.
        index.addOffice(named, r.role!.office, r.role!.country ?? named.country);
        index.mention(named, { ...r, type: named.type });
        continue;
      }
      const cluster = resolveRole(index, r.role!, r.start);
      if (cluster) index.mention(cluster, { ...r, type: cluster.type });
    }
    doc.entities = index.toEntities();
    rememberIndex(doc, index);
  },
};
