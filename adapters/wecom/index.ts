import { z } from 'zod';
import type { Clock } from '../../src/clock.js';
import { systemClock } from '../../src/clock.js';
import { codeForHttpStatus, errorText, PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/log.js';
import type { AdapterStatus, ChatAdapter, ConversationRef, OutgoingMessage } from '../../src/platform.js';
import { countUtf8Bytes, createChunkProgress, renderPlainText, splitText } from '../wechat/chunks.js';
import { createWindowLimiter } from '../wechat/pacing.js';
import { fileFallbackText } from '../wechat/parts.js';
import { redactWebhookUrl, wecomWebhookUrlSchema } from '../../src/wecom-webhook-url.js';

/** WeCom's limits: text content ≤ 2048 bytes, markdown ≤ 4096 bytes, 20 messages a minute per robot. */
export const WECOM_TEXT_MAX_BYTES = 2048;
export const WECOM_MARKDOWN_MAX_BYTES = 4096;

export interface WecomAdapterOptions {
  log: Logger;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** WECOM_RATE_PER_MINUTE: messages per minute per webhook (WeCom allows 20). */
  ratePerMinute: number;
  clock?: Clock;
  /** Per-request timeout; a robot that does not answer in time is a `network` error (retried). */
  timeoutMs?: number;
  /** Accept http://127.0.0.1 webhooks (the tests' fake server). Never in production. */
  allowInsecureLoopback?: boolean;
  /** Where exports can be downloaded, named in the text sent instead of a file. */
  consoleUrl?: string;
}

/** Pushes to WeCom group robots; `ref.chatId` is the robot's webhook URL. Send-only: robots receive nothing. */
export interface WecomAdapter extends ChatAdapter {
  readonly platform: 'wecom';
  status(): AdapterStatus;
}

const responseSchema = z.object({ errcode: z.number(), errmsg: z.string().optional() }).loose();

// errcodes: 45009 frequency limit; 93000 invalid webhook URL/key; 93004 robot disabled; 93008 not in group.
const AUTH_ERRCODES = new Set([93000, 93004, 93008, 40014, 42001]);
const RATE_ERRCODES = new Set([45009, 45033]);

/** The body WeCom expects for one piece: markdown when the message has a markdown body, text otherwise. */
function bodyFor(kind: 'text' | 'markdown', content: string): string {
  return JSON.stringify(kind === 'markdown' ? { msgtype: 'markdown', markdown: { content } } : { msgtype: 'text', text: { content } });
}

function piecesOf(message: OutgoingMessage, consoleUrl?: string): { kind: 'text' | 'markdown'; pieces: string[] } {
  const fileNote = message.file ? fileFallbackText('wechat.wecom', message.file.name, consoleUrl) : '';
  if (message.markdown?.trim()) {
    const content = [message.markdown.trim(), fileNote].filter(Boolean).join('\n\n');
    return { kind: 'markdown', pieces: splitText(content, WECOM_MARKDOWN_MAX_BYTES, countUtf8Bytes) };
  }
  const content = [renderPlainText(message), fileNote].filter(Boolean).join('\n\n');
  return { kind: 'text', pieces: splitText(content, WECOM_TEXT_MAX_BYTES, countUtf8Bytes) };
}

export function createWecomAdapter(options: WecomAdapterOptions): WecomAdapter {
  const { log } = options;
  const doFetch = options.fetch ?? fetch;
  const clock = options.clock ?? systemClock;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const urlSchema = wecomWebhookUrlSchema({ allowInsecureLoopback: options.allowInsecureLoopback });
  const perRobot = createWindowLimiter({ limit: options.ratePerMinute, windowMs: 60_000, clock });
  const progress = createChunkProgress();
  let lastFailure: string | undefined;

  async function post(url: string, body: string): Promise<void> {
    const where = redactWebhookUrl(url);
    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new PlatformError('network', timedOut ? `WeCom robot ${where} did not answer within ${timeoutMs} ms` : `WeCom robot ${where} unreachable`, undefined, {
        cause: error,
      });
    }
    const status = codeForHttpStatus(response.status);
    if (status) {
      await response.body?.cancel();
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new PlatformError(status, `WeCom robot ${where} answered HTTP ${response.status}`, retryAfter > 0 ? retryAfter * 1000 : undefined);
    }
    const parsed = responseSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new PlatformError('server', `WeCom robot ${where} sent an unreadable answer`);
    const { errcode, errmsg = '' } = parsed.data;
    if (errcode === 0) return;
    const detail = `WeCom robot ${where}: errcode ${errcode} ${errmsg.slice(0, 200)}`;
    if (RATE_ERRCODES.has(errcode)) throw new PlatformError('rate_limited', detail, 60_000);
    if (AUTH_ERRCODES.has(errcode) || /invalid (webhook|key)/i.test(errmsg)) {
      throw new PlatformError('auth', `${detail} — the robot was removed or its key changed; subscribe again with the new webhook URL`);
    }
    if (errcode === -1) throw new PlatformError('server', detail);
    throw new PlatformError('bad_request', detail);
  }

  async function send(ref: ConversationRef, message: OutgoingMessage): Promise<{ messageId?: string }> {
    const checked = urlSchema.safeParse(ref.chatId);
    if (!checked.success) throw new PlatformError('bad_request', `not a WeCom group-robot webhook URL: ${checked.error.issues[0]?.message ?? 'invalid'}`);
    const url = checked.data;
    const { kind, pieces } = piecesOf(message, options.consoleUrl);
    const key = `${kind}\0${pieces.join('\0')}`;
    const done = progress.sent(url, key);
    const wait = perRobot.waitFor(url, pieces.length - done);
    if (wait > 0) throw new PlatformError('rate_limited', `WeCom robot ${redactWebhookUrl(url)}: ${options.ratePerMinute}/min budget used`, wait);
    for (let index = done; index < pieces.length; index++) {
      try {
        await post(url, bodyFor(kind, pieces[index] as string));
        lastFailure = undefined;
      } catch (error) {
        progress.record(url, key, index);
        lastFailure = errorText(error);
        log.warn({ platform: 'wecom', robot: redactWebhookUrl(url), err: lastFailure }, 'WeCom push failed');
        throw error;
      } finally {
        // A failed request may still have counted against WeCom's limit.
        perRobot.take(url, 1);
      }
    }
    progress.done(url, key);
    return {};
  }

  return {
    platform: 'wecom',
    async start() {},
    async stop() {},
    send,
    status: () => ({ platform: 'wecom', connected: true, ...(lastFailure ? { detail: `last push failed: ${lastFailure}` } : {}) }),
  };
}
