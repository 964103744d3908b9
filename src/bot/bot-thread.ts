import { parentPort, workerData } from 'node:worker_threads';
import { systemClock } from '../clock.js';
import { errorText } from '../errors.js';
import { createLogger } from '../log.js';
import type { ConversationRef } from '../platform.js';
import { openDatabase } from '../store/db.js';
import { createGroupCommit } from '../store/group-commit.js';
import { buildBotCore } from '../core.js';
import { createJobClient } from './jobs-rpc.js';
import { createThreadTurns } from './thread-turns.js';
import type { BotThreadData, FromBotThread, ToBotThread } from './thread-protocol.js';

/**
 * The service's bot thread: the inbox, the turns and their commits run here, on a database
 * connection of their own, so the main thread only receives, verifies and acknowledges
 * platform events and sends replies. Heavy jobs (the Q&A engine, exports) go to the work thread.
 * Built by the same `buildBotCore` as a core in the calling thread. Started by `thread-pipeline.ts`.
 */

if (!parentPort) throw new Error('bot-thread.ts runs as a worker thread');
const port = parentPort;
const { config, coordinatorChats, service, work } = workerData as BotThreadData;
const post = (message: FromBotThread): void => port.postMessage(message);

const log = createLogger(config.LOG_LEVEL, { thread: 'bot' });

async function start(): Promise<void> {
  // The work thread runs the checkpoints (src/store/checkpoint-loop.ts).
  const db = openDatabase(config.DATABASE_PATH, { backgroundCheckpoints: true });
  // Claims and turns arriving together share one commit; a failed commit loses the whole group,
  // so the thread stops and the main thread starts a new one, which replays what was claimed.
  const group = createGroupCommit(db, (error) => {
    log.fatal({ err: error }, 'group commit failed; stopping the bot thread');
    process.exit(1);
  });
  const jobs = createJobClient(work);

  let nextRequest = 0;
  const privateChats = new Map<number, { resolve(ref: ConversationRef): void; reject(error: Error): void }>();
  const core = await buildBotCore(config, {
    db,
    log,
    clock: systemClock,
    jobs: jobs.run,
    // Turns are reported one by one (`turn`); `queued` is for rows queued outside a turn (reminders).
    onCommitted: () => undefined,
    onQueued: () => post({ type: 'queued' }),
    coordinatorChats,
    service,
    // The adapters live in the main thread; it knows how to reach a user privately.
    privateChat: (platform, userId) =>
      new Promise((resolve, reject) => {
        const id = ++nextRequest;
        privateChats.set(id, { resolve, reject });
        post({ type: 'privateChat', id, platform, userId });
      }),
  });
  const { pipeline } = core;

  const answer = async (id: number, work: () => Promise<number | void>): Promise<void> => {
    try {
      const value = await work();
      post({ type: 'result', id, value: value ?? undefined });
    } catch (error) {
      log.error({ err: error }, 'bot thread request failed');
      post({ type: 'error', id, error: errorText(error) });
    }
  };

  const turns = createThreadTurns({ pipeline, group, post, log });

  port.on('message', (request: ToBotThread) => {
    switch (request.type) {
      case 'message':
        turns.receive(request);
        return;
      case 'event':
        void answer(request.id, () => pipeline.sink.processEvent(request.event));
        return;
      case 'resume':
        void answer(request.id, () => pipeline.resumeUnfinished());
        return;
      case 'idle':
        void answer(request.id, turns.settle);
        return;
      case 'ingested':
        void answer(request.id, () => core.ingested(request.sources));
        return;
      case 'work':
        jobs.attach(request.port);
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
          await core.stop();
          await turns.settle();
          db.close();
        }).then(() => {
          work.close();
          port.close();
        });
        return;
    }
  });
  post({ type: 'ready' });
}

start().catch((error: unknown) => {
  log.fatal({ err: error }, 'bot thread failed to start');
  post({ type: 'failed-to-start', error: errorText(error) });
});
