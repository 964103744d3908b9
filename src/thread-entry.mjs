// Entry of gi-bot's worker threads: they do not inherit the main thread's tsx hooks, so this
// registers them and then loads the thread's TypeScript module (`workerData.module`, a file URL).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
