import type { Stage } from '../../pipeline/stage.js';
import { tokenize } from '../../doc/tokens.js';
import { splitParagraphs } from './paragraphs.js';
import { splitSentences } from './sentences.js';
import { flatten } from '../../util/arrays.js';

export const segmentStage: Stage = {
  name: 'segment',
  description: 'tokens, paragraphs and sentences, as offset ranges',
  requires: [],
  provides: ['tokens', 'paragraphs', 'sentences'],
  run(doc) {
    doc.tokens = tokenize(doc.text);
    doc.paragraphs = splitParagraphs(doc.text);
    doc.sentences = flatten(doc.paragraphs, (p) => splitSentences(doc.text, p));
  },
};
