import { describe, expect, it } from 'vitest';
import { ConfigError, llmConfigured, parseConfig } from '../../src/config.js';

describe('config', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const cfg = parseConfig({});
    expect(cfg.PORT).toBe(3000);
    expect(cfg.DATABASE_PATH).toBe('data/gi-bot.db');
    expect(cfg.KNOWLEDGE_DIR).toBe('knowledge');
    expect(cfg.FEISHU_MODE).toBe('websocket');
    expect(llmConfigured(cfg)).toBe(false);
  });

  it('treats empty strings (a copied .env.example) as unset', () => {
    expect(parseConfig({ PORT: '', LLM_MODEL: '  ' }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ FEISHU_MODE: 'polling' }, 'FEISHU_MODE'],
    [{ LLM_BASE_URL: 'not a url' }, 'LLM_BASE_URL'],
    [{ LLM_BASE_URL: 'http://127.0.0.1:1/v1' }, 'LLM_API_KEY'],
    [{ FEISHU_APP_ID: 'cli_0123456789abcdef' }, 'FEISHU_APP_SECRET'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
    [{ COORDINATORS: 'nocolon' }, 'COORDINATORS'],
  ])('a bad value %o stops startup naming %s', (env, name) => {
    try {
      parseConfig(env);
      expect.unreachable('parseConfig should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain(name);
    }
  });

  it('parses lists with full-width commas and coordinator scopes', () => {
    const cfg = parseConfig({ COORDINATORS: 'feishu:ou_1:浙江省，console:admin', WECHAT_ROOMS: '地标工作群, 测试群' });
    expect(cfg.COORDINATORS).toEqual([
      { platform: 'feishu', userId: 'ou_1', scope: '浙江省' },
      { platform: 'console', userId: 'admin', scope: '*' },
    ]);
    expect(cfg.WECHAT_ROOMS).toEqual(['地标工作群', '测试群']);
  });
});
