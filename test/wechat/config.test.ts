import { describe, expect, it } from 'vitest';
import { createWechatAdapter, wechatAdapterConfigFrom } from '../../adapters/wechat/index.js';
import { parseConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';

describe('wechat adapter configuration', () => {
  it('maps the environment settings', () => {
    const config = parseConfig({
      WECHATY_PUPPET: 'wechaty-puppet-service',
      WECHATY_PUPPET_SERVICE_TOKEN: 'puppet_token_abc',
      WECHAT_ROOMS: '浙江省地标工作群，江西地标群',
      WECHAT_ROOM_RATE_PER_MINUTE: '4',
    });
    expect(wechatAdapterConfigFrom(config, 'https://gi-bot.example.gov.cn/console')).toEqual({
      puppetName: 'wechaty-puppet-service',
      puppetToken: 'puppet_token_abc',
      name: 'gi-bot',
      rooms: ['浙江省地标工作群', '江西地标群'],
      ratePerMinute: 20,
      roomRatePerMinute: 4,
      botName: '地标助手',
      consoleUrl: 'https://gi-bot.example.gov.cn/console',
    });
  });

  it('tells the operator what to set when the puppet or its token is missing', () => {
    const base = { log: silentLogger, clock: () => new Date(), rooms: [], ratePerMinute: 20, roomRatePerMinute: 6, botName: '地标助手' };
    expect(() => createWechatAdapter(base)).toThrow(/set WECHATY_PUPPET/);
    expect(() => createWechatAdapter({ ...base, puppetName: 'wechaty-puppet-service' })).toThrow(/WECHATY_PUPPET_SERVICE_TOKEN/);
  });
});
