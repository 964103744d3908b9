import { afterEach, describe, expect, it } from 'vitest';
import { enqueue } from '../../src/store/outbox.js';
import { startTestServer, type TestServer } from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('health endpoints', () => {
  it('answers /healthz without a session and tags every response with a request id', async () => {
    server = await startTestServer();
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('abc-123');
    const hostile = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'a b<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reports database, index, adapters and outbox backlog on /readyz', async () => {
    server = await startTestServer();
    enqueue(server.db, 'k1', { platform: 'feishu', chatId: 'oc_1' }, { text: '你好' }, new Date());
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      ready: true,
      database: { ok: true },
      index: { ok: true, documents: 1 },
      adapters: [{ platform: 'feishu', connected: true }],
      outbox: [{ platform: 'feishu', pending: 1, failed: 0 }],
      core: { thread: false, running: true },
    });
  });

  it('is not ready (503) while an adapter is disconnected', async () => {
    server = await startTestServer();
    server.adapters.push({ platform: 'wechat', connected: false, detail: '等待扫码' });
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, adapters: [{ connected: true }, { platform: 'wechat', connected: false }] });
  });

  it('is not ready (503) while the bot thread is down, and says how often it restarted', async () => {
    const core = { thread: true, running: true, restarts: 0 };
    server = await startTestServer({ core: () => core });
    expect(await (await fetch(`${server.url}/readyz`)).json()).toMatchObject({ ready: true, core: { thread: true, running: true } });
    Object.assign(core, { running: false, restarts: 1 });
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ready: false, core: { running: false, restarts: 1 } });
  });

  it('is not ready when the index is empty or the database is gone', async () => {
    server = await startTestServer();
    server.qa.documents = () => [];
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    server.qa.documents = () => [{ doc: 'n', title: 'n', chunks: 1 }];
    server.db.close();
    const response = await fetch(`${server.url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ database: { ok: false } });
  });

  it('answers unknown paths with 404 at once, whatever the method', async () => {
    server = await startTestServer();
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/feishu/events/extra`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('mounts adapter routes and caps their bodies at the limit', async () => {
    const seen: string[] = [];
    server = await startTestServer({
      bodyLimit: 1024,
      routes: [
        {
          method: 'POST',
          path: '/feishu/events',
          async handle(request) {
            seen.push(await request.text());
            return Response.json({ challenge: 'ok' });
          },
        },
      ],
    });
    const ok = await fetch(`${server.url}/feishu/events`, { method: 'POST', body: '{"type":"url_verification"}' });
    expect(await ok.json()).toEqual({ challenge: 'ok' });
    expect(seen).toEqual(['{"type":"url_verification"}']);
    const big = await fetch(`${server.url}/feishu/events`, { method: 'POST', body: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    expect(seen).toHaveLength(1);
  });

  it('stops listening on close()', async () => {
    const local = await startTestServer();
    const url = local.url;
    await local.close();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});
