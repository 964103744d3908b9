import { z } from 'zod';

/** WeCom's group-robot endpoint; the only host a production send may go to. */
export const WECOM_WEBHOOK_HOST = 'qyapi.weixin.qq.com';
const WEBHOOK_PATH = '/cgi-bin/webhook/send';

export interface WecomUrlOptions {
  /** Also accept http://127.0.0.1:<port>/… (the tests' fake webhook server). Never set in production. */
  allowInsecureLoopback?: boolean;
}

/**
 * The schema for a group-robot webhook URL (群机器人 → Webhook 地址):
 * https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<robot key>. URLs come from users
 * (`/提醒 订阅 企业微信 <URL>`), so nothing else is accepted: no other host, port, path or scheme.
 */
export function wecomWebhookUrlSchema(options: WecomUrlOptions = {}) {
  return z
    .string()
    .trim()
    .max(512, 'the webhook URL is too long')
    .transform((text, ctx) => {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not a URL' });
        return z.NEVER;
      }
      const production = url.protocol === 'https:' && url.hostname === WECOM_WEBHOOK_HOST && url.port === '';
      const loopback = options.allowInsecureLoopback === true && url.protocol === 'http:' && url.hostname === '127.0.0.1';
      if (!production && !loopback) {
        ctx.addIssue({ code: 'custom', message: `only https://${WECOM_WEBHOOK_HOST}${WEBHOOK_PATH}?key=… is accepted` });
        return z.NEVER;
      }
      const key = url.searchParams.get('key') ?? '';
      if (url.pathname !== WEBHOOK_PATH || !/^[A-Za-z0-9-]{8,64}$/.test(key) || url.username || url.password || url.hash) {
        ctx.addIssue({ code: 'custom', message: `expected ${WEBHOOK_PATH}?key=<robot key>` });
        return z.NEVER;
      }
      // Rebuilt from parts so nothing but the key travels along.
      return `${url.protocol}//${url.host}${WEBHOOK_PATH}?key=${key}`;
    });
}

/** Validates a user-supplied webhook URL; returns its canonical form or undefined. */
export function parseWecomWebhookUrl(text: string, options: WecomUrlOptions = {}): string | undefined {
  const result = wecomWebhookUrlSchema(options).safeParse(text);
  return result.success ? result.data : undefined;
}

/** The URL with the robot key shortened, for logs and error texts (the key is a secret). */
export function redactWebhookUrl(url: string): string {
  return url.replace(/([?&]key=)([^&]{0,4})[^&]*/, '$1$2…');
}
