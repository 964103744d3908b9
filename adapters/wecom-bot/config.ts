import type { Config } from '../../src/config.js';

/** WeCom smart-robot settings, from `src/config.ts` (see `wecomBotConfigFrom`). */
export interface WecomBotAdapterConfig {
  botId: string;
  secret: string;
  mode: 'websocket' | 'callback';
  /** Long-connection endpoint: wss://openws.work.weixin.qq.com, a private deployment's, or a test fake. */
  wsUrl: string;
  /** Callback mode: Token and EncodingAESKey set with the callback URL. */
  token?: string;
  encodingAesKey?: string;
  /** BOT_NAME: stripped as "@name" from group messages and named in the welcome. */
  botName: string;
  /** Where exports can be downloaded (PUBLIC_URL), named instead of a file. */
  consoleUrl?: string;
}

/** The adapter settings from the validated configuration; undefined when the robot is not configured. */
export function wecomBotConfigFrom(config: Config): WecomBotAdapterConfig | undefined {
  if (!config.WECOM_BOT_ID || !config.WECOM_BOT_SECRET) return undefined;
  return {
    botId: config.WECOM_BOT_ID,
    secret: config.WECOM_BOT_SECRET,
    mode: config.WECOM_BOT_MODE,
    wsUrl: config.WECOM_BOT_WS_URL,
    token: config.WECOM_BOT_TOKEN,
    encodingAesKey: config.WECOM_BOT_ENCODING_AES_KEY,
    botName: config.BOT_NAME,
    consoleUrl: config.PUBLIC_URL,
  };
}
