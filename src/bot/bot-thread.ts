import { parentPort, workerData } from 'node:worker_threads';
import { systemClock } from '../clock.js';
import { createLogger } from '../log.js';
import type { ConversationRef } from '../platform.js';
import { createQaFromConfig } from '../qa/from-config.js';
import { openDatabase } from '../store/db.js';
import { createGroupCommit } from '../store/group-commit.js';
import { createBotPipeline, createFeatures } from './core.js';
import type { Claimed } from './pipeline.js';
import type { BotThreadData, FromBotThread, ToBotThread } from './thread-protocol.js';

/**
 * The service's bot thread: the inbox, the turns and their commits run here, on a database
 * connection of their own, so the main thread only receives, verifies and acknowledges
 * platform events and sends replies. Started by `thread-pipeline.ts`.
 */

if (!parentPort) throw new Error('bot-thread.ts runs as a worker thread');
const port = parentPort;
const { config } = workerData as BotThreadData;
const post = (message: FromBotThread): void => port.postMessage(message);
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const log = createLogger(config.LOG_LEVEL, { thread: 'bot' });
/** Turns started per turn of the event loop (see `startSlice`). */
const TURNS_PER_SLICE = 4;

async function start(): Promise<void> {
  const clock = systemClock;
  const db = openDatabase(config.DATABASE_PATH);
  // Claims and turns arriving together share one commit; a failed commit loses the whole group,
  // so the thread stops and the main thread starts a new one, which replays what was claimed.
  const group = createGroupCommit(db, (error) => {
    log.fatal({ err: error }, 'group commit failed; stopping the bot thread');
    process.exit(1);
  });
  const qa = await createQaFromConfig(config, log);
  // Reminders are scheduled by the main thread; here the feature only answers chat commands.
  const features = createFeatures(config, { db, log, clock, onQueued: () => undefined, coordinatorChats: [] });

  let nextRequest = 0;
  const privateChats = new Map<number, { resolve(ref: ConversationRef): void; reject(error: Error): void }>();
  const pipeline = createBotPipeline(config, {
    db,
    log,
    clock,
    qa,
    features,
    // The adapters live in the main thread; it knows how to reach a user privately.
    privateChat: (platform, userId) =>
      new Promise((resolve, reject) => {
        const id = ++nextRequest;
        privateChats.set(id, { resolve, reject });
        post({ type: 'privateChat', id, platform, userId });
      }),
    onCommitted: () => undefined,
  });

  const answer = async (id: number, work: () => Promise<number | void>): Promise<void> => {
    try {
      const value = await work();
      post({ type: 'result', id, value: value ?? undefined });
    } catch (error) {
      log.error({ err: error }, 'bot thread request failed');
      post({ type: 'error', id, error: errorText(error) });
    }
  };

  /** Claimed messages whose turns have not started yet (waiting for the claims' commit, or queued). */
  let waitingToStart = 0;
  const queued: { request: Extract<ToBotThread, { type: 'message' }>; claimed: Claimed }[] = [];
  let slicing = false;

  /**
   * Starts queued turns a few at a time, one slice per turn of the event loop, so messages that
   * arrive meanwhile are claimed (and acknowledged) between slices instead of after every queued turn.
   */
  function startSlice(): void {
    for (const { request, claimed } of queued.splice(0, TURNS_PER_SLICE)) {
      waitingToStart -= 1;
      startTurn(request, claimed);
    }
    if (queued.length > 0) setImmediate(startSlice);
    else slicing = false;
  }

  function queueTurn(request: Extract<ToBotThread, { type: 'message' }>, claimed: Claimed): void {
    queued.push({ request, claimed });
    if (slicing) return;
    slicing = true;
    setImmediate(startSlice);
  }
  const nextTurnOfTheLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  /** Resolves when every message received so far was processed and its group committed. */
  async function settle(): Promise<void> {
    for (;;) {
      await pipeline.idle();
      if (waitingToStart === 0 && !group.open) return;
      await nextTurnOfTheLoop();
    }
  }

  function startTurn(request: Extract<ToBotThread, { type: 'message' }>, claimed: Claimed): void {
    try {
      group.begin();
    } catch (error) {
      // The turn then commits on its own, as usual.
      log.warn({ err: error }, 'no group commit for this turn');
    }
    pipeline.process(claimed).then(
      (ctx) => group.afterCommit(() => post({ type: 'turn', id: request.id, duplicate: false, committed: request.want === 'turn' ? ctx.committed : undefined })),
      (error: unknown) => post({ type: 'error', id: request.id, error: errorText(error) }),
    );
  }

  /**
   * Claims at once; once the claims made together are committed, tells the main thread (which
   * acknowledges the event) and only then queues the turns, so an acknowledgement waits for at
   * most one slice of other messages' turns. Turns and claims made together share a commit.
   */
  function receive(request: Extract<ToBotThread, { type: 'message' }>): void {
    let claimed: Claimed | undefined;
    try {
      group.begin();
      claimed = pipeline.claim(request.message);
    } catch (error) {
      log.error({ err: error, msgId: request.message.messageId }, 'message not claimed');
      post({ type: 'error', id: request.id, error: errorText(error) });
      return;
    }
    if (claimed) waitingToStart += 1;
    group.afterCommit(() => {
      if (request.want === 'claim') post({ type: 'claimed', id: request.id });
      if (claimed) queueTurn(request, claimed);
      else post({ type: 'turn', id: request.id, duplicate: true });
    });
  }

  port.on('message', (request: ToBotThread) => {
    switch (request.type) {
      case 'message':
        receive(request);
        return;
      case 'resume':
        void answer(request.id, () => pipeline.resumeUnfinished());
        return;
      case 'idle':
        void answer(request.id, settle);
        return;
      case 'reingest':
        void answer(request.id, async () => {
          await qa.ingest();
        });
        return;
      case 'privateChat': {
        const waiting = privateChats.get(request.id);
        privateChats.delete(request.id);
        if (request.ref) waiting?.resolve(request.ref);
        else waiting?.reject(new Error(request.error ?? 'no private chat'));
        return;
      }
      case 'close':
        void answer(request.id, async () => {
          await settle();
          db.close();
        }).then(() => port.close());
        return;
    }
  });
  post({ type: 'ready' });
}

start().catch((error: unknown) => {
  log.fatal({ err: error }, 'bot thread failed to start');
  post({ type: 'failed-to-start', error: errorText(error) });
});
