import { Doc, type DocumentMeta, type LayerName } from '../doc/document.js';
import type { Stage, StageContext } from './stage.js';
import { getStage, PipelineError } from './registry.js';
import { DEFAULT_STAGES } from './default-stages.js';

export interface PipelineOptions {
  /** Stage names in order; defaults to DEFAULT_STAGES. */
  stages?: readonly (string | Stage)[];
  /** Names to leave out of the default (or given) list. */
  disable?: readonly string[];
  /** Extra stages appended after the others. */
  add?: readonly Stage[];
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(text: string, meta: DocumentMeta, ctx: StageContext): Doc;
}

export function createPipeline(options: PipelineOptions = {}): Pipeline {
  const disabled = new Set(options.disable ?? []);
  for (const name of disabled) getStage(name); // a typo should not pass silently
  const listed = (options.stages ?? DEFAULT_STAGES)
    .map((s) => (typeof s === 'string' ? getStage(s) : s))
    .filter((s) => !disabled.has(s.name));
  const stages = [...listed, ...(options.add ?? [])];
  checkRequirements(stages);
  return {
    stages,
    run(text, meta, ctx) {
      const doc = new Doc(text, meta);
      for (const stage of stages) {
        stage.run(doc, ctx);
        for (const layer of stage.provides) doc.provided.add(layer);
      }
      return doc;
    },
  };
}

/** Fails early, with names, when a stage would run before what it stands on. */
function checkRequirements(stages: readonly Stage[]): void {
  const available = new Set<LayerName>();
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new PipelineError(
        `stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage provides`,
      );
    }
    for (const layer of stage.provides) available.add(layer);
  }
}
