import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FEISHU_EVENTS_PATH } from '../../adapters/feishu/index.js';
import { systemClock } from '../../src/clock.js';
import { createHttpServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import { createFakeQa } from '../http/helpers.js';
import { eventually, startFeishuBot, type FeishuBot } from '../helpers/fake-feishu/harness.js';
import { fixture, rawFixture, signedPost, TEST_TOKEN, textEvent } from '../helpers/fake-feishu/events.js';
import { startFakeFeishu, type FakeFeishu } from '../helpers/fake-feishu/server.js';
import { tempDb } from '../helpers/temp-db.js';

const ENCRYPT_KEY = 'encrypt-key-for-tests';

describe('feishu webhook mode, end to end over HTTP', () => {
  let fake: FakeFeishu;
  let store: ReturnType<typeof tempDb>;
  let bot: FeishuBot;
  let http: { url: string; close(): Promise<void> };
  let base: string;

  beforeAll(async () => {
    fake = await startFakeFeishu();
    store = tempDb();
    bot = await startFeishuBot({ fake, dbPath: store.path, mode: 'webhook', encryptKey: ENCRYPT_KEY, verificationToken: TEST_TOKEN });
    // Mounted by the service's own HTTP server, the way the service mounts it.
    http = await createHttpServer({
      config: { ADMIN_TOKEN: 'webhook-test-admin-token-0123', SESSION_TTL_HOURS: 12, KNOWLEDGE_DIR: 'knowledge', BOT_NAME: '地标助手', TZ: 'Asia/Shanghai' },
      db: bot.db,
      log: silentLogger,
      clock: systemClock,
      qa: createFakeQa('knowledge'),
      chat: async () => [],
      routes: bot.adapter.routes(),
      status: () => [bot.adapter.status()],
    }).listen(0, '127.0.0.1');
    base = http.url;
  });

  afterAll(async () => {
    await http.close();
    await bot.stop();
    await fake.close();
    store.cleanup();
  });

  beforeEach(() => {
    fake.sent.length = 0;
  });

  async function post(payload: unknown, options: Partial<Parameters<typeof signedPost>[1]> = {}, path = FEISHU_EVENTS_PATH): Promise<Response> {
    const { body, headers } = signedPost(payload, { encryptKey: ENCRYPT_KEY, now: new Date(), ...options });
    return fetch(`${base}${path}`, { method: 'POST', body, headers });
  }

  const question = (text = '@bot 申报书什么时候截止？') => textEvent({ now: new Date(), text, botOpenId: fake.botOpenId });

  /** Lets accepted events run through the pipeline and the sender. */
  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 30));
    await bot.pipeline.idle();
    await bot.sender.drain();
  }

  it('answers the URL check with the challenge, signed or not, but only with the right token', async () => {
    const check = { ...rawFixture('url-verification'), token: TEST_TOKEN };
    const signed = await post(check);
    expect([signed.status, await signed.json()]).toEqual([200, { challenge: 'ajls384kdjx98XX' }]);
    const { body } = signedPost(check, { encryptKey: ENCRYPT_KEY, now: new Date() });
    const unsigned = await fetch(`${base}${FEISHU_EVENTS_PATH}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect([unsigned.status, await unsigned.json()]).toEqual([200, { challenge: 'ajls384kdjx98XX' }]);
    expect((await post({ ...check, token: 'guessed' })).status).toBe(401);
    expect((await post(check, { plain: true })).status).toBe(401);
  });

  it('acknowledges a valid encrypted, signed event and answers it once, as a card', async () => {
    const started = Date.now();
    const response = await post(question());
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    await eventually(() => expect(fake.sent).toHaveLength(1));
    expect(fake.sent[0]?.msgType).toBe('interactive');
    expect(fake.sent[0]?.content).toMatch(/5月8日/);
    expect(fake.sent[0]?.content).toContain('collapsible_panel');
  });

  it('answers an event posted five times exactly once', async () => {
    const event = question('@bot 推荐名额有几个？');
    const statuses = await Promise.all(Array.from({ length: 3 }, () => post(event).then((r) => r.status)));
    for (let i = 0; i < 2; i += 1) statuses.push((await post(event)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    await settle();
    await eventually(() => expect(fake.sent).toHaveLength(1));
    await settle();
    expect(fake.sent).toHaveLength(1);
  });

  it('refuses forgeries, replays and junk with the right status, sends nothing, and stays up', async () => {
    const now = new Date();
    const cases: [string, Promise<Response>, number][] = [
      ['forged signature', post(question(), { signature: 'f'.repeat(64) }), 401],
      ['missing signature', fetch(`${base}${FEISHU_EVENTS_PATH}`, { method: 'POST', body: signedPost(question(), { encryptKey: ENCRYPT_KEY, now }).body, headers: { 'content-type': 'application/json' } }), 401],
      ['stale timestamp', post(question(), { timestamp: Math.floor(now.getTime() / 1000) - 6 * 60 }), 401],
      ['plain body with a key set', post(question(), { plain: true }), 401],
      ['wrong token', post({ ...question(), header: { ...question().header, token: 'not-the-token' } }), 401],
      ['2 MiB body', post(question(), { rawBody: JSON.stringify({ encrypt: 'A'.repeat(2 * 1024 * 1024) }) }), 413],
      ['invalid JSON', post(question(), { rawBody: '{"encrypt": ' }), 400],
      ['wrong path', post(question(), {}, '/feishu/events/extra'), 404],
    ];
    for (const [name, response, status] of cases) {
      expect([name, (await response).status]).toEqual([name, status]);
    }
    const valid = await post(question('@bot 申报材料要盖章吗？'));
    expect(valid.status).toBe(200);
    await eventually(() => expect(fake.sent).toHaveLength(1));
    await settle();
    expect(fake.sent).toHaveLength(1);
  });

  it('refuses a chunked body as it passes 1 MiB, without a declared length, and stays up', async () => {
    const chunk = new TextEncoder().encode('A'.repeat(64 * 1024));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        if (sent > 2 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${base}${FEISHU_EVENTS_PATH}`, { method: 'POST', body, duplex: 'half', headers: { 'content-type': 'application/json' } } as RequestInit);
    expect(response.status).toBe(413);
    expect((await post({ ...rawFixture('url-verification'), token: TEST_TOKEN })).status).toBe(200);
  });

  it('a wrong path never hangs the handler, even called directly', async () => {
    const [route] = bot.adapter.routes();
    const response = await route?.handle(new Request('http://127.0.0.1/elsewhere', { method: 'POST', body: '{}' }));
    expect(response?.status).toBe(404);
  });

  it('drops events older than the configured window', async () => {
    const old = question();
    old.header.create_time = String(Date.now() - 2 * 3600_000);
    expect((await post(old)).status).toBe(200);
    await settle();
    expect(fake.sent).toHaveLength(0);
  });

  it('leaves unaddressed group chatter to the core (no reply) and answers in p2p', async () => {
    await post(question('大家中午吃什么'));
    await settle();
    expect(fake.sent).toHaveLength(0);
    const p2p = textEvent({ now: new Date(), text: '申报书什么时候截止', chatType: 'p2p', chatId: 'oc_p2p_1', botOpenId: fake.botOpenId });
    await post(p2p);
    await eventually(() => expect(fake.sent).toHaveLength(1));
    expect(fake.sent[0]?.target).toBe('oc_p2p_1');
  });

  it('replies in the thread a question came from', async () => {
    await post(fixture('message-post', { now: new Date(), message: { mentions: [{ key: '@_user_1', id: { open_id: fake.botOpenId }, name: '地标助手' }] } }));
    await eventually(() => expect(fake.sent).toHaveLength(1));
    expect(fake.sent[0]).toMatchObject({ kind: 'reply', replyInThread: true });
  });

  it('tells what it can read when sent an image', async () => {
    await post(fixture('message-image-p2p', { now: new Date() }));
    await eventually(() => expect(fake.sent).toHaveLength(1));
    expect(fake.sent[0]?.content).toContain('图片');
  });

  it('introduces itself once when added to a group', async () => {
    const added = fixture('bot-added', { now: new Date() });
    await post(added);
    await post(added);
    await eventually(() => expect(fake.sent).toHaveLength(1));
    await settle();
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0]).toMatchObject({ target: 'oc_newgroup00000000000000000000001', receiveIdType: 'chat_id' });
    expect(fake.sent[0]?.content).toContain('地标助手');
  });

  it('records feedback from a card button press once', async () => {
    const press = fixture('card-action', { now: new Date() });
    await post(press);
    await post(press);
    await eventually(() => expect(fake.sent).toHaveLength(1));
    await settle();
    expect(fake.sent[0]?.content).toContain('谢谢反馈');
    const rows = bot.db.prepare('SELECT user_id, helpful FROM feedback').all();
    expect(rows).toEqual([{ user_id: 'ou_84aad35d084aa403a838cf73ee18467', helpful: 1 }]);
  });
});
