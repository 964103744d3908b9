import { MessageChannel, type MessagePort, type Worker } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { JobRunner } from '../feature.js';
import type { Logger } from '../log.js';
import { startThread } from '../threads.js';
import { createJobClient } from './jobs-rpc.js';

/**
 * Starts the work thread (`work-thread.ts`: heavy jobs and WAL checkpoints) and gives jobs to it.
 * A thread that dies fails the jobs in flight (the caller sees an error and may try again) and is
 * started again, so the log cannot grow without bound; whoever holds a port to it (the bot thread)
 * is told through `onRestart`. `close` waits for a last full checkpoint.
 */

/** What the work thread starts with. */
export interface WorkThreadData {
  config: Config;
  checkpointIntervalMs: number;
}

export interface WorkThread {
  jobs: JobRunner;
  /** A new port to the current work thread (for the bot thread). */
  port(): MessagePort;
  /** Called after the work thread was started again (ports to the old one are dead). */
  onRestart(listener: () => void): void;
  close(): Promise<void>;
}

const WORK_THREAD = new URL('./work-thread.ts', import.meta.url);
const RESTART_DELAY_MS = 1000;

export async function startWorkThread(config: Config, log: Logger, checkpointIntervalMs = 1000): Promise<WorkThread> {
  let worker: Worker;
  let closing = false;
  const listeners: (() => void)[] = [];

  const portFor = (target: Worker): MessagePort => {
    const channel = new MessageChannel();
    target.postMessage({ type: 'connect', port: channel.port2 }, [channel.port2]);
    return channel.port1;
  };

  const spawn = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const thread = startThread(WORK_THREAD, { config, checkpointIntervalMs } satisfies WorkThreadData);
      thread.on('message', (message: { type?: string }) => {
        if (message.type === 'ready') resolve(thread);
      });
      thread.on('error', (error) => log.error({ err: error }, 'work thread crashed'));
      thread.on('exit', (code) => {
        reject(new Error(`work thread exited with code ${code} before it was ready`));
        if (thread !== worker || closing) return;
        client.failAll('the work thread stopped');
        log.error({ delayMs: RESTART_DELAY_MS }, 'work thread stopped; starting a new one');
        setTimeout(() => {
          spawn().then(
            (next) => {
              worker = next;
              client.attach(next);
              for (const listener of listeners) listener();
            },
            (error: unknown) => log.error({ err: error }, 'work thread restart failed'),
          );
        }, RESTART_DELAY_MS).unref();
      });
    });

  worker = await spawn();
  const client = createJobClient(worker);
  return {
    jobs: client.run,
    port: () => portFor(worker),
    onRestart(listener) {
      listeners.push(listener);
    },
    async close() {
      closing = true;
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage({ type: 'close' });
      await exited;
    },
  };
}
