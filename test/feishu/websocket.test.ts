import { ignoringSink } from '../helpers/bot.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeishuAdapter } from '../../adapters/feishu/index.js';
import { silentLogger } from '../../src/log.js';
import { fixture, textEvent } from '../helpers/fake-feishu/events.js';
import { eventually, startFeishuBot, type FeishuBot } from '../helpers/fake-feishu/harness.js';
import { startFakeFeishu, type FakeFeishu } from '../helpers/fake-feishu/server.js';
import { tempDb } from '../helpers/temp-db.js';

describe('feishu long connection (websocket mode) against a fake endpoint speaking the SDK frames', () => {
  let fake: FakeFeishu;
  let store: ReturnType<typeof tempDb>;
  let bot: FeishuBot | undefined;

  beforeEach(async () => {
    fake = await startFakeFeishu();
    store = tempDb();
  });

  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    await fake.close();
    store.cleanup();
  });

  const ask = (text: string) => textEvent({ now: new Date(), text, botOpenId: fake.botOpenId });

  it('connects, acknowledges pushed events and answers them', async () => {
    bot = await startFeishuBot({ fake, dbPath: store.path, mode: 'websocket' });
    expect(bot.adapter.status()).toMatchObject({ platform: 'feishu', connected: true });
    expect(bot.adapter.routes()).toEqual([]);
    const ack = await fake.pushEvent(ask('@bot 申报书什么时候截止？'));
    expect(ack).toBe(200);
    await eventually(() => expect(fake.sent).toHaveLength(1));
    expect(fake.sent[0]?.content).toMatch(/5月8日/);
    expect(await fake.pushEvent(fixture('card-action', { now: new Date() }))).toBe(200);
    await eventually(() => expect(fake.sent).toHaveLength(2));
    expect(fake.sent[1]?.content).toContain('谢谢反馈');
  });

  it('answers events replayed on reconnect only once', async () => {
    bot = await startFeishuBot({ fake, dbPath: store.path, mode: 'websocket' });
    const first = ask('@bot 申报书什么时候截止？');
    await fake.pushEvent(first);
    await eventually(() => expect(fake.sent).toHaveLength(1));

    const second = ask('@bot 推荐名额有几个？');
    fake.dropConnections([first, second, first]);
    await fake.waitForConnections(2);
    await eventually(() => expect(fake.sent).toHaveLength(2));
    await bot.pipeline.idle();
    await bot.sender.drain();
    expect(fake.sent).toHaveLength(2);
    expect(fake.sent[1]?.content).toContain('名额');
  });

  it('does not answer a replay after a restart on the same database', async () => {
    bot = await startFeishuBot({ fake, dbPath: store.path, mode: 'websocket' });
    const event = ask('@bot 申报书什么时候截止？');
    await fake.pushEvent(event);
    await eventually(() => expect(fake.sent).toHaveLength(1));
    await bot.stop();

    bot = await startFeishuBot({ fake, dbPath: store.path, mode: 'websocket' });
    expect(await fake.pushEvent(event)).toBe(200);
    const added = fixture('bot-added', { now: new Date() });
    await fake.pushEvent(added);
    await eventually(() => expect(fake.sent).toHaveLength(2));
    expect(fake.sent[1]?.target).toBe('oc_newgroup00000000000000000000001');
  });

  it('refuses an app id the SDK would silently ignore, with a message that says what to fix', async () => {
    const adapter = createFeishuAdapter({
      appId: 'my-app',
      appSecret: fake.appSecret,
      mode: 'websocket',
      domain: fake.url,
      botName: '地标助手',
      eventMaxAgeSeconds: 3600,
      log: silentLogger,
      clock: () => new Date(),
    });
    await expect(adapter.start(ignoringSink)).rejects.toThrow(/FEISHU_APP_ID/);
    await adapter.stop();
  });
});
