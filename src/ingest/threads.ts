import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module with an old-generation heap of at most
 * `heapMb` (and a young generation of `youngMb`, when given): the module
 * itself in the build (.js); under tsx (tests, benches; a .ts module) the
 * thread first registers tsx's loader itself, because --import hooks do not
 * carry over into worker threads on Node 20.
 */
export function startWorker(entry: URL, workerData: unknown, heapMb: number, youngMb?: number): Worker {
  const options = { workerData, resourceLimits: { maxOldGenerationSizeMb: heapMb, ...(youngMb && { maxYoungGenerationSizeMb: youngMb }) } };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/** A module next to this one: .ts under tsx, .js in the build. */
export function siblingModule(name: string): URL {
  return new URL(`./${name}${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
}
