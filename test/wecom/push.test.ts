import { afterEach, describe, expect, it } from 'vitest';
import { createWecomAdapter, WECOM_MARKDOWN_MAX_BYTES, WECOM_TEXT_MAX_BYTES } from '../../adapters/wecom/index.js';
import { createOutboxSender } from '../../src/bot/outbox-sender.js';
import { PlatformError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { enqueue, outboxByKey } from '../../src/store/outbox.js';
import { startFakeWecom, type FakeWecom } from '../helpers/fake-wecom.js';
import { tempDb } from '../helpers/temp-db.js';

let fake: FakeWecom | undefined;
let temp: ReturnType<typeof tempDb> | undefined;
afterEach(async () => {
  await fake?.close();
  temp?.cleanup();
  fake = undefined;
  temp = undefined;
});

function setup(extra: { timeoutMs?: number; ratePerMinute?: number } = {}) {
  let now = new Date('2026-05-01T08:00:00Z').getTime();
  const clock = (): Date => new Date(now);
  const adapter = createWecomAdapter({
    log: silentLogger,
    ratePerMinute: extra.ratePerMinute ?? 20,
    clock,
    timeoutMs: extra.timeoutMs,
    allowInsecureLoopback: true,
    consoleUrl: 'https://gi-bot.example.gov.cn/console',
  });
  return { adapter, clock, advance: (ms: number) => void (now += ms) };
}

const ref = (url: string) => ({ platform: 'wecom' as const, chatId: url });

describe('WeCom group-robot push', () => {
  it('posts text with the source line, and markdown when the message has a markdown body', async () => {
    fake = await startFakeWecom();
    const { adapter } = setup();
    await adapter.send(ref(fake.url('key-aaaa-0001')), {
      text: '距申报截止还有 3 天（2023年5月8日）。',
      card: { fold: { title: '出处：国知办发运字〔2023〕14号 · 正文', text: '…' } },
    });
    await adapter.send(ref(fake.url('key-aaaa-0001')), { text: '提醒', markdown: '## 申报截止提醒\n> 2023年5月8日前报送' });
    expect(fake.requests).toEqual([
      {
        key: 'key-aaaa-0001',
        path: '/cgi-bin/webhook/send',
        body: { msgtype: 'text', text: { content: '距申报截止还有 3 天（2023年5月8日）。\n\n出处：国知办发运字〔2023〕14号 · 正文' } },
      },
      { key: 'key-aaaa-0001', path: '/cgi-bin/webhook/send', body: { msgtype: 'markdown', markdown: { content: '## 申报截止提醒\n> 2023年5月8日前报送' } } },
    ]);
  });

  it('retries errcode 45009 (frequency limit) through the outbox and delivers once', async () => {
    fake = await startFakeWecom();
    temp = tempDb();
    const { adapter, clock, advance } = setup();
    const sender = createOutboxSender({ db: temp.db, adapter, clock, log: silentLogger, rate: { count: 20, perMs: 60_000 }, maxAttempts: 5, backoffMs: 1000 });
    fake.reply({ errcode: 45009, errmsg: 'api freq out of limit' });
    enqueue(temp.db, 'reminder:1', ref(fake.url()), { text: '明天是中国品牌日（5月10日）。' }, clock());
    expect(await sender.drain()).toBe(0);
    const waiting = outboxByKey(temp.db, 'reminder:1');
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting?.lastError).toMatch(/^rate_limited: .*errcode 45009/);
    // WeCom's window is a minute: the retry is not due before that.
    expect(new Date(waiting!.nextAttemptAt).getTime() - clock().getTime()).toBeGreaterThanOrEqual(60_000);
    advance(30_000);
    expect(await sender.drain()).toBe(0);
    advance(31_000);
    expect(await sender.drain()).toBe(1);
    expect(await sender.drain()).toBe(0);
    expect(outboxByKey(temp.db, 'reminder:1')).toMatchObject({ status: 'sent', attempts: 2 });
    expect(fake.requests).toHaveLength(2);
  });

  it('treats HTTP 5xx as a retryable server error', async () => {
    fake = await startFakeWecom();
    temp = tempDb();
    const { adapter, clock, advance } = setup();
    fake.reply({ status: 502 });
    await expect(adapter.send(ref(fake.url()), { text: '一' })).rejects.toMatchObject({ code: 'server', retryable: true });
    const sender = createOutboxSender({ db: temp.db, adapter, clock, log: silentLogger, rate: { count: 20, perMs: 60_000 }, maxAttempts: 5, backoffMs: 1000 });
    fake.reply({ status: 503 });
    enqueue(temp.db, 'r', ref(fake.url()), { text: '二' }, clock());
    await sender.drain();
    advance(5_000);
    await sender.drain();
    expect(outboxByKey(temp.db, 'r')).toMatchObject({ status: 'sent', attempts: 2 });
    expect(fake.requests.map((r) => r.body.text?.content)).toEqual(['一', '二', '二']);
  });

  it('gives up a robot that never answers after the timeout, as a retryable network error', async () => {
    fake = await startFakeWecom();
    const { adapter } = setup({ timeoutMs: 150 });
    fake.reply('hang');
    const error = await adapter.send(ref(fake.url()), { text: '超时测试' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'network', retryable: true });
    expect((error as Error).message).toMatch(/did not answer within 150 ms/);
    expect(adapter.status().detail).toMatch(/did not answer/);
  });

  it('reports an unreachable robot as a network error', async () => {
    fake = await startFakeWecom();
    const url = fake.url();
    await fake.close();
    fake = undefined;
    const { adapter } = setup();
    await expect(adapter.send(ref(url), { text: '网络' })).rejects.toMatchObject({ code: 'network' });
  });

  it('keeps to 20 messages a minute per robot, each robot on its own budget', async () => {
    fake = await startFakeWecom();
    const { adapter, advance } = setup();
    for (let i = 0; i < 20; i++) {
      await adapter.send(ref(fake.url('robot-one-01')), { text: `第${i + 1}条` });
      advance(1000);
    }
    const refused = await adapter.send(ref(fake.url('robot-one-01')), { text: '第21条' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'rate_limited', retryAfterMs: 40_000 });
    await adapter.send(ref(fake.url('robot-two-02')), { text: '另一个群' });
    expect(fake.requests.filter((r) => r.key === 'robot-one-01')).toHaveLength(20);
    advance(40_000);
    await adapter.send(ref(fake.url('robot-one-01')), { text: '第21条' });
    expect(fake.requests.at(-1)?.body.text?.content).toBe('第21条');
  });

  it('fails for good (auth, no retry) when the robot key is invalid', async () => {
    fake = await startFakeWecom();
    temp = tempDb();
    const { adapter, clock } = setup();
    fake.reply({ errcode: 93000, errmsg: 'invalid webhook url, hint: [xxx]' });
    const sender = createOutboxSender({ db: temp.db, adapter, clock, log: silentLogger, rate: { count: 20, perMs: 60_000 }, maxAttempts: 5 });
    enqueue(temp.db, 'bad-key', ref(fake.url('removed-robot')), { text: '提醒' }, clock());
    await sender.drain();
    const row = outboxByKey(temp.db, 'bad-key');
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row?.lastError).toMatch(/^auth: .*93000/);
    // The robot key never appears whole in what is stored.
    expect(row?.lastError).not.toContain('removed-robot');
  });

  it('splits long text at 2048 bytes and markdown at 4096 bytes', async () => {
    fake = await startFakeWecom();
    const { adapter } = setup();
    const long = Array.from({ length: 30 }, (_, i) => `${i + 1}. 地理标志运用促进重点联系指导名录申报事项说明。`).join('\n');
    await adapter.send(ref(fake.url()), { text: long });
    await adapter.send(ref(fake.url()), { text: long, markdown: long.repeat(3) });
    const texts = fake.requests.filter((r) => r.body.msgtype === 'text').map((r) => r.body.text!.content);
    const markdowns = fake.requests.filter((r) => r.body.msgtype === 'markdown').map((r) => r.body.markdown!.content);
    expect(texts.length).toBeGreaterThan(1);
    expect(markdowns.length).toBeGreaterThan(1);
    for (const content of texts) expect(Buffer.byteLength(content)).toBeLessThanOrEqual(WECOM_TEXT_MAX_BYTES);
    for (const content of markdowns) expect(Buffer.byteLength(content)).toBeLessThanOrEqual(WECOM_MARKDOWN_MAX_BYTES);
    expect(texts[0]).toMatch(/^（1\/\d）\n1\. /);
  });

  it('sends a download hint instead of a file', async () => {
    fake = await startFakeWecom();
    const { adapter } = setup();
    await adapter.send(ref(fake.url()), { text: '浙江省申报汇总已导出。', file: { path: '/tmp/x.xlsx', name: '申报汇总.xlsx' } });
    expect(fake.requests[0]?.body.text?.content).toMatch(/浙江省申报汇总已导出。\n\n文件“申报汇总.xlsx”.*https:\/\/gi-bot\.example\.gov\.cn\/console/);
  });

  it('refuses URLs that are not WeCom robot webhooks without sending anything', async () => {
    fake = await startFakeWecom();
    const { adapter } = setup();
    const strict = createWecomAdapter({ log: silentLogger, ratePerMinute: 20 });
    await expect(strict.send(ref(fake.url()), { text: 'x' })).rejects.toMatchObject({ code: 'bad_request', retryable: false });
    for (const url of ['https://evil.example.com/cgi-bin/webhook/send?key=abcdef12', 'file:///etc/passwd', '', '企业微信']) {
      await expect(adapter.send(ref(url), { text: 'x' })).rejects.toMatchObject({ code: 'bad_request' });
    }
    expect(fake.requests).toEqual([]);
  });
});
