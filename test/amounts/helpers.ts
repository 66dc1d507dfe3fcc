import '../../src/stages/index.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import type { Amount } from '../../src/record/types.js';

const pipeline = createPipeline({ stages: ['segment', 'times', 'amounts'] });
const amountsOnly = createPipeline({ stages: ['segment', 'amounts'] });
const kb = loadKnowledgeBase();

export function amounts(text: string, published = '2024-11-20', withTimes = true): Amount[] {
  return (withTimes ? pipeline : amountsOnly).run(text, {}, { kb, published }).amounts;
}

/** "span = value unit [of object] [@date]" for each amount, in order. */
export function describe(text: string, published?: string): string[] {
  return amounts(text, published).map((a) =>
    `${a.span.text} = ${a.value} ${a.unit}${a.object ? ` of ${a.object}` : ''}${a.date ? ` @${a.date}` : ''}`);
}
