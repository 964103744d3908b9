import { Worker, type TransferListItem } from 'node:worker_threads';

const ENTRY = new URL('./thread-entry.mjs', import.meta.url);

/** Starts `module` (a TypeScript file URL under src/) in a worker thread; `data` reaches it as `workerData` (ports in it listed in `transfer`). */
export function startThread<T extends object>(module: URL, data: T, transfer: TransferListItem[] = []): Worker {
  return new Worker(ENTRY, { workerData: { ...data, module: module.href }, transferList: transfer });
}
