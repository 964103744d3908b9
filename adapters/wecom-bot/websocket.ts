import { WSClient, type WsFrameHeaders } from '@wecom/aibot-node-sdk';
import { t } from '../../src/texts.js';
import type { Logger } from '../../src/log.js';
import type { OutgoingMessage } from '../../src/platform.js';
import { buttonCard, markdownOf, newTaskId, pressedCard, streamIdOf, type SentCard } from './card.js';
import type { WecomBotInbound } from './inbound.js';
import type { WecomBotChannel } from './send.js';
import { QUICK_RESPONSE_MS, type ReplyTarget } from './targets.js';

/**
 * The long connection, on the SDK's `WSClient`: it subscribes with bot id and secret, keeps
 * the heartbeat, reconnects with exponential backoff, and stops when WeCom says another
 * connection of the same robot took over (`disconnected_event`: only one is live per robot).
 * Callbacks are not acknowledged on this channel; a message is safe once the inbox has it.
 */

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'replaced' | 'auth_failed' | 'gave_up' | 'stopped';

export interface WecomBotConnectionOptions {
  botId: string;
  secret: string;
  wsUrl: string;
  log: Logger;
  inbound: WecomBotInbound;
  cards: Map<string, SentCard>;
  /** Base of the reconnect backoff (tests shorten it). */
  reconnectBaseMs?: number;
  heartbeatMs?: number;
}

export interface WecomBotConnection {
  channel: WecomBotChannel;
  /** Connects; resolves once subscribed, refused, or after `readyTimeoutMs` (the SDK keeps trying). */
  open(readyTimeoutMs: number): Promise<void>;
  close(): void;
  state(): { state: ConnectionState; attempt: number };
}

const MAX_SENT_CARDS = 2_000;

function sdkLogger(log: Logger): { debug: (m: string) => void; info: (m: string) => void; warn: (m: string, ...a: unknown[]) => void; error: (m: string, ...a: unknown[]) => void } {
  const child = log.child({ component: 'wecom-aibot-sdk' });
  const text = (message: string, args: unknown[]): string => [message, ...args.map((a) => (a instanceof Error ? a.message : String(a)))].join(' ');
  // The SDK logs message bodies at debug: keep them out of normal logs.
  return { debug: (m) => child.trace(m), info: (m) => child.debug(m), warn: (m, ...a) => child.warn(text(m, a)), error: (m, ...a) => child.warn(text(m, a)) };
}

export function createWecomBotConnection(options: WecomBotConnectionOptions): WecomBotConnection {
  const { log, inbound, cards } = options;
  let state: ConnectionState = 'stopped';
  let attempt = 0;
  const client = new WSClient({
    botId: options.botId,
    secret: options.secret,
    wsUrl: options.wsUrl,
    logger: sdkLogger(log),
    maxReconnectAttempts: -1,
    maxAuthFailureAttempts: 3,
    reconnectInterval: options.reconnectBaseMs ?? 1000,
    heartbeatInterval: options.heartbeatMs ?? 30_000,
  });

  // Sends waiting for a reconnect in progress; once one wait ran out, the rest of the outage fails at once.
  const waiting = new Set<() => void>();
  let waitedInVain = false;
  client.on('authenticated', () => {
    state = 'connected';
    attempt = 0;
    waitedInVain = false;
    for (const wake of [...waiting]) wake();
    log.info('wecom robot long connection subscribed');
  });
  client.on('reconnecting', (n) => {
    if (state !== 'stopped') state = 'reconnecting';
    attempt = n;
  });
  client.on('disconnected', (reason) => {
    if (state === 'connected') state = 'reconnecting';
    log.warn({ reason }, 'wecom robot long connection closed');
  });
  client.on('error', (error) => {
    const code = (error as { code?: string }).code;
    if (code === 'WS_AUTH_FAILURE_EXHAUSTED') state = 'auth_failed';
    else if (code === 'WS_RECONNECT_EXHAUSTED') state = 'gave_up';
    log.warn({ err: error.message }, 'wecom robot long connection error');
  });
  client.on('event.disconnected_event', () => {
    state = 'replaced';
    log.error('another connection of this WeCom robot took over (one live connection per robot); stop the other one and restart this service');
  });

  client.on('message', (frame) => {
    // A message the inbox could not take is logged there; this channel has no way to ask WeCom to deliver it again.
    inbound.message(frame.body, { frame: { headers: { req_id: frame.headers.req_id } } }).catch(() => undefined);
  });
  client.on('event', (frame) => {
    const startedAt = Date.now();
    inbound
      .event(frame.body, { frame: { headers: { req_id: frame.headers.req_id } } })
      .then(({ pressed }) => {
        if (!pressed || Date.now() - startedAt > QUICK_RESPONSE_MS) return;
        const card = pressedCard(pressed.card, pressed.key, pressed.taskId, (choice) => t('wecom_bot.card_pressed', { choice }));
        return client.updateTemplateCard(frame, card as never).then(() => undefined);
      })
      .catch((error: unknown) => log.warn({ err: error }, 'wecom event not handled'));
  });

  function rememberCard(card: SentCard, taskId: string): void {
    if (cards.size >= MAX_SENT_CARDS) cards.delete(cards.keys().next().value as string);
    cards.set(taskId, card);
  }

  /** A stream finished in one frame (no stream stays open), with the buttons as a card when there are any. */
  function replyBody(messageId: string, message: OutgoingMessage): Record<string, unknown> {
    const stream = { id: streamIdOf(messageId), finish: true, content: markdownOf(message) };
    const taskId = newTaskId();
    const card = buttonCard(message, taskId, false);
    if (!card) return { msgtype: 'stream', stream };
    rememberCard({ title: String((card.main_title as { title: string }).title), buttons: message.card?.buttons ?? [] }, taskId);
    return { msgtype: 'stream_with_template_card', stream, template_card: card };
  }

  function pushBody(message: OutgoingMessage): Record<string, unknown> {
    const taskId = newTaskId();
    const card = buttonCard(message, taskId, true);
    if (!card) return { msgtype: 'markdown', markdown: { content: markdownOf(message) } };
    rememberCard({ title: String((card.main_title as { title: string }).title), buttons: message.card?.buttons ?? [] }, taskId);
    return { msgtype: 'template_card', template_card: card };
  }

  const ready = (): boolean => state === 'connected' && client.isConnected;
  const channel: WecomBotChannel = {
    ready,
    whenReady(waitMs) {
      if (ready()) return Promise.resolve(true);
      if (waitedInVain || (state !== 'reconnecting' && state !== 'connecting')) return Promise.resolve(false);
      return new Promise((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          waiting.delete(wake);
          waitedInVain = !ready();
          resolve(ready());
        };
        const timer = setTimeout(wake, waitMs);
        waiting.add(wake);
      });
    },
    async reply(target: ReplyTarget, messageId, message) {
      const frame = target.frame as WsFrameHeaders;
      if (target.kind === 'enter_chat') {
        await client.replyWelcome(frame, { msgtype: 'text', text: { content: message.text } });
        return;
      }
      await client.reply(frame, replyBody(messageId, message) as never);
    },
    async push(chatId, message) {
      await client.sendMessage(chatId, pushBody(message) as never);
    },
  };

  return {
    channel,
    open(readyTimeoutMs) {
      state = 'connecting';
      return new Promise((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          client.off('authenticated', done);
          client.off('error', failed);
          resolve();
        };
        const failed = (): void => {
          if (state === 'auth_failed' || state === 'gave_up') done();
        };
        const timer = setTimeout(() => {
          log.warn('wecom robot long connection not subscribed yet; the SDK keeps trying');
          done();
        }, readyTimeoutMs);
        client.on('authenticated', done);
        client.on('error', failed);
        client.connect();
      });
    },
    close() {
      if (state !== 'stopped') client.disconnect();
      state = 'stopped';
      for (const wake of [...waiting]) wake();
    },
    state: () => ({ state, attempt }),
  };
}
