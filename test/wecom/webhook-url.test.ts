import { describe, expect, it } from 'vitest';
import { parseWecomWebhookUrl, redactWebhookUrl } from '../../src/wecom-webhook-url.js';

const KEY = '693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';

describe('WeCom webhook URL validation', () => {
  it('accepts the robot URL WeCom shows and returns it canonical', () => {
    expect(parseWecomWebhookUrl(`  https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}  `)).toBe(
      `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`,
    );
    // Extra parameters are dropped, so nothing but the key is sent along.
    expect(parseWecomWebhookUrl(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?debug=1&key=${KEY}`)).toBe(
      `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`,
    );
  });

  it.each([
    ['another host', `https://qyapi.weixin.qq.com.evil.cn/cgi-bin/webhook/send?key=${KEY}`],
    ['plain http', `http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`],
    ['a port', `https://qyapi.weixin.qq.com:8443/cgi-bin/webhook/send?key=${KEY}`],
    ['user info', `https://user:pw@qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`],
    ['another path', `https://qyapi.weixin.qq.com/cgi-bin/message/send?key=${KEY}`],
    ['no key', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send'],
    ['a hostile key', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=../../x%0d%0a'],
    ['loopback without the test allowance', `http://127.0.0.1:8080/cgi-bin/webhook/send?key=${KEY}`],
    ['not a URL', '请把提醒发到企业微信群'],
    ['empty', ''],
    ['huge', `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${'a'.repeat(5000)}`],
    ['emoji', 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=🔑🔑🔑🔑🔑🔑🔑🔑'],
  ])('rejects %s', (_name, url) => {
    expect(parseWecomWebhookUrl(url)).toBeUndefined();
  });

  it('accepts http://127.0.0.1 only with the loopback allowance (tests), and no other local host', () => {
    expect(parseWecomWebhookUrl(`http://127.0.0.1:8080/cgi-bin/webhook/send?key=${KEY}`, { allowInsecureLoopback: true })).toBe(
      `http://127.0.0.1:8080/cgi-bin/webhook/send?key=${KEY}`,
    );
    expect(parseWecomWebhookUrl(`http://localhost:8080/cgi-bin/webhook/send?key=${KEY}`, { allowInsecureLoopback: true })).toBeUndefined();
    expect(parseWecomWebhookUrl(`http://10.0.0.1/cgi-bin/webhook/send?key=${KEY}`, { allowInsecureLoopback: true })).toBeUndefined();
  });

  it('redacts the key for logs', () => {
    expect(redactWebhookUrl(`https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}`)).toBe(
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…',
    );
  });
});
