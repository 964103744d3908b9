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
  it('acknowledges before processing: a slow handler does not hold the response', async () => {
    let finished = false;
    const { handler } = route({
      encryptKey: 'k',
      onEvent: () => new Promise(() => undefined).then(() => (finished = true)),
    });
    const { body, headers } = signedPost(event(), { encryptKey: 'k', now });
    const response = await handler.handle(new Request(URL, { method: 'POST', body, headers }));
    expect(response.status).toBe(200);
    expect(finished).toBe(false);
  });

  it('passes the decrypted event on after the acknowledgement', async () => {
    const { handler, events } = route({ encryptKey: 'k', verificationToken: TEST_TOKEN });
    const sent = event();
    const { body, headers } = signedPost(sent, { encryptKey: 'k', now });
    await handler.handle(new Request(URL, { method: 'POST', body, headers }));
    expect(events).toHaveLength(0);
    await settle();
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
