import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { CoreSink, IncomingMessage, PlatformEvent } from '../platform.js';
import type { Db } from '../store/db.js';
import { claimInbox, inboxKey, markInbox, unfinishedInbox } from '../store/inbox.js';
import { enqueue } from '../store/outbox.js';
import { TurnContext, type PrivateChatResolver, type QueuedReply } from '../turn.js';
import type { RoleResolver } from '../roles.js';
import { t } from '../texts.js';

export const MAX_TEXT_LENGTH = 5000;

export interface PipelineDeps {
  db: Db;
  clock: Clock;
  roles: RoleResolver;
  /** The core's "addressed to the bot" rule (`address.ts`); applied once, when the message is claimed. */
  address?: (message: IncomingMessage) => IncomingMessage;
  /** BOT_NAME, for the greetings (`greet`). */
  botName: string;
  /** The composed bot: reads `ctx.message`, queues replies, commits them. */
  bot: (ctx: TurnContext) => Promise<void>;
  privateChat: PrivateChatResolver;
  log: Logger;
  /** Told after replies were committed, so the senders can drain right away. */
  onCommitted?: () => void;
}

/** What a caller of `handle` gets back of a finished turn (a `TurnContext` is one). */
export interface TurnResult {
  committed: QueuedReply[];
}

export interface Pipeline {
  /** The adapters' handle: each input resolves once claimed in the inbox (or dropped as a duplicate); the turn runs after, in chat order. */
  sink: CoreSink;
  /** Like `sink`, but resolves with the finished turn (for the console and tests). Undefined for a duplicate. */
  handle(message: IncomingMessage): Promise<TurnResult | undefined>;
  /** Re-runs messages that were received but never finished (the process died mid-turn). */
  resumeUnfinished(): Promise<number>;
  /** Resolves when every accepted message has been processed. */
  idle(): Promise<void>;
}

/** A message claimed in the inbox, cleaned, with its inbox key. */
export interface Claimed {
  message: IncomingMessage;
  key: string;
}

/** The pipeline in this thread: `handle` returns the turn itself, and its two halves can be called apart. */
export interface LocalPipeline extends Pipeline {
  handle(message: IncomingMessage): Promise<TurnContext | undefined>;
  /** Records the message in the inbox; undefined when it was seen before. */
  claim(message: IncomingMessage): Claimed | undefined;
  /** Runs the turn of a claimed message after the chat's earlier turns. */
  process(claimed: Claimed): Promise<TurnContext>;
}

// Control characters other than tab/newline come from copy-paste accidents or hostile input.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROL, '').trim();
}

export function createPipeline(deps: PipelineDeps): LocalPipeline {
  const { db, clock, log } = deps;
  const chains = new Map<string, Promise<unknown>>();

  async function run(message: IncomingMessage, key: string): Promise<TurnContext> {
    const role = deps.roles(message.platform, message.senderId);
    const ctx = new TurnContext(message, role, db, clock, `reply:${key}`, deps.privateChat, (tx) => markInbox(tx, key, 'done'));
    const started = Date.now();
    try {
      if (message.text.length > MAX_TEXT_LENGTH && !message.action) {
        ctx.reply(t('core.too_long', { max: MAX_TEXT_LENGTH }));
      } else {
        await deps.bot(ctx);
      }
      // A step that ended with `ctx.close()` marked the message done in its own commit.
      if (!ctx.closed) ctx.close();
      log.info({ msgId: key, chat: message.chatId, replies: ctx.committed.length, ms: Date.now() - started }, 'message handled');
    } catch (error) {
      log.error({ msgId: key, err: error }, 'message failed');
      const wantsReply = !ctx.isGroup || message.mentionsBot;
      // After `close` the turn's outcome is committed and the message done; nothing is left to mark.
      if (!ctx.closed) {
        ctx.commit((tx) => {
          markInbox(tx, key, 'failed');
          if (wantsReply) ctx.reply(t('core.error'));
        });
      }
    }
    deps.onCommitted?.();
    return ctx;
  }

  function claim(raw: IncomingMessage): Claimed | undefined {
    const cleaned = { ...raw, text: cleanText(raw.text ?? '') };
    const message = deps.address ? deps.address(cleaned) : cleaned;
    const key = inboxKey(message);
    if (claimInbox(db, key, message)) return { message, key };
    log.info({ msgId: key }, 'duplicate message dropped');
    return undefined;
  }

  function process({ message, key }: Claimed): Promise<TurnContext> {
    const chat = `${message.platform}:${message.chatId}`;
    const previous = chains.get(chat) ?? Promise.resolve();
    const turn = previous.then(() => run(message, key));
    const tail = turn.catch(() => undefined);
    chains.set(chat, tail);
    void tail.then(() => {
      if (chains.get(chat) === tail) chains.delete(chat);
    });
    return turn;
  }

  function accept(raw: IncomingMessage): Promise<TurnContext | undefined> {
    const claimed = claim(raw);
    return claimed ? process(claimed) : Promise.resolve(undefined);
  }

  const processMessage = async (message: IncomingMessage): Promise<void> => {
    void accept(message);
  };
  return {
    sink: {
      processMessage,
      processAction: processMessage,
      async processEvent(event) {
        greet(db, event, clock(), deps.botName);
        deps.onCommitted?.();
      },
    },
    handle: accept,
    claim,
    process,
    async resumeUnfinished() {
      const unfinished = unfinishedInbox(db);
      await Promise.all(unfinished.map((message) => process({ message, key: inboxKey(message) })));
      return unfinished.length;
    },
    async idle() {
      while (chains.size > 0) await Promise.all([...chains.values()]);
    },
  };
}

const GREETINGS: Record<PlatformEvent['kind'], string> = { 'bot-added': 'core.group_intro', 'chat-entered': 'core.welcome' };

/**
 * A greeting (a group the bot was added to, a private chat opened), queued directly: it is not a
 * turn of anyone's conversation. Its outbox key comes from the event id, so a redelivered event
 * queues nothing.
 */
export function greet(db: Db, event: PlatformEvent, at: Date, botName: string): void {
  enqueue(db, `${event.ref.platform}:${event.kind}:${event.eventId}`, event.ref, { text: t(GREETINGS[event.kind], { bot: botName }) }, at);
}
