import { describe, expect, it } from 'vitest';
import { wecomBotConfigFrom } from '../../adapters/wecom-bot/index.js';
import { ConfigError, parseConfig } from '../../src/config.js';

const problems = (env: Record<string, string>): string[] => {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    return error instanceof ConfigError ? error.problems : [String(error)];
  }
};

describe('WeCom smart-robot configuration', () => {
  it('is off without id and secret, and on the official long connection by default when both are set', () => {
    expect(wecomBotConfigFrom(parseConfig({}))).toBeUndefined();
    expect(wecomBotConfigFrom(parseConfig({ WECOM_BOT_ID: 'aib1', WECOM_BOT_SECRET: 's', BOT_NAME: '名录助手' }))).toMatchObject({
      botId: 'aib1',
      mode: 'websocket',
      wsUrl: 'wss://openws.work.weixin.qq.com',
      botName: '名录助手',
    });
  });

  it('names the setting to fix: a lone id or secret, callback mode without token or key, a malformed key or URL', () => {
    expect(problems({ WECOM_BOT_ID: 'aib1' }).join()).toMatch(/WECOM_BOT_SECRET: WECOM_BOT_ID 和 WECOM_BOT_SECRET 需要一起设置/);
    expect(problems({ WECOM_BOT_ID: 'aib1', WECOM_BOT_SECRET: 's', WECOM_BOT_MODE: 'callback' }).join()).toMatch(/WECOM_BOT_TOKEN: 回调模式需要/);
    expect(problems({ WECOM_BOT_ENCODING_AES_KEY: 'too-short' }).join()).toMatch(/WECOM_BOT_ENCODING_AES_KEY: .*43 位/);
    expect(problems({ WECOM_BOT_WS_URL: 'https://openws.work.weixin.qq.com' }).join()).toMatch(/WECOM_BOT_WS_URL/);
    expect(problems({ WECOM_BOT_MODE: 'webhook' }).join()).toMatch(/WECOM_BOT_MODE/);
  });
});
