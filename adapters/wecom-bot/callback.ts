import { WecomCrypto } from '@wecom/aibot-node-sdk';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { t } from '../../src/texts.js';
import type { Clock } from '../../src/clock.js';
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import type { OutgoingMessage, WebhookRoute } from '../../src/platform.js';
import { markdownOf } from './card.js';
import type { WecomBotInbound } from './inbound.js';
import type { WecomBotChannel } from './send.js';

/**
 * Callback mode, for networks that block the outbound WebSocket: WeCom calls
 * `GET /wecom/bot/callback` to verify the URL and `POST`s each callback encrypted
 * (WXBizMsgCrypt: sha1 signature over token, timestamp, nonce and ciphertext; AES-256-CBC
 * under the EncodingAESKey, through the SDK's `WecomCrypto`). Forged, undecryptable or stale
 * requests are refused before anything reaches the bot. Answers are posted to the message's
 * `response_url`; a welcome goes back encrypted in the response to `enter_chat`. WeCom offers
 * no push in this mode, so reminders need the long connection or a group-robot webhook.
 */

export const WECOM_BOT_CALLBACK_PATH = '/wecom/bot/callback';
/** Callbacks signed further from our clock than this are refused (replays of captured requests). */
export const CALLBACK_MAX_SKEW_MS = 5 * 60_000;

export interface WecomBotCallbackOptions {
  token: string;
  encodingAesKey: string;
  botName: string;
  clock: Clock;
  log: Logger;
  inbound: WecomBotInbound;
  /** False until the adapter started: callbacks are refused with 503 so WeCom delivers them again. */
  isReady(): boolean;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const querySchema = z.object({ msg_signature: z.string().min(1), timestamp: z.string().regex(/^\d{1,12}$/), nonce: z.string().min(1).max(64) });
const envelopeSchema = z.object({ encrypt: z.string().min(1) }).loose();
const eventTypeSchema = z.object({ msgtype: z.string(), event: z.object({ eventtype: z.string() }).loose().optional() }).loose();

class Refusal extends Error {
  constructor(
    readonly status: 400 | 401 | 503,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const sameText = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

export interface WecomBotCallback {
  routes: WebhookRoute[];
  channel: WecomBotChannel;
}

export function createWecomBotCallback(options: WecomBotCallbackOptions): WecomBotCallback {
  const { clock, log, inbound } = options;
  // The smart robot's receive id is empty: nothing follows the message in the plaintext.
  const crypto = new WecomCrypto(options.token, options.encodingAesKey, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;

  /** Checks signature and freshness, then decrypts. */
  function open(url: URL, ciphertext: string): string {
    const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) throw new Refusal(401, 'missing signature parameters');
    const { msg_signature: signature, timestamp, nonce } = query.data;
    if (!sameText(signature, crypto.computeSignature(timestamp, nonce, ciphertext))) throw new Refusal(401, 'bad signature');
    if (Math.abs(clock().getTime() - Number(timestamp) * 1000) > CALLBACK_MAX_SKEW_MS) throw new Refusal(401, 'stale or future timestamp');
    try {
      return crypto.decrypt(ciphertext);
    } catch {
      throw new Refusal(401, 'does not decrypt with the EncodingAESKey');
    }
  }

  function refuse(error: unknown): Response {
    if (!(error instanceof Refusal)) {
      log.error({ err: error }, 'wecom callback not accepted; answering 500 so WeCom delivers it again');
      return new Response('', { status: 500 });
    }
    log[error.status === 401 ? 'warn' : 'info']({ status: error.status, reason: error.reason }, 'wecom callback refused');
    return new Response('', { status: error.status });
  }

  /** A passive reply: the body encrypted and signed, as WeCom reads it from the response. */
  function sealed(body: Record<string, unknown>): Response {
    const timestamp = String(Math.floor(clock().getTime() / 1000));
    const nonce = Math.random().toString(36).slice(2, 12);
    const { encrypt, signature } = crypto.encrypt(JSON.stringify(body), timestamp, nonce);
    return Response.json({ encrypt, msgsignature: signature, timestamp, nonce });
  }

  async function post(request: Request): Promise<Response> {
    try {
      if (!options.isReady()) throw new Refusal(503, 'adapter not started');
      const envelope = envelopeSchema.safeParse(await request.json().catch(() => undefined));
      if (!envelope.success) throw new Refusal(400, 'not an encrypted WeCom callback');
      let payload: unknown;
      try {
        payload = JSON.parse(open(new URL(request.url), envelope.data.encrypt));
      } catch (error) {
        if (error instanceof Refusal) throw error;
        throw new Refusal(400, 'decrypted callback is not JSON');
      }
      const kind = eventTypeSchema.safeParse(payload);
      if (!kind.success) throw new Refusal(400, 'not a WeCom robot callback');
      if (kind.data.msgtype !== 'event') {
        const responseUrl = typeof (payload as { response_url?: unknown }).response_url === 'string' ? (payload as { response_url: string }).response_url : undefined;
        await inbound.message(payload, { responseUrl });
        return new Response('', { status: 200 });
      }
      if (kind.data.event?.eventtype === 'enter_chat') return sealed({ msgtype: 'text', text: { content: t('core.welcome', { bot: options.botName }) } });
      await inbound.event(payload, {});
      return new Response('', { status: 200 });
    } catch (error) {
      return refuse(error);
    }
  }

  function verifyUrl(request: Request): Response {
    try {
      const url = new URL(request.url);
      const echo = url.searchParams.get('echostr');
      if (!echo) throw new Refusal(400, 'missing echostr');
      return new Response(open(url, echo), { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    } catch (error) {
      return refuse(error);
    }
  }

  async function postAnswer(responseUrl: string, message: OutgoingMessage): Promise<void> {
    let response: Response;
    try {
      response = await doFetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ msgtype: 'markdown', markdown: { content: markdownOf(message) } }),
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new PlatformError('network', 'WeCom response_url unreachable', undefined, { cause: error });
    }
    const answer = (await response.json().catch(() => ({}))) as { errcode?: number; errmsg?: string };
    if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { response: { status: response.status } });
    if (answer.errcode && answer.errcode !== 0) throw answer;
  }

  return {
    routes: [
      { method: 'GET', path: WECOM_BOT_CALLBACK_PATH, verifiesItself: true, handle: async (request) => verifyUrl(request) },
      { method: 'POST', path: WECOM_BOT_CALLBACK_PATH, handle: post },
    ],
    channel: {
      ready: options.isReady,
      async reply(target, _messageId, message) {
        if (!target.responseUrl) throw new PlatformError('bad_request', 'no response_url for this callback');
        await postAnswer(target.responseUrl, message);
      },
      async push() {
        throw new PlatformError('bad_request', 'WeCom robot callback mode cannot push (aibot_send_msg needs the long connection): set WECOM_BOT_MODE=websocket, or subscribe the group through a group-robot webhook');
      },
    },
  };
}
