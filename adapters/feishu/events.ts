import { z } from 'zod';
import type { Clock } from '../../src/clock.js';
import type { Logger } from '../../src/log.js';
import type { CoreSink, IncomingMessage } from '../../src/platform.js';
import { botAddedChat, convertCardAction, convertMessageEvent, messageEventSchema, type FeishuBotIdentity } from './normalize.js';

/**
 * What happens to an event both transports delivered (the SDK's `EventDispatcher` flattens
 * header and body into one object): drop it when too old, normalize it, and hand it to the
 * sink. A handler resolves once the sink has claimed the message in the inbox, not when the
 * turn is done, so the acknowledgement goes out only after the event can no longer be lost,
 * and still at once.
 *
 * Duplicates (redelivery after a slow ack, replay on reconnect, a restart) are dropped in
 * SQLite by keys derived 1:1 from the event: a message event by its message_id (the core
 * inbox, claimed synchronously at the sink's start), a card press by `card:<event_id>` (the
 * same inbox), a group introduction by its event_id (the core keys the introduction by it).
 * A separate event_id table would only repeat those writes.
 */

export interface FeishuEventsOptions {
  clock: Clock;
  log: Logger;
  maxAgeMs: number;
  /** The configured bot name (BOT_NAME), used as a mention prefix. */
  botName: string;
  identity(): FeishuBotIdentity | undefined;
  sink(): CoreSink | undefined;
}

const headerSchema = z.object({
  event_id: z.string().min(1).optional(),
  event_type: z.string().optional(),
  create_time: z.union([z.string(), z.number()]).optional(),
});

export type FeishuEventHandler = (data: unknown) => Promise<undefined>;

export function createFeishuEventHandlers(options: FeishuEventsOptions): Record<string, FeishuEventHandler> {
  const { clock, log } = options;

  /** The event's id when it is fresh enough to act on. */
  function admit(data: unknown): { eventId: string } | undefined {
    const header = headerSchema.safeParse(data);
    if (!header.success) return undefined;
    const { event_id: eventId, event_type: type = 'unknown', create_time: created } = header.data;
    const createdMs = Number(created);
    if (created !== undefined && Number.isFinite(createdMs) && clock().getTime() - createdMs > options.maxAgeMs) {
      log.info({ eventId, type, ageMs: clock().getTime() - createdMs }, 'feishu event too old, dropped');
      return undefined;
    }
    if (!eventId) {
      log.warn({ type }, 'feishu event without event_id ignored');
      return undefined;
    }
    return { eventId };
  }

  /** Rejects when the message could not be claimed, so the event is not acknowledged and Feishu delivers it again. */
  async function deliver(input: (sink: CoreSink) => Promise<void>, id: string): Promise<void> {
    const sink = options.sink();
    if (!sink) throw new Error('feishu event before the adapter started');
    try {
      await input(sink);
    } catch (error) {
      log.error({ err: error, id }, 'feishu event not accepted; Feishu will deliver it again');
      throw error;
    }
  }
  const deliverMessage = (message: IncomingMessage): Promise<void> =>
    deliver((sink) => (message.action ? sink.processAction(message) : sink.processMessage(message)), message.messageId);

  function identity(): FeishuBotIdentity {
    const known = options.identity();
    // Without the bot's open_id no mention can be recognised; the configured name still works.
    return { openId: known?.openId ?? '', names: [...new Set([...(known?.names ?? []), options.botName])] };
  }

  return {
    'im.message.receive_v1': async (data) => {
      const event = messageEventSchema.safeParse(data);
      if (!event.success) {
        log.warn({ issues: event.error.issues.length }, 'malformed feishu message event ignored');
        return undefined;
      }
      if (!admit(data)) return undefined;
      const message = await convertMessageEvent(event.data, identity(), clock());
      if (message) await deliverMessage(message);
      return undefined;
    },
    'card.action.trigger': async (data) => {
      const admitted = admit(data);
      if (!admitted) return undefined;
      const message = convertCardAction(data, admitted.eventId, clock());
      if (message) await deliverMessage(message);
      else log.info({ eventId: admitted.eventId }, 'card action without a gi-bot value ignored');
      return undefined;
    },
    'im.chat.member.bot.added_v1': async (data) => {
      const chatId = botAddedChat(data);
      const admitted = chatId ? admit(data) : undefined;
      if (!chatId || !admitted) return undefined;
      await deliver((sink) => sink.processEvent({ kind: 'bot-added', ref: { platform: 'feishu', chatId }, eventId: admitted.eventId }), admitted.eventId);
      return undefined;
    },
  };
}
