import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from './db.js';
import { errorText } from '../errors.js';

/**
 * The checkpoint thread: copies the write-ahead log into the database file every interval
 * (PASSIVE: never waits for, nor blocks, the threads that write), so the fsync a checkpoint
 * needs happens here instead of inside a bot turn or a webhook acknowledgement. On `close` it
 * runs a last full checkpoint, which also empties the log. Started by `checkpointer.ts`.
 */

export interface CheckpointThreadData {
  path: string;
  intervalMs: number;
}

/** Checkpoint thread → main: a failed checkpoint (the next interval tries again). */
export interface CheckpointFailure {
  type: 'failed';
  error: string;
}

if (!parentPort) throw new Error('checkpoint-thread.ts runs as a worker thread');
const port = parentPort;
const { path, intervalMs } = workerData as CheckpointThreadData;
const db = openDatabase(path, { backgroundCheckpoints: true });

const checkpoint = (mode: 'PASSIVE' | 'TRUNCATE'): void => {
  try {
    db.pragma(`wal_checkpoint(${mode})`);
  } catch (error) {
    port.postMessage({ type: 'failed', error: errorText(error) } satisfies CheckpointFailure);
  }
};

const timer = setInterval(() => checkpoint('PASSIVE'), intervalMs);
port.on('message', (message: unknown) => {
  if (message !== 'close') return;
  clearInterval(timer);
  checkpoint('TRUNCATE');
  db.close();
  port.close();
});
