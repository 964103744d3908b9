import type { Logger } from '../log.js';
import type { GroupCommit } from '../store/group-commit.js';
import type { Claimed, LocalPipeline } from './pipeline.js';
import { errorText } from '../errors.js';
import type { FromBotThread, ToBotThread } from './thread-protocol.js';

/**
 * How the bot thread takes messages: claims at once (in the open group commit), tells the main
 * thread once the claims are committed, and starts the turns a few at a time, one slice per
 * turn of the event loop, so messages that arrive meanwhile are claimed (and acknowledged)
 * between slices instead of after every queued turn.
 */

/** Turns started per turn of the event loop. */
const TURNS_PER_SLICE = 4;

type MessageRequest = Extract<ToBotThread, { type: 'message' }>;

export interface ThreadTurnsDeps {
  pipeline: LocalPipeline;
  group: GroupCommit;
  post(message: FromBotThread): void;
  log: Logger;
}

export interface ThreadTurns {
  receive(request: MessageRequest): void;
  /** Resolves when every message received so far was processed and its group committed. */
  settle(): Promise<void>;
}

const nextTurnOfTheLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function createThreadTurns({ pipeline, group, post, log }: ThreadTurnsDeps): ThreadTurns {
  /** Claimed messages whose turns have not started yet (waiting for the claims' commit, or queued). */
  let waitingToStart = 0;
  const queued: { request: MessageRequest; claimed: Claimed }[] = [];
  let slicing = false;

  function startSlice(): void {
    for (const { request, claimed } of queued.splice(0, TURNS_PER_SLICE)) {
      waitingToStart -= 1;
      startTurn(request, claimed);
    }
    if (queued.length > 0) setImmediate(startSlice);
    else slicing = false;
  }

  function queueTurn(request: MessageRequest, claimed: Claimed): void {
    queued.push({ request, claimed });
    if (slicing) return;
    slicing = true;
    setImmediate(startSlice);
  }

  /** Resolves when every message received so far was processed and its group committed. */
  async function settle(): Promise<void> {
    for (;;) {
      await pipeline.idle();
      if (waitingToStart === 0 && !group.open) return;
      await nextTurnOfTheLoop();
    }
  }

  function startTurn(request: MessageRequest, claimed: Claimed): void {
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
  function receive(request: MessageRequest): void {
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

  return { receive, settle };
}
