/**
 * The default pipeline, in order. Each stage lives in src/stages/<name>/ and
 * registers itself in src/stages/index.ts.
 */
export const DEFAULT_STAGES: readonly string[] = [
  'segment',
  'entities',
  'times',
  'amounts',
  'quotes',
  'events',
];
