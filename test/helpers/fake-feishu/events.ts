import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feishuSignature } from '../../../adapters/feishu/webhook.js';

/** Real-shaped Feishu events (redacted fixtures under test/fixtures/feishu) and how Feishu posts them. */

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'feishu');

export type FeishuEvent = {
  schema?: string;
  header: { event_id: string; event_type: string; create_time: string; token: string; app_id: string; tenant_key: string };
  event: Record<string, unknown> & { message?: Record<string, unknown> };
};

export const TEST_TOKEN = 'verification-token-for-tests';

let counter = 0;

/** A fixture as stored. */
export function rawFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/**
 * Loads a fixture with fresh ids (so tests do not collide), `create_time` at `now`, and the test
 * token. `message` fields override the message part of a message event.
 */
export function fixture(name: string, options: { now: Date; message?: Record<string, unknown>; eventId?: string; token?: string }): FeishuEvent {
  const event = rawFixture(name) as FeishuEvent;
  const n = ++counter;
  event.header.event_id = options.eventId ?? `ev-${n}-${event.header.event_id}`;
  event.header.create_time = String(options.now.getTime());
  event.header.token = options.token ?? TEST_TOKEN;
  if (event.event.message) {
    event.event.message = {
      ...event.event.message,
      message_id: `${String(event.event.message.message_id)}-${n}`,
      create_time: String(options.now.getTime()),
      ...options.message,
    };
  }
  return event;
}

/** A text message event; `@bot` in `text` becomes a real mention of the bot. */
export function textEvent(options: { now: Date; text: string; chatType?: 'p2p' | 'group'; chatId?: string; senderId?: string; botOpenId: string; threadId?: string; messageId?: string }): FeishuEvent {
  const mentionsBot = options.text.includes('@bot');
  return fixture('message-text-group', {
    now: options.now,
    message: {
      chat_type: options.chatType ?? 'group',
      ...(options.chatId ? { chat_id: options.chatId } : {}),
      ...(options.threadId ? { thread_id: options.threadId } : {}),
      ...(options.messageId ? { message_id: options.messageId } : {}),
      content: JSON.stringify({ text: options.text.replace('@bot', '@_user_1') }),
      mentions: mentionsBot
        ? [{ key: '@_user_1', id: { open_id: options.botOpenId, union_id: 'on_bot', user_id: '' }, name: '地标助手', tenant_key: 't' }]
        : [],
    },
  });
}

/** Feishu's encryption: AES-256-CBC, key = sha256(encrypt key), random IV prepended, base64. */
export function encryptFeishu(encryptKey: string, plaintext: string): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

export interface SignedPostOptions {
  encryptKey?: string;
  /** Seconds since the epoch; defaults to `now`. */
  timestamp?: number;
  now: Date;
  nonce?: string;
  /** Replace the computed signature (forgeries). */
  signature?: string;
  /** Send the payload unencrypted even though a key is given (the signature still matches the body). */
  plain?: boolean;
  /** A body to send as is (invalid JSON, huge bodies). */
  rawBody?: string;
}

/** The body and headers Feishu would post for `payload`. */
export function signedPost(payload: unknown, options: SignedPostOptions): { body: string; headers: Record<string, string> } {
  const body =
    options.rawBody ??
    (options.encryptKey && !options.plain
      ? JSON.stringify({ encrypt: encryptFeishu(options.encryptKey, JSON.stringify(payload)) })
      : JSON.stringify(payload));
  const timestamp = String(options.timestamp ?? Math.floor(options.now.getTime() / 1000));
  const nonce = options.nonce ?? randomBytes(8).toString('hex');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.encryptKey) {
    headers['x-lark-request-timestamp'] = timestamp;
    headers['x-lark-request-nonce'] = nonce;
    headers['x-lark-signature'] = options.signature ?? feishuSignature(timestamp, nonce, options.encryptKey, body);
  }
  return { body, headers };
}
