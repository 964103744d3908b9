import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEISHU_EVENTS_PATH } from '../../adapters/feishu/index.js';
import { recentOutbox } from '../../src/store/outbox.js';
import { signedPost, TEST_TOKEN, textEvent } from '../helpers/fake-feishu/events.js';
import { eventually, startFeishuBot, type FeishuBot } from '../helpers/fake-feishu/harness.js';
import { startFakeFeishu, type FakeFeishu } from '../helpers/fake-feishu/server.js';
import { tempDb } from '../helpers/temp-db.js';

const ENCRYPT_KEY = 'fault-test-key';

describe('feishu sending faults: the outbox delivers each reply exactly once', () => {
  let fake: FakeFeishu;
  let store: ReturnType<typeof tempDb>;
  let bots: FeishuBot[];

  beforeEach(async () => {
    fake = await startFakeFeishu();
    store = tempDb();
    bots = [];
  });

  afterEach(async () => {
    for (const bot of bots) if (bot.db.open) await bot.stop();
    await fake.close();
    store.cleanup();
  });

  async function start(options: { sending?: boolean; backoffMs?: number } = {}): Promise<FeishuBot> {
    const bot = await startFeishuBot({ fake, dbPath: store.path, mode: 'webhook', encryptKey: ENCRYPT_KEY, verificationToken: TEST_TOKEN, ...options });
    bots.push(bot);
    return bot;
  }

  async function deliver(bot: FeishuBot, text = '@bot 申报书什么时候截止？') {
    const event = textEvent({ now: new Date(), text, botOpenId: fake.botOpenId });
    const { body, headers } = signedPost(event, { encryptKey: ENCRYPT_KEY, now: new Date() });
    const [route] = bot.adapter.routes();
    const response = await route?.handle(new Request(`http://127.0.0.1${FEISHU_EVENTS_PATH}`, { method: 'POST', body, headers }));
    expect(response?.status).toBe(200);
    return event;
  }

  it('429, then 500, then OK: the reply arrives once', async () => {
    const bot = await start();
    fake.failNext(
      { status: 429, body: { code: 99991400, msg: 'request trigger frequency limit' } },
      { status: 500, body: { code: 2200, msg: 'internal error' } },
    );
    await deliver(bot);
    // The fake records a message before the sender has read the answer: wait for the row.
    await eventually(() => expect(recentOutbox(bot.db, 10)[0]?.status).toBe('sent'));
    expect(fake.sent).toHaveLength(1);
    expect(fake.refused).toBe(2);
    const [row] = recentOutbox(bot.db, 10);
    expect([row?.attempts, row?.lastError]).toEqual([3, null]);
  });

  it('open platform down for a while: replies go out when it is back', async () => {
    const bot = await start({ backoffMs: 30 });
    await fake.pause();
    await deliver(bot);
    await deliver(bot, '@bot 推荐名额有几个？');
    // The chat's head row retries; the one behind it waits its turn (per-chat order).
    await eventually(() => {
      const [behind, head] = recentOutbox(bot.db, 10);
      expect([behind?.attempts, (head?.attempts ?? 0) >= 2]).toEqual([0, true]);
    });
    expect(fake.sent).toHaveLength(0);
    await fake.resume();
    await eventually(() => expect(recentOutbox(bot.db, 10).map((row) => row.status)).toEqual(['sent', 'sent']));
    expect(fake.sent).toHaveLength(2);
  });

  it('gives up after the bound on a permanent refusal, marking the row failed', async () => {
    const bot = await start();
    fake.failNext({ status: 400, body: { code: 230002, msg: 'Bot/User can NOT be out of the chat.' } });
    await deliver(bot);
    await eventually(() => expect(recentOutbox(bot.db, 10)[0]?.status).toBe('failed'));
    expect(recentOutbox(bot.db, 10)[0]?.lastError).toMatch(/bad_request.*230002/);
    expect(fake.sent).toHaveLength(0);
  });

  it('open platform unreachable at startup: events get 503 (redelivered later) until the adapter is up', async () => {
    await fake.pause();
    const bot = await start();
    expect(bot.adapter.status().connected).toBe(false);
    const event = textEvent({ now: new Date(), text: '@bot 申报书什么时候截止？', botOpenId: fake.botOpenId });
    const post = () => {
      const { body, headers } = signedPost(event, { encryptKey: ENCRYPT_KEY, now: new Date() });
      return bot.adapter.routes()[0]?.handle(new Request(`http://127.0.0.1${FEISHU_EVENTS_PATH}`, { method: 'POST', body, headers }));
    };
    expect((await post())?.status).toBe(503);
    await fake.resume();
    await eventually(() => expect(bot.adapter.status().connected).toBe(true));
    expect((await post())?.status).toBe(200);
    await eventually(() => expect(fake.sent).toHaveLength(1));
  });

  it('killed between deciding and sending: after restart the reply is sent exactly once', async () => {
    const first = await start({ sending: false });
    const event = await deliver(first);
    await eventually(() => expect(recentOutbox(first.db, 10)).toHaveLength(1));
    await first.pipeline.idle();
    expect(fake.sent).toHaveLength(0);
    await first.stop();

    const second = await start();
    await eventually(() => expect(fake.sent).toHaveLength(1));
    // Feishu redelivers the unanswered event to the new process: still one reply.
    const { body, headers } = signedPost(event, { encryptKey: ENCRYPT_KEY, now: new Date() });
    const [route] = second.adapter.routes();
    expect((await route?.handle(new Request(`http://127.0.0.1${FEISHU_EVENTS_PATH}`, { method: 'POST', body, headers })))?.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await second.pipeline.idle();
    await eventually(() => expect(recentOutbox(second.db, 10).map((row) => row.status)).toEqual(['sent']));
    expect(fake.sent).toHaveLength(1);
  });
});
