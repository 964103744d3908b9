import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { systemClock } from '../clock.js';
import { createLogger } from '../log.js';
import { startCheckpointLoop } from '../store/checkpoint-loop.js';
import { openDatabase } from '../store/db.js';
import { createFeatures, createJobHost } from '../core.js';
import { serveJobs } from './jobs-rpc.js';
import type { Feature } from '../feature.js';
import type { WorkThreadData } from './work.js';

/**
 * The work thread: where heavy jobs run (the Q&A engine with its index and tokenizer, re-indexing,
 * exports) and the database's WAL checkpoints, so neither the thread that acknowledges platform
 * events nor the bot thread that claims them ever waits behind one (or behind the disk). Serves
 * jobs to the main thread (its parent port) and to the bot thread (a port the main thread hands
 * over with a `connect` message). Started by `work.ts`.
 */

if (!parentPort) throw new Error('work-thread.ts runs as a worker thread');
const port = parentPort;
const { config, checkpointIntervalMs } = workerData as WorkThreadData;
const log = createLogger(config.LOG_LEVEL, { thread: 'work' });
// The connection checkpoints the log; jobs get what they read passed in (e.g. records to export).
const db = openDatabase(config.DATABASE_PATH, { backgroundCheckpoints: true });
const checkpoints = startCheckpointLoop(db, checkpointIntervalMs, (error) => log.warn({ error }, 'WAL checkpoint failed; trying again next interval'));
let features: Feature[] = [];
const run = createJobHost(() => features);
features = createFeatures(config, {
  db,
  log,
  clock: systemClock,
  jobs: run,
  onQueued: () => undefined,
  coordinatorChats: [],
  service: false,
  ingested: async () => undefined,
});

serveJobs(port, run);
port.on('message', (message: { type?: string; port?: MessagePort }) => {
  if (message.type === 'connect' && message.port) serveJobs(message.port, run);
  if (message.type === 'close') {
    checkpoints.stop();
    db.close();
    // Ports handed to the bot thread would keep this thread alive.
    process.exit(0);
  }
});
port.postMessage({ type: 'ready' });
