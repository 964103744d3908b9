import { ignoringSink } from '../helpers/bot.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeishuAdapter, feishuConfigFrom } from '../../adapters/feishu/index.js';
import { parseConfig } from '../../src/config.js';
import { PlatformError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { startFakeFeishu, type FakeFeishu } from '../helpers/fake-feishu/server.js';
import { tempDb } from '../helpers/temp-db.js';

describe('feishu configuration', () => {
  let fake: FakeFeishu;
  let store: ReturnType<typeof tempDb>;

  beforeEach(async () => {
    fake = await startFakeFeishu();
    store = tempDb();
  });

  afterEach(async () => {
    await fake.close();
    store.cleanup();
  });

  it('is off without credentials and reads every FEISHU_ setting when set', () => {
    expect(feishuConfigFrom(parseConfig({}))).toBeUndefined();
    const config = feishuConfigFrom(
      parseConfig({ FEISHU_APP_ID: 'cli_a1b2c3d4e5f60718', FEISHU_APP_SECRET: 's', FEISHU_DOMAIN: 'https://open.larksuite.com/', BOT_NAME: '名录助手' }),
    );
    expect(config).toMatchObject({ mode: 'websocket', domain: 'https://open.larksuite.com', botName: '名录助手', eventMaxAgeSeconds: 3600 });
  });

  it('fails to start with wrong credentials, saying which settings to check', async () => {
    const adapter = createFeishuAdapter({
      appId: fake.appId,
      appSecret: 'wrong',
      mode: 'webhook',
      domain: fake.url,
      encryptKey: 'k',
      botName: '地标助手',
      eventMaxAgeSeconds: 3600,
      log: silentLogger,
      clock: () => new Date(),
    });
    const error = await adapter.start(ignoringSink).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).code).toBe('auth');
    expect((error as PlatformError).message).toMatch(/FEISHU_APP_SECRET/);
    expect(adapter.status().connected).toBe(false);
  });
});
