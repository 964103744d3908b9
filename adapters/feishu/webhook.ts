import { createDecipheriv, createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Clock } from '../../src/clock.js';
import type { Logger } from '../../src/log.js';
import type { ReadRequest, WebhookReply, WebhookRoute } from '../../src/platform.js';

/**
 * The webhook transport's front door. The SDK's HTTP adaptors answer 200 to forged events,
 * accept plain bodies while an encrypt key is set, never check the timestamp and leave an
 * unmatched path hanging; this route refuses all of those before an event reaches the
 * dispatcher, and acknowledges once the event is claimed, before it is processed (Feishu
 * waits 3 seconds).
 */

export const FEISHU_MAX_BODY_BYTES = 1024 * 1024;
export const FEISHU_MAX_SKEW_MS = 5 * 60_000;

export interface FeishuWebhookOptions {
  path: string;
  /** 事件与回调 → 加密策略 → Encrypt Key. When set, bodies must be encrypted and signed. */
  encryptKey?: string;
  /** 事件与回调 → 加密策略 → Verification Token. When set, it must match. */
  verificationToken?: string;
  clock: Clock;
  log: Logger;
  /** False while the adapter cannot process events; they are then refused with 503 so Feishu redelivers. */
  isReady?: () => boolean;
  /**
   * Receives each verified event (decrypted); the 200 goes out when it resolves, which it does
   * once the event is durably accepted, before it is processed. A rejection answers 500, so
   * Feishu delivers the event again.
   */
  onEvent(payload: Record<string, unknown>): Promise<unknown>;
  maxBodyBytes?: number;
}

/** `X-Lark-Signature`: hex sha256 over timestamp, nonce, encrypt key and the raw body. */
export function feishuSignature(timestamp: string, nonce: string, encryptKey: string, body: string): string {
  return createHash('sha256').update(timestamp + nonce + encryptKey + body).digest('hex');
}

const envelopeSchema = z.object({ encrypt: z.string().min(1) }).passthrough();
const payloadSchema = z
  .object({
    type: z.string().optional(),
    token: z.string().optional(),
    challenge: z.string().optional(),
    header: z.object({ token: z.string().optional(), event_type: z.string().optional() }).passthrough().optional(),
  })
  .passthrough();

class Refusal extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 405 | 413 | 503,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const toResponse = (reply: WebhookReply): Response =>
  new Response(JSON.stringify(reply.body), { status: reply.status, headers: { 'content-type': 'application/json; charset=utf-8' } });

async function readBody(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (Number(declared ?? '0') > limit) throw new Refusal(413, 'body too large');
  if (!request.body) return '';
  if (declared !== null && !request.headers.has('transfer-encoding')) {
    // HTTP framing stops a body at its declared length, so reading it whole stays bounded.
    const bytes = await request.arrayBuffer();
    if (bytes.byteLength > limit) throw new Refusal(413, 'body too large');
    return Buffer.from(bytes).toString('utf8');
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new Refusal(413, 'body too large');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Feishu's encryption: AES-256-CBC under sha256(encrypt key), the IV in the first 16 bytes,
 * base64. The same as the SDK's `AESCipher`, without its detour through hex strings.
 */
function createDecryptor(encryptKey: string): (encrypted: string) => string {
  const key = createHash('sha256').update(encryptKey).digest();
  return (encrypted) => {
    const bytes = Buffer.from(encrypted, 'base64');
    const decipher = createDecipheriv('aes-256-cbc', key, bytes.subarray(0, 16));
    return Buffer.concat([decipher.update(bytes.subarray(16)), decipher.final()]).toString('utf8');
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new Refusal(400, 'invalid JSON');
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function createFeishuWebhookRoute(options: FeishuWebhookOptions): WebhookRoute {
  const { encryptKey, verificationToken, clock, log } = options;
  const limit = options.maxBodyBytes ?? FEISHU_MAX_BODY_BYTES;
  const decryptBody = encryptKey ? createDecryptor(encryptKey) : undefined;

  function checkSignature(request: ReadRequest, key: string): void {
    const timestamp = request.header('x-lark-request-timestamp');
    const nonce = request.header('x-lark-request-nonce');
    const signature = request.header('x-lark-signature');
    if (!timestamp || !nonce || !signature) throw new Refusal(401, 'missing signature headers');
    if (!sameText(signature, feishuSignature(timestamp, nonce, key, request.body))) throw new Refusal(401, 'bad signature');
    const sentAt = Number(timestamp) * 1000;
    if (!Number.isFinite(sentAt) || Math.abs(clock().getTime() - sentAt) > FEISHU_MAX_SKEW_MS) {
      throw new Refusal(401, 'stale or future timestamp');
    }
  }

  function decrypt(envelope: unknown): unknown {
    const parsed = envelopeSchema.safeParse(envelope);
    if (!parsed.success || !decryptBody) throw new Refusal(401, 'plain body while an encrypt key is set');
    let plain: string;
    try {
      plain = decryptBody(parsed.data.encrypt);
    } catch {
      throw new Refusal(401, 'body does not decrypt with the encrypt key');
    }
    return parseJson(plain);
  }

  /** Returns the payload to dispatch, or the challenge answer. */
  function verify(request: ReadRequest): { challenge: string } | { event: Record<string, unknown> } {
    // Signed requests are checked before anything is decrypted, so forgeries cost little.
    const signed = request.header('x-lark-signature') !== undefined;
    if (encryptKey && signed) checkSignature(request, encryptKey);
    const outer = parseJson(request.body);
    const inner = encryptKey ? decrypt(outer) : outer;
    const payload = payloadSchema.safeParse(inner);
    if (!payload.success) throw new Refusal(400, 'not a Feishu event');
    const { type, token, challenge, header } = payload.data;
    if (verificationToken && !sameText(header?.token ?? token ?? '', verificationToken)) {
      throw new Refusal(401, 'verification token mismatch');
    }
    // The URL check sent when saving the request URL may come unsigned; decrypting it proved
    // the key, and answering it only echoes the challenge.
    if (type === 'url_verification') return { challenge: challenge ?? '' };
    if (encryptKey && !signed) throw new Refusal(401, 'missing signature headers');
    return { event: payload.data };
  }

  function refuse(error: Refusal): WebhookReply {
    const level = error.status === 401 ? 'warn' : 'info';
    log[level]({ status: error.status, reason: error.reason }, 'feishu webhook refused');
    return { status: error.status, body: { error: error.reason } };
  }

  async function receive(request: ReadRequest): Promise<WebhookReply> {
    try {
      if (request.path !== options.path) throw new Refusal(404, 'unknown path');
      if (request.method !== 'POST') throw new Refusal(405, 'method not allowed');
      if (Buffer.byteLength(request.body) > limit) throw new Refusal(413, 'body too large');
      const result = verify(request);
      if ('challenge' in result) return { status: 200, body: { challenge: result.challenge } };
      if (options.isReady && !options.isReady()) throw new Refusal(503, 'adapter not started');
      await options.onEvent(result.event);
      return { status: 200, body: {} };
    } catch (error) {
      if (error instanceof Refusal) return refuse(error);
      log.error({ err: error }, 'feishu event not accepted; answering 500 so Feishu delivers it again');
      return { status: 500, body: { error: 'event not accepted' } };
    }
  }

  return {
    method: 'POST',
    path: options.path,
    receive,
    async handle(request) {
      try {
        const url = new URL(request.url);
        const body = url.pathname === options.path && request.method === 'POST' ? await readBody(request, limit) : '';
        const read: ReadRequest = { method: request.method, path: url.pathname, header: (name) => request.headers.get(name) ?? undefined, body };
        return toResponse(await receive(read));
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        return toResponse(refuse(error));
      }
    },
  };
}
