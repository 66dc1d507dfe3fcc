import '../../src/stages/index.js';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';

const pipeline = createPipeline({ stages: ['segment', 'times'] });
const kb = loadKnowledgeBase();

/** "text = value" for every time expression found, in order. */
export function times(text: string, published?: string): string[] {
  const doc = pipeline.run(text, {}, { kb, ...(published && { published }) });
  return doc.times.map((t) => `${t.span.text} = ${t.value}`);
}
