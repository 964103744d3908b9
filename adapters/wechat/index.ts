import { WechatyBuilder, ScanStatus, type Contact, type Message, type PuppetModuleName, type Wechaty } from 'wechaty';
import type * as PUPPET from 'wechaty-puppet';
import type { Clock } from '../../src/clock.js';
import type { Config } from '../../src/config.js';
import { classifyError, errorText, PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import type { AdapterStatus, ChatAdapter, ConversationRef, CoreSink, WebhookRoute } from '../../src/platform.js';
import { createChunkProgress, renderPlainText } from './chunks.js';
import { createEchoMemory } from './echo.js';
import { normalizeWechatMessage } from './normalize.js';
import { createWindowLimiter } from './pacing.js';
import { renderQrPng, terminalLoginText } from './qr.js';
import { planParts, type OutgoingPart } from './parts.js';

/** Settings from the environment (see `wechatAdapterConfigFrom`). */
export interface WechatAdapterConfig {
  /** Puppet package (WECHATY_PUPPET): wechaty-puppet-wechat4u, wechaty-puppet-service, wechaty-puppet-mock… */
  puppetName?: string;
  /** WECHATY_PUPPET_SERVICE_TOKEN, for wechaty-puppet-service. */
  puppetToken?: string;
  /** WECHATY_NAME: names the login session file (`<name>.memory-card.json`) so a restart skips the QR scan. */
  name?: string;
  /** WECHAT_ROOMS: room topics to serve; empty serves every room the account is in. */
  rooms: string[];
  /** WECHAT_RATE_PER_MINUTE: messages per minute for the whole account. */
  ratePerMinute: number;
  /** WECHAT_ROOM_RATE_PER_MINUTE: messages per minute into one chat. */
  roomRatePerMinute: number;
  /** BOT_NAME: "@<name>" typed by hand addresses the bot, besides a real mention. */
  botName: string;
  /** Longest single WeChat message in characters; longer replies are split and numbered. */
  maxMessageChars?: number;
  /** Where exports can be downloaded, named in the text sent instead of a file the puppet cannot send. */
  consoleUrl?: string;
  /** After a logout with no new QR code from the puppet within this time, the bot restarts to log in again. */
  reloginAfterMs?: number;
  /** Messages older than start minus this are history the puppet replays; they are dropped. */
  historyGraceMs?: number;
}

export interface WechatAdapterOptions extends WechatAdapterConfig {
  log: Logger;
  clock: Clock;
  /** A puppet instance instead of `puppetName` (tests inject wechaty-puppet-mock's PuppetMock). */
  puppet?: PUPPET.impls.PuppetInterface;
  /** Called after each login, so the outbox sender can drain what waited while logged out. */
  onOnline?: () => void;
  /** Where the login QR code is shown; defaults to block characters on stderr. */
  printQr?: (qr: string) => void;
}

/** The WeChat adapter; `routes()` serves the login QR code (mount it behind the admin login). */
export interface WechatAdapter extends ChatAdapter {
  readonly platform: 'wechat';
  /** The QR code text to scan while a login is pending, else undefined. */
  pendingQr(): string | undefined;
  status(): AdapterStatus;
  routes(): WebhookRoute[];
  privateChatOf(userId: string): Promise<ConversationRef>;
}

type LoginState =
  | { kind: 'starting' }
  | { kind: 'scan'; qr: string; status: ScanStatus }
  | { kind: 'online'; user: string }
  | { kind: 'offline'; reason: string }
  | { kind: 'failed'; error: string };

/** Maps the environment config to the adapter's settings. */
export function wechatAdapterConfigFrom(config: Config, consoleUrl?: string): WechatAdapterConfig {
  return {
    puppetName: config.WECHATY_PUPPET,
    puppetToken: config.WECHATY_PUPPET_SERVICE_TOKEN,
    name: config.WECHATY_NAME,
    rooms: config.WECHAT_ROOMS,
    ratePerMinute: config.WECHAT_RATE_PER_MINUTE,
    roomRatePerMinute: config.WECHAT_ROOM_RATE_PER_MINUTE,
    botName: config.BOT_NAME,
    consoleUrl,
  };
}

function buildWechaty(options: WechatAdapterOptions): Wechaty {
  if (options.puppet) return WechatyBuilder.build({ puppet: options.puppet, name: options.name });
  const puppetName = options.puppetName;
  if (!puppetName) throw new Error('set WECHATY_PUPPET (e.g. wechaty-puppet-wechat4u) to run the WeChat adapter');
  if (puppetName === 'wechaty-puppet-service' && !options.puppetToken) {
    throw new Error('wechaty-puppet-service needs WECHATY_PUPPET_SERVICE_TOKEN (the token your puppet service provider issued)');
  }
  return WechatyBuilder.build({
    name: options.name,
    puppet: puppetName as PuppetModuleName,
    puppetOptions: options.puppetToken ? { token: options.puppetToken } : {},
  });
}

function describeLogin(state: LoginState): string {
  switch (state.kind) {
    case 'starting':
      return 'starting the puppet';
    case 'scan':
      return state.status === ScanStatus.Scanned
        ? 'QR code scanned; confirm the login on the phone'
        : 'waiting for a QR code scan: open the web console (GET /wechat/qr) or the terminal log';
    case 'online':
      return `logged in as ${state.user}`;
    case 'offline':
      return `logged out (${state.reason}); waiting to log in again, replies wait in the outbox`;
    case 'failed':
      return `puppet failed: ${state.error}`;
  }
}

export function createWechatAdapter(options: WechatAdapterOptions): WechatAdapter {
  const { log, clock } = options;
  const bot = buildWechaty(options);
  const maxChars = options.maxMessageChars ?? 1800;
  const reloginAfterMs = options.reloginAfterMs ?? 60_000;
  const rooms = new Set(options.rooms.map((room) => room.trim()).filter(Boolean));
  const perChat = createWindowLimiter({ limit: options.roomRatePerMinute, windowMs: 60_000, clock });
  const perAccount = createWindowLimiter({ limit: options.ratePerMinute, windowMs: 60_000, clock });
  const progress = createChunkProgress();
  const echoes = createEchoMemory(clock);
  const printQr =
    options.printQr ?? ((qr: string) => void terminalLoginText(qr).then((text) => process.stderr.write(text)));

  let state: LoginState = { kind: 'starting' };
  let lastError: string | undefined;
  let since = clock();
  let sink: CoreSink | undefined;
  let relogin: NodeJS.Timeout | undefined;
  let stopped = false;

  const online = (): boolean => state.kind === 'online' && bot.isLoggedIn;

  function scheduleRestart(): void {
    clearTimeout(relogin);
    if (stopped) return;
    relogin = setTimeout(() => void restart(), reloginAfterMs);
    relogin.unref();
  }

  async function restart(): Promise<void> {
    // The puppet may already be showing a new QR code or have logged back in by itself.
    if (stopped || state.kind === 'online' || state.kind === 'scan') return;
    log.warn({ platform: 'wechat' }, 'still logged out; restarting the puppet to log in again');
    try {
      await bot.stop();
      state = { kind: 'starting' };
      await bot.start();
    } catch (error) {
      state = { kind: 'failed', error: errorText(error) };
      log.error({ platform: 'wechat', err: error }, 'puppet restart failed; will try again');
      scheduleRestart();
    }
  }

  async function onMessage(message: Message): Promise<void> {
    if (!sink) return;
    const names = [options.botName];
    if (bot.isLoggedIn) names.push(bot.currentUser.name());
    const result = await normalizeWechatMessage(message, {
      botNames: names,
      rooms,
      since,
      now: clock(),
      isEcho: echoes.has,
    });
    if (result.kind === 'skip') {
      log.debug({ platform: 'wechat', msgId: message.id, reason: result.reason }, 'message ignored');
      return;
    }
    await sink.processMessage(result.message);
  }

  bot.on('scan', (qr: string, status: ScanStatus) => {
    if (status === ScanStatus.Waiting || status === ScanStatus.Timeout) {
      state = { kind: 'scan', qr, status };
      log.warn({ platform: 'wechat' }, 'WeChat login needs a QR code scan (web console /wechat/qr or the terminal)');
      printQr(qr);
    } else if (status === ScanStatus.Scanned && state.kind === 'scan') {
      state = { ...state, status };
    }
  });
  bot.on('login', (user: Contact) => {
    clearTimeout(relogin);
    state = { kind: 'online', user: user.name() };
    lastError = undefined;
    log.info({ platform: 'wechat', user: user.name() }, 'WeChat logged in');
    options.onOnline?.();
  });
  bot.on('logout', (user: Contact, reason?: string) => {
    state = { kind: 'offline', reason: reason || 'unknown reason' };
    log.warn({ platform: 'wechat', user: user.name(), reason }, 'WeChat logged out; replies wait in the outbox');
    scheduleRestart();
  });
  bot.on('error', (error: Error) => {
    lastError = error.message;
    log.error({ platform: 'wechat', err: error }, 'wechaty error');
  });
  bot.on('message', (message: Message) => {
    onMessage(message).catch((error: unknown) => log.error({ platform: 'wechat', msgId: message.id, err: error }, 'incoming message failed'));
  });

  async function sendText(chatId: string, text: string): Promise<string | undefined> {
    const id = await bot.puppet.messageSendText(chatId, text);
    echoes.add(chatId, text);
    return id ?? undefined;
  }

  async function sendPart(chatId: string, part: OutgoingPart): Promise<string | undefined> {
    if (part.kind === 'text') return sendText(chatId, part.text);
    try {
      return (await bot.puppet.messageSendFile(chatId, part.file)) ?? undefined;
    } catch (error) {
      if (!bot.isLoggedIn) throw error;
      log.warn({ platform: 'wechat', err: error }, 'the puppet cannot send this file; sending the download hint instead');
      return sendText(chatId, part.fallback);
    }
  }

  function sendError(error: unknown): PlatformError {
    if (error instanceof PlatformError) return error;
    if (!bot.isLoggedIn) return new PlatformError('offline', 'WeChat logged out during the send', undefined, { cause: error });
    const coded = classifyError(error);
    // Puppet errors carry no codes; an unknown one is retried a bounded number of times.
    return coded.code === 'bad_request' ? new PlatformError('server', coded.message, undefined, { cause: error }) : coded;
  }

  function status(): AdapterStatus {
    const detail = describeLogin(state) + (lastError && state.kind !== 'online' ? `; last error: ${lastError}` : '');
    return { platform: 'wechat', connected: online(), detail };
  }

  return {
    platform: 'wechat',

    async start(next) {
      sink = next;
      stopped = false;
      since = new Date(clock().getTime() - (options.historyGraceMs ?? 5 * 60_000));
      try {
        await bot.start();
      } catch (error) {
        state = { kind: 'failed', error: errorText(error) };
        log.error({ platform: 'wechat', err: error }, 'WeChat puppet failed to start; will retry');
        scheduleRestart();
      }
    },

    async stop() {
      stopped = true;
      sink = undefined;
      clearTimeout(relogin);
      await bot.stop();
    },

    async send(ref, message) {
      if (!online()) throw new PlatformError('offline', `WeChat is not logged in (${describeLogin(state)})`);
      const text = renderPlainText(message);
      const parts = planParts(message, text, maxChars, options.consoleUrl);
      const key = `${text}\0${message.file?.path ?? ''}`;
      const done = progress.sent(ref.chatId, key);
      const remaining = parts.length - done;
      const wait = Math.max(perChat.waitFor(ref.chatId, remaining), perAccount.waitFor('account', remaining));
      if (wait > 0) throw new PlatformError('rate_limited', `WeChat pacing: ${remaining} message(s) to this chat wait ${wait} ms`, wait);
      let messageId: string | undefined;
      for (let index = done; index < parts.length; index++) {
        try {
          messageId = (await sendPart(ref.chatId, parts[index] as OutgoingPart)) ?? messageId;
        } catch (error) {
          progress.record(ref.chatId, key, index);
          throw sendError(error);
        }
        perChat.take(ref.chatId, 1);
        perAccount.take('account', 1);
      }
      progress.done(ref.chatId, key);
      return { messageId };
    },

    async privateChatOf(userId) {
      const contact = bot.isLoggedIn ? await bot.Contact.find({ id: userId }).catch(() => undefined) : undefined;
      if (contact?.friend() === false) {
        log.warn({ platform: 'wechat', userId }, 'user is not a friend of the bot account; WeChat delivers no private messages until they add it');
      }
      return { platform: 'wechat', chatId: userId, userId };
    },

    pendingQr: () => (state.kind === 'scan' ? state.qr : undefined),

    status,

    routes() {
      return [
        {
          method: 'GET',
          path: '/wechat/qr',
          handle: async () => {
            if (state.kind !== 'scan') {
              return Response.json({ error: 'no login pending', detail: describeLogin(state) }, { status: 404 });
            }
            const png = await renderQrPng(state.qr);
            return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png', 'cache-control': 'no-store' } });
          },
        },
        {
          method: 'GET',
          path: '/wechat/status',
          handle: async () => Response.json({ ...status(), loginPending: state.kind === 'scan' }, { headers: { 'cache-control': 'no-store' } }),
        },
      ];
    },
  };
}
