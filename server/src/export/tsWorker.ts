import { Worker } from 'node:worker_threads';

const TSX_API = import.meta.resolve('tsx/esm/api');

/** Module code that registers tsx's loader, then imports the TypeScript `module` (a worker's or a process's entry). */
export const tsBootstrap = (module: URL): string =>
  `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;

/**
 * A worker thread running a TypeScript module. The server runs its sources through tsx,
 * whose loader a worker thread does not get by itself (nor under vitest's runner), so the
 * worker registers it before importing the module. A module that fails to load ends the
 * worker with an `error` event. `workerData` reaches the module as worker_threads' own.
 */
export function startTsWorker(module: URL, workerData?: unknown): Worker {
  return new Worker(tsBootstrap(module), { eval: true, workerData });
}
