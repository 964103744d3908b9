import { describe, expect, it } from 'vitest';
import { createFeishuWebhookRoute, type FeishuWebhookOptions } from '../../adapters/feishu/webhook.js';
import { silentLogger } from '../../src/log.js';
import { signedPost, TEST_TOKEN, textEvent } from '../helpers/fake-feishu/events.js';

const now = new Date('2026-05-01T09:00:00Z');
const URL = 'http://127.0.0.1/feishu/events';

function route(options: Partial<FeishuWebhookOptions> = {}) {
  const events: Record<string, unknown>[] = [];
  const handler = createFeishuWebhookRoute({
    path: '/feishu/events',
    clock: () => now,
    log: silentLogger,
    onEvent: async (payload) => {
      events.push(payload);
    },
    ...options,
  });
  return { handler, events };
}

const event = () => textEvent({ now, text: '@bot 截止时间？', botOpenId: 'ou_bot' });
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('feishu webhook route (unit)', () => {
  it('acknowledges once the event is accepted, without waiting for it to be processed', async () => {
    let processed = false;
    const { handler } = route({
      encryptKey: 'k',
      // Accepted at once; the processing it starts never ends.
      onEvent: async () => {
        void new Promise(() => undefined).then(() => (processed = true));
      },
    });
    const { body, headers } = signedPost(event(), { encryptKey: 'k', now });
    const response = await handler.handle(new Request(URL, { method: 'POST', body, headers }));
    expect(response.status).toBe(200);
    expect(processed).toBe(false);
  });

  it('holds the acknowledgement until the event is accepted', async () => {
    const order: string[] = [];
    const { handler } = route({
      encryptKey: 'k',
      onEvent: () => new Promise((resolve) => setTimeout(resolve, 20)).then(() => order.push('accepted')),
    });
    const { body, headers } = signedPost(event(), { encryptKey: 'k', now });
    const response = await handler.handle(new Request(URL, { method: 'POST', body, headers }));
    order.push(`answered ${response.status}`);
    expect(order).toEqual(['accepted', 'answered 200']);
  });

  it('answers 500 when the event cannot be accepted, so Feishu delivers it again', async () => {
    const { handler } = route({
      encryptKey: 'k',
      onEvent: async () => {
        throw new Error('database is locked');
      },
    });
    const { body, headers } = signedPost(event(), { encryptKey: 'k', now });
    const response = await handler.handle(new Request(URL, { method: 'POST', body, headers }));
    expect([response.status, await response.json()]).toEqual([500, { error: 'event not accepted' }]);
  });

  it('passes the decrypted event on before acknowledging it', async () => {
    const { handler, events } = route({ encryptKey: 'k', verificationToken: TEST_TOKEN });
    const sent = event();
    const { body, headers } = signedPost(sent, { encryptKey: 'k', now });
    const response = await handler.handle(new Request(URL, { method: 'POST', body, headers }));
    expect(response.status).toBe(200);
    expect(events[0]).toMatchObject({ header: { event_id: sent.header.event_id } });
  });

  it('with only a verification token, accepts plain bodies carrying it and refuses others', async () => {
    const { handler, events } = route({ verificationToken: TEST_TOKEN });
    const good = await handler.handle(new Request(URL, { method: 'POST', body: JSON.stringify(event()) }));
    const forged = { ...event(), header: { ...event().header, token: 'x' } };
    const bad = await handler.handle(new Request(URL, { method: 'POST', body: JSON.stringify(forged) }));
    await settle();
    expect([good.status, bad.status, events.length]).toEqual([200, 401, 1]);
  });

  it('refuses a streamed body over the limit without a content-length', async () => {
    const { handler, events } = route({ encryptKey: 'k', maxBodyBytes: 1024 });
    const chunk = new TextEncoder().encode('x'.repeat(512));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 100) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await handler.handle(new Request(URL, { method: 'POST', body: stream, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(10);
    expect(events).toHaveLength(0);
  });

  it('answers other methods and paths at once, and odd payloads with 400', async () => {
    const { handler } = route({ encryptKey: 'k' });
    expect((await handler.handle(new Request(URL, { method: 'GET' }))).status).toBe(405);
    expect((await handler.handle(new Request('http://127.0.0.1/feishu/eventsX', { method: 'POST', body: '{}' }))).status).toBe(404);
    const { body, headers } = signedPost(['not', 'an', 'object'], { encryptKey: 'k', now });
    expect((await handler.handle(new Request(URL, { method: 'POST', body, headers }))).status).toBe(400);
    const empty = signedPost({}, { encryptKey: 'k', now, rawBody: '' });
    expect((await handler.handle(new Request(URL, { method: 'POST', body: empty.body, headers: empty.headers }))).status).toBe(400);
  });

  it('refuses a timestamp from the future as well as the past', async () => {
    const { handler } = route({ encryptKey: 'k' });
    for (const offset of [-301, 301]) {
      const { body, headers } = signedPost(event(), { encryptKey: 'k', now, timestamp: Math.floor(now.getTime() / 1000) + offset });
      expect((await handler.handle(new Request(URL, { method: 'POST', body, headers }))).status).toBe(401);
    }
    const { body, headers } = signedPost(event(), { encryptKey: 'k', now, timestamp: Math.floor(now.getTime() / 1000) - 299 });
    expect((await handler.handle(new Request(URL, { method: 'POST', body, headers }))).status).toBe(200);
  });
});
