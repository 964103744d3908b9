import { afterEach, describe, expect, it } from 'vitest';
import { saveSubscription } from '../../src/store/reminder-subscriptions.js';
import { enqueue } from '../../src/store/outbox.js';
import { Client, startTestServer, type TestServer } from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const rowOf = (page: string, name: string): string => page.match(new RegExp(`<tr><th>${name}</th>[\\s\\S]*?</tr>`))?.[0] ?? '';

describe('the status page in Chinese', () => {
  it('names platforms in Chinese, says an unused WeCom robot is 未使用, and never shows codes', async () => {
    server = await startTestServer({ core: () => ({ thread: true, running: true, restarts: 0 }) });
    server.adapters.push({ platform: 'wecom', connected: true }, { platform: 'web', connected: true });
    enqueue(server.db, 'k1', { platform: 'feishu', chatId: 'oc_1' }, { text: '你好' }, new Date());
    const client = new Client(server.url);
    await client.signInAdmin();
    let page = await (await client.fetch('/status')).text();
    expect(rowOf(page, '飞书')).toContain('正常');
    expect(rowOf(page, '企业微信群机器人')).toContain('未使用');
    expect(rowOf(page, '企业微信群机器人')).not.toContain('正常');
    expect(rowOf(page, '协调台测试对话')).toContain('正常');
    const main = page.slice(page.indexOf('<main'));
    expect(main).not.toMatch(/>(feishu|wecom|web|console)</);
    expect(main).not.toContain('独立线程');

    const wecom = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc';
    saveSubscription(server.db, { platform: 'wecom', chatId: wecom, ref: { platform: 'wecom', chatId: wecom }, chatType: 'group', subscriberId: 'ou_a', subscriberRole: 'officer', excluded: [], offsets: [1], remindAt: 540, shift: false }, new Date());
    page = await (await client.fetch('/status')).text();
    expect(rowOf(page, '企业微信群机器人')).toContain('正常');
  });
});
