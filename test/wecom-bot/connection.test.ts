import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ignoringSink } from '../helpers/bot.js';
import { createWecomBotAdapter, type WecomBotAdapter } from '../../adapters/wecom-bot/index.js';
import { PlatformError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { startFakeWecomBot, type FakeWecomBot } from '../helpers/fake-wecom-bot/server.js';
import { tempDb } from '../helpers/temp-db.js';

describe('WeCom robot long connection refused', () => {
  let fake: FakeWecomBot | undefined;
  let adapter: WecomBotAdapter | undefined;
  let store: ReturnType<typeof tempDb>;
  beforeEach(() => {
    store = tempDb();
  });
  afterEach(async () => {
    await adapter?.stop();
    await fake?.close();
    store.cleanup();
  });

  it('says in Chinese which settings to check when WeCom refuses the subscription, and holds replies as offline', async () => {
    fake = await startFakeWecomBot();
    adapter = createWecomBotAdapter({
      botId: fake.botId,
      secret: 'not-the-secret',
      mode: 'websocket',
      wsUrl: fake.url,
      botName: '地标助手',
      log: silentLogger,
      clock: () => new Date(),
      reconnectBaseMs: 10,
      readyTimeoutMs: 5_000,
    });
    await adapter.start(ignoringSink);
    await eventually(() => expect(adapter!.status().detail).toMatch(/订阅被拒绝.*WECOM_BOT_SECRET/));
    expect(adapter.status().connected).toBe(false);
    expect(fake.subscriptions()).toBe(0);
    const sending = adapter.send({ platform: 'wecom-bot', chatId: 'zhangsan' }, { text: '你好' });
    await expect(sending).rejects.toBeInstanceOf(PlatformError);
    await expect(sending).rejects.toMatchObject({ code: 'offline' });
  });
});
