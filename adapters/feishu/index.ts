import { Client, DefaultCache, EventDispatcher, WSClient } from '@larksuiteoapi/node-sdk';
import type { Clock } from '../../src/clock.js';
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import type { AdapterStatus, ChatAdapter, ConversationRef, CoreSink, OutgoingMessage, SendOptions, WebhookRoute } from '../../src/platform.js';
import type { FeishuAdapterConfig } from './config.js';
import { mapFeishuError } from './errors.js';
import { createFeishuEventHandlers } from './events.js';
import type { FeishuBotIdentity } from './normalize.js';
import { SDK_LOGGER_LEVEL, sdkLogger } from './sdk.js';

export { feishuConfigFrom, type FeishuAdapterConfig } from './config.js';
import { createFeishuSender } from './send.js';
import { createFeishuWebhookRoute } from './webhook.js';

/**
 * The Feishu/Lark adapter, on the SDK's building blocks: `Client` for the OpenAPI (tenant
 * token fetched and refreshed by the SDK), `WSClient` for the long connection, one
 * `EventDispatcher` fed by both transports, and the channel normalizer for message content.
 * What the SDK lacks is added here: webhook verification (`webhook.ts`), duplicate and age
 * handling that survives restarts (`events.ts`, through the core's sink), and coded send errors
 * (`errors.ts`).
 * Sending goes through the core outbox, which retries; the adapter never retries itself.
 */

export const FEISHU_EVENTS_PATH = '/feishu/events';
const WS_READY_TIMEOUT_MS = 15_000;
const IDENTITY_RETRY_BASE_MS = 1000;
const IDENTITY_RETRY_MAX_MS = 60_000;

export interface FeishuAdapterOptions extends FeishuAdapterConfig {
  log: Logger;
  clock: Clock;
}

export interface FeishuAdapter extends ChatAdapter {
  readonly platform: 'feishu';
  send(ref: ConversationRef, message: OutgoingMessage, options?: SendOptions): Promise<{ messageId?: string }>;
  privateChatOf(userId: string): Promise<ConversationRef>;
  status(): AdapterStatus;
  routes(): WebhookRoute[];
  /** Replaces the content of a card the bot sent (e.g. after a button press). */
  updateCard(messageId: string, message: OutgoingMessage): Promise<void>;
}

const APP_ID_PATTERN = /^cli_[0-9a-fA-F]{16}$/;

export function createFeishuAdapter(options: FeishuAdapterOptions): FeishuAdapter {
  const { log, clock } = options;
  const logger = sdkLogger(log);
  const client = new Client({
    appId: options.appId,
    appSecret: options.appSecret,
    domain: options.domain,
    cache: new DefaultCache(),
    logger,
    loggerLevel: SDK_LOGGER_LEVEL,
  });
  const sender = createFeishuSender(client);
  let sink: CoreSink | undefined;
  let identity: FeishuBotIdentity | undefined;
  let wsClient: WSClient | undefined;
  let started = false;
  let retryTimer: NodeJS.Timeout | undefined;

  const dispatcher = new EventDispatcher({ logger, loggerLevel: SDK_LOGGER_LEVEL }).register(
    createFeishuEventHandlers({
      clock,
      log,
      maxAgeMs: options.eventMaxAgeSeconds * 1000,
      botName: options.botName,
      identity: () => identity,
      sink: () => sink,
    }),
  );

  const webhookRoute = createFeishuWebhookRoute({
    path: FEISHU_EVENTS_PATH,
    encryptKey: options.encryptKey,
    verificationToken: options.verificationToken,
    clock,
    log,
    // Until the adapter knows who it is, Feishu is asked to deliver again later (503).
    isReady: () => started,
    // Verified above; the dispatcher's own checks would only repeat them.
    onEvent: (payload) => dispatcher.invoke(payload, { needCheck: false }),
  });

  async function fetchIdentity(): Promise<FeishuBotIdentity> {
    let answer: { code?: number; msg?: string; bot?: { open_id?: string; app_name?: string } };
    try {
      answer = await client.request({ url: '/open-apis/bot/v3/info', method: 'GET' });
    } catch (error) {
      const coded = mapFeishuError(error, 'read bot identity (/open-apis/bot/v3/info)');
      if (coded.code !== 'auth') throw coded;
      throw new PlatformError('auth', `${coded.message}; check FEISHU_APP_ID and FEISHU_APP_SECRET (开发者后台 → 凭证与基础信息)`, undefined, { cause: error });
    }
    if (!answer?.bot?.open_id) {
      throw new PlatformError('auth', `read bot identity: Feishu code ${answer?.code ?? '?'} ${answer?.msg ?? ''}; enable the bot capability (应用能力 → 机器人) and check FEISHU_APP_ID / FEISHU_APP_SECRET`);
    }
    return { openId: answer.bot.open_id, names: answer.bot.app_name ? [answer.bot.app_name] : [] };
  }

  function connectWebSocket(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        log.warn('feishu long connection not ready yet; the SDK keeps retrying');
        resolve();
      }, WS_READY_TIMEOUT_MS);
      wsClient = new WSClient({
        appId: options.appId,
        appSecret: options.appSecret,
        domain: options.domain,
        logger,
        loggerLevel: SDK_LOGGER_LEVEL,
        autoReconnect: true,
        onReady: () => {
          clearTimeout(timer);
          log.info('feishu long connection ready');
          resolve();
        },
        onError: (error) => {
          clearTimeout(timer);
          log.error({ err: error }, 'feishu long connection failed');
          resolve();
        },
        onReconnecting: () => log.warn('feishu long connection lost, reconnecting'),
        onReconnected: () => log.info('feishu long connection restored'),
      });
      void wsClient.start({ eventDispatcher: dispatcher });
    });
  }

  /**
   * Reads the bot identity (needed to recognise mentions), then connects. When Feishu cannot
   * be reached it retries in the background, so the service starts anyway; wrong
   * credentials are not retried.
   */
  async function establish(attempt: number): Promise<void> {
    try {
      identity = await fetchIdentity();
    } catch (error) {
      const coded = mapFeishuError(error, 'start');
      if (!coded.retryable) throw coded;
      const waitMs = Math.min(IDENTITY_RETRY_MAX_MS, IDENTITY_RETRY_BASE_MS * 2 ** attempt);
      log.warn({ err: coded, waitMs }, 'feishu open platform not reachable, will retry');
      retryTimer = setTimeout(() => {
        establish(attempt + 1).catch((failure: unknown) => log.error({ err: failure }, 'feishu adapter cannot start'));
      }, waitMs);
      return;
    }
    if (!sink) return;
    if (options.mode === 'websocket') await connectWebSocket();
    started = true;
    log.info({ mode: options.mode, bot: identity.openId }, 'feishu adapter started');
  }

  return {
    platform: 'feishu',
    async start(next) {
      if (options.mode === 'websocket' && !APP_ID_PATTERN.test(options.appId)) {
        // WSClient.start() would silently do nothing with such an id.
        throw new PlatformError('auth', 'FEISHU_APP_ID should be "cli_" followed by 16 hex digits (开发者后台 → 凭证与基础信息 → App ID)');
      }
      if (options.mode === 'webhook' && !options.encryptKey) {
        log.warn('FEISHU_ENCRYPT_KEY is not set: webhook events are checked by the verification token only, without signature or timestamp; set the Encrypt Key (事件与回调 → 加密策略)');
      }
      sink = next;
      await establish(0);
    },
    async stop() {
      started = false;
      sink = undefined;
      clearTimeout(retryTimer);
      wsClient?.close({ force: true });
      wsClient = undefined;
    },
    send: (ref, message, options) => sender.send(ref, message, options),
    updateCard: (messageId, message) => sender.updateCard(messageId, message),
    async privateChatOf(userId) {
      return { platform: 'feishu', chatId: userId, userId };
    },
    status() {
      if (options.mode === 'webhook') return { platform: 'feishu', connected: started, detail: 'webhook' };
      const state = wsClient?.getConnectionStatus().state ?? 'idle';
      return { platform: 'feishu', connected: started && state === 'connected', detail: `websocket ${state}` };
    },
    routes: () => (options.mode === 'webhook' ? [webhookRoute] : []),
  };
}
