import type { Worker } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { startThread } from '../threads.js';
import type { SourceText } from '../feature.js';
import type { ConversationRef, IncomingMessage } from '../platform.js';
import type { PrivateChatResolver } from '../turn.js';
import type { Pipeline, TurnResult } from './pipeline.js';
import type { BotThreadData, FromBotThread, ToBotThread } from './thread-protocol.js';
import type { WorkThread } from './work.js';

/**
 * The pipeline run in a bot thread (`bot-thread.ts`): each message is posted there, claimed in
 * the inbox and answered on the thread's own database connection, while this thread keeps
 * receiving, verifying and acknowledging platform events. `sink` resolves when the thread has
 * claimed the message, so adapters acknowledge only what can no longer be lost.
 *
 * If the thread dies, requests in flight fail (an unacknowledged event is delivered again by
 * its platform), a new thread starts after a pause, and messages it had claimed but not
 * finished are replayed from the inbox.
 */

export interface ThreadPipelineOptions {
  config: Config;
  log: Logger;
  privateChat: PrivateChatResolver;
  /** Told after each turn's replies were committed (or rows were queued), so the senders can drain right away. */
  onCommitted: () => void;
  /** Where the bot thread sends heavy jobs. */
  work: WorkThread;
  coordinatorChats: ConversationRef[];
  /** The long-running service: schedulers run (in the bot thread). */
  service?: boolean;
  /** First pause before restarting a dead thread; doubles up to 30 s. */
  restartDelayMs?: number;
}

/** Whether the bot core can take messages now (for /readyz). */
export interface CoreStatus {
  /** True when the core runs in its own thread (BOT_THREAD). */
  thread: boolean;
  running: boolean;
  /** Threads started again after one died, since the service started. */
  restarts: number;
}

export interface ThreadPipeline extends Pipeline {
  status(): CoreStatus;
  /** Runs the features' `onIngest` in the bot thread (the knowledge was re-indexed on the work thread). */
  ingested(sources: SourceText[]): Promise<void>;
  /** Waits for turns in flight, closes the thread's database and stops the thread. */
  close(): Promise<void>;
}

const MAX_RESTART_DELAY_MS = 30_000;
const BOT_THREAD = new URL('./bot-thread.ts', import.meta.url);

interface Waiting {
  claimed?(): void;
  done(result: Extract<FromBotThread, { type: 'turn' | 'result' }>): void;
  fail(error: Error): void;
}

/** The platform's original event stays here: the bot core never reads it, and copying it to the thread costs. */
const withoutRaw = ({ raw: _raw, ...message }: IncomingMessage): IncomingMessage => message;

type Request = ToBotThread extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;

export async function startThreadPipeline(options: ThreadPipelineOptions): Promise<ThreadPipeline> {
  const { config, log } = options;
  const firstDelay = options.restartDelayMs ?? 1000;
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  let worker: Worker;
  let ready: Promise<void>;
  let closing = false;
  let running = false;
  /** Consecutive failed starts, for the backoff; `restartsTotal` counts every restart. */
  let restarts = 0;
  let restartsTotal = 0;

  function onMessage(message: FromBotThread): void {
    switch (message.type) {
      case 'claimed':
        waiting.get(message.id)?.claimed?.();
        return;
      case 'turn':
        options.onCommitted();
        waiting.get(message.id)?.done(message);
        waiting.delete(message.id);
        return;
      case 'queued':
        options.onCommitted();
        return;
      case 'result':
        waiting.get(message.id)?.done(message);
        waiting.delete(message.id);
        return;
      case 'error':
        waiting.get(message.id)?.fail(new Error(`bot thread: ${message.error}`));
        waiting.delete(message.id);
        return;
      case 'privateChat':
        options.privateChat(message.platform, message.userId).then(
          (ref) => worker.postMessage({ type: 'privateChat', id: message.id, ref } satisfies ToBotThread),
          (error: unknown) => worker.postMessage({ type: 'privateChat', id: message.id, error: String(error) } satisfies ToBotThread),
        );
        return;
      default:
        return;
    }
  }

  function spawn(): Promise<void> {
    const work = options.work.port();
    const thread = startThread(BOT_THREAD, { config, coordinatorChats: options.coordinatorChats, service: options.service ?? false, work } satisfies BotThreadData, [work]);
    worker = thread;
    return new Promise((resolve, reject) => {
      thread.on('message', (message: FromBotThread) => {
        if (message.type === 'ready') {
          restarts = 0;
          running = true;
          resolve();
        } else if (message.type === 'failed-to-start') {
          reject(new Error(`bot thread failed to start: ${message.error}`));
        } else {
          onMessage(message);
        }
      });
      thread.on('error', (error) => log.error({ err: error }, 'bot thread crashed'));
      thread.on('exit', (code) => {
        reject(new Error(`bot thread exited with code ${code} before it was ready`));
        if (thread !== worker) return;
        running = false;
        const lost = [...waiting.values()];
        waiting.clear();
        for (const entry of lost) entry.fail(new Error('the bot thread stopped'));
        if (!closing) restart();
      });
    });
  }

  function restart(): void {
    const delay = Math.min(MAX_RESTART_DELAY_MS, firstDelay * 2 ** restarts++);
    restartsTotal += 1;
    log.error({ delayMs: delay }, 'bot thread stopped; starting a new one');
    ready = new Promise<void>((resolve) => setTimeout(resolve, delay))
      .then(spawn)
      .then(async () => {
        const resumed = await send({ type: 'resume' });
        if (resumed.type === 'result' && resumed.value) log.warn({ resumed: resumed.value }, 'replayed messages the dead bot thread had not finished');
      });
    // Requests wait on `ready`; a failed restart is retried by the next exit, and logged here.
    ready.catch((error: unknown) => log.error({ err: error }, 'bot thread restart failed'));
  }

  /** Posts a request to the current thread; resolves with its answer. */
  function send(request: Request, claimed?: () => void): Promise<Extract<FromBotThread, { type: 'turn' | 'result' }>> {
    const id = ++nextId;
    return new Promise((resolve, reject) => {
      waiting.set(id, { claimed, done: resolve, fail: reject });
      worker.postMessage({ ...request, id } as ToBotThread);
    });
  }

  /** Like `send`, once the thread is up (after a restart, once it has replayed what it had claimed). */
  async function call(request: Request, claimed?: () => void): Promise<Extract<FromBotThread, { type: 'turn' | 'result' }>> {
    await ready;
    return send(request, claimed);
  }

  options.work.onRestart(() => {
    const port = options.work.port();
    worker.postMessage({ type: 'work', port } satisfies ToBotThread, [port]);
  });
  ready = spawn();
  try {
    await ready;
  } catch (error) {
    // A thread that cannot start at boot stops the service's start (the thread has ended by
    // itself); no restarts behind the caller's back.
    closing = true;
    throw error;
  }

  const claim = (message: IncomingMessage): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      // The turn's own outcome is the thread's business (logged there); only the claim is awaited.
      call({ type: 'message', message: withoutRaw(message), want: 'claim' }, resolve).then(
        () => resolve(),
        (error: unknown) => reject(error),
      );
    });

  return {
    status: () => ({ thread: true, running, restarts: restartsTotal }),
    sink: {
      processMessage: claim,
      processAction: claim,
      async processEvent(event) {
        await call({ type: 'event', event });
      },
    },
    async handle(message): Promise<TurnResult | undefined> {
      const answer = await call({ type: 'message', message: withoutRaw(message), want: 'turn' });
      return answer.type === 'turn' && !answer.duplicate ? { committed: answer.committed ?? [] } : undefined;
    },
    async resumeUnfinished() {
      const answer = await call({ type: 'resume' });
      return answer.type === 'result' ? (answer.value ?? 0) : 0;
    },
    async idle() {
      await call({ type: 'idle' });
    },
    async ingested(sources) {
      await call({ type: 'ingested', sources });
    },
    async close() {
      closing = true;
      await call({ type: 'close' });
      await worker.terminate();
    },
  };
}
