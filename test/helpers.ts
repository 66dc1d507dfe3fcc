import '../src/stages/index.js';
import { Doc } from '../src/doc/document.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { loadKnowledgeBase } from '../src/kb/load.js';

const segmentOnly = createPipeline({ stages: ['segment'] });
const kb = loadKnowledgeBase();

/** A document with just the segmentation layers. */
export function segment(text: string): Doc {
  return segmentOnly.run(text, {}, { kb });
}

export function sentenceTexts(text: string): string[] {
  const doc = segment(text);
  return doc.sentences.map((s) => text.slice(s.start, s.end));
}

export function paragraphTexts(text: string): string[] {
  const doc = segment(text);
  return doc.paragraphs.map((s) => text.slice(s.start, s.end));
}
