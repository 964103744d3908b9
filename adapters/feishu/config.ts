import type { Config } from '../../src/config.js';

/** Feishu settings, from `src/config.ts` (see `feishuConfigFrom`). */
export interface FeishuAdapterConfig {
  appId: string;
  appSecret: string;
  mode: 'websocket' | 'webhook';
  /** Open-platform base URL: https://open.feishu.cn, https://open.larksuite.com, or a test fake. */
  domain: string;
  encryptKey?: string;
  verificationToken?: string;
  /** BOT_NAME: the name in the group introduction; a message starting with it addresses the bot. */
  botName: string;
  /** Events older than this are dropped (FEISHU_EVENT_MAX_AGE_SECONDS). */
  eventMaxAgeSeconds: number;
}

/** The adapter settings from the validated configuration; undefined when Feishu is not configured. */
export function feishuConfigFrom(config: Config): FeishuAdapterConfig | undefined {
  if (!config.FEISHU_APP_ID || !config.FEISHU_APP_SECRET) return undefined;
  return {
    appId: config.FEISHU_APP_ID,
    appSecret: config.FEISHU_APP_SECRET,
    mode: config.FEISHU_MODE,
    domain: config.FEISHU_DOMAIN.replace(/\/+$/, ''),
    encryptKey: config.FEISHU_ENCRYPT_KEY,
    verificationToken: config.FEISHU_VERIFICATION_TOKEN,
    botName: config.BOT_NAME,
    eventMaxAgeSeconds: config.FEISHU_EVENT_MAX_AGE_SECONDS,
  };
}
