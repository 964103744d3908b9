import { Worker } from 'node:worker_threads';

const ENTRY = new URL('./thread-entry.mjs', import.meta.url);

/** Starts `module` (a TypeScript file URL under src/) in a worker thread; `data` reaches it as `workerData`. */
export function startThread<T extends object>(module: URL, data: T): Worker {
  return new Worker(ENTRY, { workerData: { ...data, module: module.href } });
}
