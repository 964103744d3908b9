import { z } from 'zod';
import { t } from '../../src/bot/texts.js';
import type { Clock } from '../../src/clock.js';
import type { Logger } from '../../src/log.js';
import type { IncomingMessage, MessageSink } from '../../src/platform.js';
import type { Db } from '../../src/store/db.js';
import { enqueue } from '../../src/store/outbox.js';
import { decodeKey, type SentCard } from './card.js';
import { cardPress, convertCardPress, convertMessage, eventBodySchema, messageBodySchema, type EventBody } from './normalize.js';
import type { ReplyTarget, ReplyTargets } from './targets.js';

/**
 * What happens to a callback either transport received: validate it (zod), remember the
 * callback so the reply can answer on it, normalize it and hand it to the sink. A message is
 * deduplicated by its `msgid` in the SQLite inbox (the sink claims it before resolving), so a
 * redelivery or a replay after a reconnect is answered once. A welcome is queued in the outbox
 * under `wecom-bot:welcome:<msgid>`, whose unique key drops a repeated `enter_chat`.
 */

export interface WecomBotInboundOptions {
  db: Db;
  clock: Clock;
  log: Logger;
  botName: string;
  targets: ReplyTargets;
  sink(): MessageSink | undefined;
  /** Cards sent with buttons, by task id (for the update after a press). */
  cards: Map<string, SentCard>;
  /** Queue the welcome for `enter_chat` (long connection); callback mode answers it in the HTTP response instead. */
  queueWelcome: boolean;
  /** Told when the adapter queued an outbox row itself (the welcome). */
  onQueued?: () => void;
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

  async function deliver(message: IncomingMessage): Promise<void> {
    const sink = options.sink();
    if (!sink) throw new Error('wecom callback before the adapter started');
    try {
      await sink(message);
    } catch (error) {
      log.error({ err: error, msgId: message.messageId }, 'wecom message not accepted');
      throw error;
    }
  }

  function welcome(body: EventBody, target: Omit<ReplyTarget, 'kind' | 'at'>): void {
    const id = welcomeKey(body.msgid);
    targets.remember(id, { ...target, kind: 'enter_chat', at: clock().getTime() });
    const ref = { platform: 'wecom-bot' as const, chatId: body.from.userid, userId: body.from.userid, replyToMessageId: id };
    if (enqueue(options.db, `wecom-bot:${id}`, ref, { text: t('wecom_bot.welcome', { bot: options.botName }) }, clock())) options.onQueued?.();
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
      await deliver(message);
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
        if (options.queueWelcome) welcome(body.data, target);
        return {};
      }
      const press = cardPress(body.data);
      const action = press ? decodeKey(press.key) : undefined;
      if (!press || !action) {
        log.info({ msgId: body.data.msgid }, 'card press without a gi-bot key ignored');
        return {};
      }
      await deliver(convertCardPress(body.data, action, clock()));
      const card = options.cards.get(press.taskId);
      return card ? { pressed: { card, key: press.key, taskId: press.taskId } } : {};
    },
  };
}
