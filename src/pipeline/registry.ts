import type { Stage } from './stage.js';

/** Stages by name, so pipelines can be described as lists of names. */
const stages = new Map<string, Stage>();

export function registerStage(stage: Stage): void {
  if (stages.has(stage.name)) throw new Error(`a stage named "${stage.name}" is already registered`);
  stages.set(stage.name, stage);
}

export function getStage(name: string): Stage {
  const stage = stages.get(name);
  if (!stage) {
    throw new PipelineError(`unknown stage "${name}" (known: ${[...stages.keys()].join(', ')})`);
  }
  return stage;
}

export function registeredStages(): Stage[] {
  return [...stages.values()];
}

export class PipelineError extends Error {
  override name = 'PipelineError';
}
