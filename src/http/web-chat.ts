import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { IncomingMessage, OutgoingMessage } from '../platform.js';
import type { WebChat } from './types.js';

/** The part of a finished turn the test chat reads (a `TurnContext` fits). */
export interface CommittedTurn {
  committed: { message: OutgoingMessage }[];
}

/**
 * The test chat's way into the bot core: each line becomes a private-chat `IncomingMessage`
 * on platform `web` (chat `p2p:<user>`, as the console adapter addresses private chats),
 * goes through `handle` (the pipeline: inbox, per-chat order, bot, outbox), and the texts of
 * the replies the turn committed come back. The outbox rows themselves are drained by the
 * `web` console adapter like any other platform's.
 */
export function createWebChat(handle: (message: IncomingMessage) => Promise<CommittedTurn | undefined>, clock: Clock): WebChat {
  return async (text, user, meta) => {
    const turn = await handle({
      platform: 'web',
      chatId: `p2p:${user.id}`,
      chatType: 'p2p',
      senderId: user.id,
      senderName: user.name,
      text,
      mentionsBot: false,
      // Carries the HTTP request id into the pipeline's logs (msgId web:<requestId>:…); the suffix
      // keeps it unique when a client repeats an x-request-id, which the inbox would drop as a duplicate.
      messageId: `${meta.requestId}:${randomUUID().slice(0, 8)}`,
      receivedAt: clock(),
    });
    return turn ? turn.committed.map((reply) => reply.message.text) : [];
  };
}
