import { t } from '../../src/texts.js';
import type { Clock } from '../../src/clock.js';
import type { Logger } from '../../src/log.js';
import type { AdapterStatus, ChatAdapter, ConversationRef, CoreSink, WebhookRoute } from '../../src/platform.js';
import type { WecomBotAdapterConfig } from './config.js';
import { createWecomBotCallback, WECOM_BOT_CALLBACK_PATH } from './callback.js';
import type { SentCard } from './card.js';
import { createWecomBotInbound } from './inbound.js';
import { createWecomBotSender, type WecomBotChannel } from './send.js';
import { createReplyTargets } from './targets.js';
import { createWecomBotConnection, type WecomBotConnection } from './websocket.js';

export { wecomBotConfigFrom, type WecomBotAdapterConfig } from './config.js';

/**
 * The WeCom smart-robot adapter (企业微信智能机器人), on the official `@wecom/aibot-node-sdk`:
 * the long connection by default (`websocket.ts`), the encrypted callback URL as the fallback
 * (`callback.ts`). Both feed one inbound path (`inbound.ts`: zod, then the core's sink, which dedupes by msgid) and
 * one sender (`send.ts`: answer on the callback while it is open, push otherwise).
 * Sending goes through the core outbox, which retries; the adapter never retries itself.
 */

export interface WecomBotAdapterOptions extends WecomBotAdapterConfig {
  log: Logger;
  clock: Clock;
  /** Long connection: base of the reconnect backoff and the heartbeat period (tests shorten them). */
  reconnectBaseMs?: number;
  heartbeatMs?: number;
  /** How long `start` waits for the subscription before going on (the SDK keeps trying). */
  readyTimeoutMs?: number;
}

export interface WecomBotAdapter extends ChatAdapter {
  readonly platform: 'wecom-bot';
  privateChatOf(userId: string): Promise<ConversationRef>;
  status(): AdapterStatus;
  routes(): WebhookRoute[];
}

export function createWecomBotAdapter(options: WecomBotAdapterOptions): WecomBotAdapter {
  const { log, clock } = options;
  const targets = createReplyTargets(clock);
  const cards = new Map<string, SentCard>();
  let sink: CoreSink | undefined;
  let started = false;
  const inbound = createWecomBotInbound({
    clock,
    log,
    botName: options.botName,
    targets,
    cards,
    sink: () => sink,
    queueWelcome: options.mode === 'websocket',
  });

  let connection: WecomBotConnection | undefined;
  let routes: WebhookRoute[] = [];
  let channel: WecomBotChannel;
  if (options.mode === 'websocket') {
    connection = createWecomBotConnection({ ...options, inbound, cards });
    channel = connection.channel;
  } else {
    if (!options.token || !options.encodingAesKey) throw new Error('WECOM_BOT_TOKEN and WECOM_BOT_ENCODING_AES_KEY are needed in callback mode');
    const callback = createWecomBotCallback({
      token: options.token,
      encodingAesKey: options.encodingAesKey,
      botName: options.botName,
      clock,
      log,
      inbound,
      isReady: () => started,
    });
    routes = callback.routes;
    channel = callback.channel;
  }
  const send = createWecomBotSender({ channel, targets, clock, log, consoleUrl: options.consoleUrl });

  return {
    platform: 'wecom-bot',
    async start(next) {
      sink = next;
      started = true;
      await connection?.open(options.readyTimeoutMs ?? 15_000);
      log.info({ mode: options.mode }, 'wecom robot adapter started');
    },
    async stop() {
      started = false;
      sink = undefined;
      connection?.close();
    },
    send,
    async privateChatOf(userId) {
      // A single chat is addressed by the user's id (aibot_send_msg chatid).
      return { platform: 'wecom-bot', chatId: userId, userId };
    },
    status() {
      if (!connection) return { platform: 'wecom-bot', connected: started, detail: t('wecom_bot.status.callback', { path: WECOM_BOT_CALLBACK_PATH }) };
      const { state, attempt } = connection.state();
      return { platform: 'wecom-bot', connected: state === 'connected', detail: t(`wecom_bot.status.${state}`, { attempt }) };
    },
    routes: () => routes,
  };
}

