import '../../src/stages/index.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import type { Stage } from '../../src/pipeline/stage.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import type { Doc } from '../../src/doc/document.js';
import type { Entity, EntityType, Quote } from '../../src/record/types.js';

const kb = loadKnowledgeBase();

/** Entities a test declares by name: every occurrence of each string becomes a mention. */
export type FixtureEntities = Record<string, { type: EntityType; mentions: string[] }>;

/**
 * A stand-in for the entity stage, so these tests check the quotes stage alone:
 * the entities are exactly those the test lists, found by plain string search.
 */
function fixtureEntityStage(entities: FixtureEntities): Stage {
  return {
    name: 'fixture-entities',
    description: 'test entities from literal strings',
    requires: ['tokens'],
    provides: ['entities'],
    run(doc) {
      for (const [id, spec] of Object.entries(entities)) {
        const entity: Entity = { id, name: spec.mentions[0]!, type: spec.type, mentions: [] };
        for (const m of spec.mentions) {
          for (let at = doc.text.indexOf(m); at >= 0; at = doc.text.indexOf(m, at + 1)) {
            const inside = entity.mentions.some((x) => x.start <= at && at + m.length <= x.end);
            if (!inside) entity.mentions.push({ start: at, end: at + m.length, text: m });
          }
        }
        entity.mentions.sort((a, b) => a.start - b.start);
        if (entity.mentions.length) doc.entities.push(entity);
      }
    },
  };
}

/** Runs segment → fixture entities → quotes. */
export function quotesOf(text: string, entities: FixtureEntities = {}): { doc: Doc; quotes: Quote[] } {
  const pipeline = createPipeline({ stages: ['segment', fixtureEntityStage(entities), 'quotes'] });
  const doc = pipeline.run(text, {}, { kb });
  return { doc, quotes: doc.quotes };
}

/** The quote whose first content span starts with `prefix`. */
export function quoteStarting(quotes: Quote[], prefix: string): Quote | undefined {
  return quotes.find((q) => q.content[0]!.text.startsWith(prefix));
}

/** The name texts of the speaker's entity, for speakers the stage created itself. */
export function speakerMentions(doc: Doc, q: Quote | undefined): string[] {
  const e = doc.entities.find((x) => x.id === q?.speaker);
  return e ? e.mentions.map((m) => m.text) : [];
}
