import { z } from 'zod';
import type { Clock } from '../../src/clock.js';
import type { Logger } from '../../src/log.js';
import type { CoreSink, IncomingMessage } from '../../src/platform.js';
import { decodeKey, type SentCard } from './card.js';
import { cardPress, convertCardPress, convertMessage, eventBodySchema, messageBodySchema, type EventBody } from './normalize.js';
import type { ReplyTarget, ReplyTargets } from './targets.js';

/**
 * What happens to a callback either transport received: validate it (zod), remember the
 * callback so the reply can answer on it, normalize it and hand it to the sink. A message is
 * deduplicated by its `msgid` in the SQLite inbox (the sink claims it before resolving), so a
 * redelivery or a replay after a reconnect is answered once. A welcome is a `chat-entered` event
 * for the core, keyed by the callback's msgid, so a repeated `enter_chat` is greeted once.
 */

export interface WecomBotInboundOptions {
  clock: Clock;
  log: Logger;
  botName: string;
  targets: ReplyTargets;
  sink(): CoreSink | undefined;
  /** Cards sent with buttons, by task id (for the update after a press). */
  cards: Map<string, SentCard>;
  /** Have the core greet on `enter_chat` (long connection); callback mode answers it in the HTTP response instead. */
  queueWelcome: boolean;
}

export interface WecomBotInbound {
  /** A message callback; resolves once the message is claimed (rejects when it could not be). */
  message(raw: unknown, target: Omit<ReplyTarget, 'kind' | 'at'>): Promise<void>;
  /** An event callback; returns the card to show after a press, when the press was on a card of ours. */
  event(raw: unknown, target: Omit<ReplyTarget, 'kind' | 'at'>): Promise<{ pressed?: { card: SentCard; key: string; taskId: string } }>;
}

const HANDLED_EVENTS = new Set(['enter_chat', 'template_card_event']);
const eventTypeSchema = z.object({ event: z.object({ eventtype: z.string() }).loose() }).loose();

export const welcomeKey = (msgid: string): string => `welcome:${msgid}`;

export function createWecomBotInbound(options: WecomBotInboundOptions): WecomBotInbound {
  const { clock, log, targets } = options;

  async function deliver(input: (sink: CoreSink) => Promise<void>, id: string): Promise<void> {
    const sink = options.sink();
    if (!sink) throw new Error('wecom callback before the adapter started');
    try {
      await input(sink);
    } catch (error) {
      log.error({ err: error, msgId: id }, 'wecom callback not accepted');
      throw error;
    }
  }

  async function welcome(body: EventBody, target: Omit<ReplyTarget, 'kind' | 'at'>): Promise<void> {
    const id = welcomeKey(body.msgid);
    targets.remember(id, { ...target, kind: 'enter_chat', at: clock().getTime() });
    const ref = { platform: 'wecom-bot' as const, chatId: body.from.userid, userId: body.from.userid, replyToMessageId: id };
    await deliver((sink) => sink.processEvent({ kind: 'chat-entered', ref, eventId: body.msgid }), id);
  }

  return {
    async message(raw, target) {
      const body = messageBodySchema.safeParse(raw);
      if (!body.success) {
        log.warn({ issues: body.error.issues.length }, 'malformed wecom message callback ignored');
        return;
      }
      const message = convertMessage(body.data, options.botName, clock());
      targets.remember(message.messageId, { ...target, kind: 'message', at: clock().getTime() });
      await deliver((sink) => (message.action ? sink.processAction(message) : sink.processMessage(message)), message.messageId);
    },
    async event(raw, target) {
      const type = eventTypeSchema.safeParse(raw);
      // Feedback and connection events need nothing from the bot (the connection handles its own).
      if (!type.success || !HANDLED_EVENTS.has(type.data.event.eventtype)) return {};
      const body = eventBodySchema.safeParse(raw);
      if (!body.success) {
        log.warn({ issues: body.error.issues.length }, 'malformed wecom event callback ignored');
        return {};
      }
      if (body.data.event.eventtype === 'enter_chat') {
        if (options.queueWelcome) await welcome(body.data, target);
        return {};
      }
      const press = cardPress(body.data);
      const action = press ? decodeKey(press.key) : undefined;
      if (!press || !action) {
        log.info({ msgId: body.data.msgid }, 'card press without a gi-bot key ignored');
        return {};
      }
      const message = convertCardPress(body.data, action, clock());
      await deliver((sink) => sink.processAction(message), message.messageId);
      const card = options.cards.get(press.taskId);
      return card ? { pressed: { card, key: press.key, taskId: press.taskId } } : {};
    },
  };
}
