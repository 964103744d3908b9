import type { Worker } from 'node:worker_threads';
import type { Logger } from '../log.js';
import { startThread } from '../threads.js';
import type { CheckpointFailure, CheckpointThreadData } from './checkpoint-thread.js';

/**
 * Runs the database's WAL checkpoints in a thread of their own (see `checkpoint-thread.ts`);
 * the connections of the service then open with `backgroundCheckpoints`. A thread that dies
 * is started again after a pause, so the log cannot grow without bound.
 */

export interface Checkpointer {
  /** Stops the thread after a last full checkpoint; call once every connection is closed. */
  stop(): Promise<void>;
}

const THREAD = new URL('./checkpoint-thread.ts', import.meta.url);
const RESTART_DELAY_MS = 5000;

export function startCheckpointer(path: string, log: Logger, intervalMs = 1000): Checkpointer {
  let stopping = false;
  let alive = false;
  let thread: Worker;
  let restartTimer: NodeJS.Timeout | undefined;

  function spawn(): void {
    const started = startThread(THREAD, { path, intervalMs } satisfies CheckpointThreadData);
    thread = started;
    alive = true;
    started.on('message', (message: CheckpointFailure) => log.warn({ error: message.error }, 'WAL checkpoint failed; trying again next interval'));
    started.on('error', (error) => log.error({ err: error }, 'checkpoint thread crashed'));
    started.on('exit', () => {
      if (started !== thread) return;
      alive = false;
      if (stopping) return;
      log.error({ delayMs: RESTART_DELAY_MS }, 'checkpoint thread stopped; starting a new one');
      restartTimer = setTimeout(spawn, RESTART_DELAY_MS);
      restartTimer.unref();
    });
  }

  spawn();
  return {
    async stop() {
      stopping = true;
      clearTimeout(restartTimer);
      if (!alive) return;
      const exited = new Promise((resolve) => thread.once('exit', resolve));
      thread.postMessage('close');
      await exited;
    },
  };
}
