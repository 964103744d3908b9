import { connect } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createFeishuWebhookRoute } from '../../adapters/feishu/webhook.js';
import { systemClock } from '../../src/clock.js';
import { createHttpServer } from '../../src/http/server.js';
import type { WebhookRoute } from '../../src/platform.js';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { createFakeQa } from '../http/helpers.js';
import { tempDb } from '../helpers/temp-db.js';

let t: ReturnType<typeof tempDb>;
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  t?.cleanup();
});

/** A logger whose JSON lines the test reads. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'debug' }, stream), lines };
}

/** Sends the headers and part of a declared body, then hangs up: what a client that gives up does. */
async function abortedPost(url: string, path: string): Promise<void> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(`POST ${path} HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"partial":`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  socket.destroy();
}

async function serve(route: WebhookRoute, log: pino.Logger): Promise<string> {
  t = tempDb();
  const http = await createHttpServer({
    config: { ADMIN_TOKEN: 'abort-test-admin-token-0123456', SESSION_TTL_HOURS: 12, KNOWLEDGE_DIR: 'knowledge', BOT_NAME: '地标助手', TZ: 'Asia/Shanghai' },
    db: t.db,
    log,
    clock: systemClock,
    qa: createFakeQa('knowledge'),
    chat: async () => [],
    routes: [route],
    status: () => [],
  }).listen(0, '127.0.0.1');
  close = http.close;
  return http.url;
}

describe('webhook requests the client aborts', () => {
  const feishuRoute = (log: pino.Logger) =>
    createFeishuWebhookRoute({ path: '/feishu/events', clock: systemClock, log, encryptKey: 'k', onEvent: async () => undefined });

  it('are logged at info without a stack on the read-body path the service uses', async () => {
    const { log, lines } = capturingLogger();
    const url = await serve(feishuRoute(log), log);
    await abortedPost(url, '/feishu/events');
    await eventually(() => expect(lines.map((line) => line.msg)).toContain('webhook request aborted by the client'));
    expect(lines.find((line) => line.msg === 'webhook request aborted by the client')).toMatchObject({ level: 30, path: '/feishu/events' });
    expect(lines.filter((line) => Number(line.level) >= 40 || 'err' in line)).toEqual([]);
  });

  it('are logged at info without a stack when the route reads the web request itself', async () => {
    const { log, lines } = capturingLogger();
    const { receive: _receive, ...webOnly } = feishuRoute(log);
    const url = await serve(webOnly, log);
    await abortedPost(url, '/feishu/events');
    await eventually(() => expect(lines.map((line) => line.msg)).toContain('request aborted by the client'));
    expect(lines.find((line) => line.msg === 'request aborted by the client')).toMatchObject({ level: 30, path: '/feishu/events' });
    expect(lines.filter((line) => Number(line.level) >= 40 || 'err' in line)).toEqual([]);
  });
});
