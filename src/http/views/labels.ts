import { t } from '../../texts.js';

/** Platforms with a Chinese name under web.platforms (a new adapter adds its name there and here). */
const NAMED = new Set(['feishu', 'wechat', 'wecom', 'wecom-bot', 'console', 'web']);

/** A platform's Chinese name (飞书, 企业微信群机器人 …); one without a name is 其他平台, never its code. */
export function platformName(platform: string): string {
  return t(NAMED.has(platform) ? `web.platforms.${platform}` : 'web.platforms.other');
}
