import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { signedPost, TEST_TOKEN, textEvent, type FeishuEvent } from '../helpers/fake-feishu/events.js';
import { startFakeFeishu, type FakeFeishu } from '../helpers/fake-feishu/server.js';
import { spawnService as startService } from '../helpers/service.js';
import { GROUP_ID, textBody } from '../helpers/fake-wecom-bot/bodies.js';
import { startFakeWecomBot } from '../helpers/fake-wecom-bot/server.js';
import { calendarEntrySchema } from '../../src/reminders/calendar-file.js';
import { createCalendar } from '../../src/reminders/calendar.js';
import { openDatabase } from '../../src/store/db.js';
import { saveSubscription } from '../../src/store/reminder-subscriptions.js';

const dir = mkdtempSync(join(tmpdir(), 'gi-bot-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm start` on the embedded defaults: no credentials, a fresh database, the shipped knowledge. */
describe('gi-bot start', () => {
  it('serves health and the console, then shuts down cleanly on SIGTERM', async () => {
    const { child, output, exited, url } = await startService({ DATABASE_PATH: join(dir, 'db', 'gi-bot.db') });

    // The sign-in link stands alone on its own stdout line, apart from the JSON logs on stderr.
    expect(output.stdout).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/login\/[A-Za-z0-9_-]{43}$/m);
    expect(output.stderr).not.toContain('/login/');
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    const ready = (await (await fetch(`${url}/readyz`)).json()) as { ready: boolean; index: { documents: number }; core: { thread: boolean; running: boolean } };
    expect(ready.ready).toBe(true);
    expect(ready.index.documents).toBeGreaterThanOrEqual(1);
    expect(ready.core).toMatchObject({ thread: true, running: true });
    const console = await fetch(`${url}/`, { redirect: 'manual' });
    expect([302, 303, 401]).toContain(console.status);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.stderr).toMatch(/gi-bot stopped/);
  }, 60_000);

  /**
   * Runs the service against a fake Feishu with `env` on top of the app credentials, delivers
   * the same question twice with `deliver` (each acknowledged with 200), and expects one cited
   * answer, then a clean SIGTERM.
   */
  async function answersOnce(env: Record<string, string>, deliver: (fake: FakeFeishu, url: string, event: FeishuEvent) => Promise<number>): Promise<void> {
    const fake = await startFakeFeishu();
    try {
      const { child, exited, url } = await startService({
        DATABASE_PATH: join(dir, `feishu-${env.FEISHU_MODE ?? 'websocket'}`, 'gi-bot.db'),
        FEISHU_APP_ID: fake.appId,
        FEISHU_APP_SECRET: fake.appSecret,
        FEISHU_DOMAIN: fake.url,
        ...env,
      });
      const event = textEvent({ now: new Date(), text: '@bot 申报书什么时候截止？', botOpenId: fake.botOpenId });
      expect(await deliver(fake, url, event)).toBe(200);
      await eventually(() => expect(fake.sent).toHaveLength(1));
      expect(fake.sent[0]?.content).toContain('5月8日');
      expect(await deliver(fake, url, event)).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(fake.sent).toHaveLength(1);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await fake.close();
    }
  }

  it('answers a Feishu webhook event once through the bot thread (a redelivery is acknowledged, not answered)', async () => {
    const key = 'service-test-encrypt-key';
    await answersOnce({ FEISHU_MODE: 'webhook', FEISHU_ENCRYPT_KEY: key, FEISHU_VERIFICATION_TOKEN: TEST_TOKEN }, async (_fake, url, event) => {
      const { body, headers } = signedPost(event, { encryptKey: key, now: new Date() });
      return (await fetch(`${url}/feishu/events`, { method: 'POST', body, headers })).status;
    });
  }, 60_000);

  it('answers over the Feishu long connection through the bot thread, and a replayed event only once', async () => {
    await answersOnce({}, async (fake, _url, event) => {
      await fake.waitForConnections(1);
      return fake.pushEvent(event);
    });
  }, 60_000);

  it('answers a WeCom smart-robot group @-question with its citation exactly once, and pushes a due reminder', async () => {
    const fake = await startFakeWecomBot();
    const dbPath = join(dir, 'wecom-bot', 'gi-bot.db');
    // The group subscribed yesterday to an event today at 00:00: due, so the start's catch-up pushes it.
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const seed = openDatabase(dbPath);
    const yesterday = new Date(Date.now() - 36 * 3600_000);
    createCalendar({ db: seed, fileEntries: [] }).save(
      calendarEntrySchema.parse({ id: 'wecom-service-day', title: '企业微信服务测试日', kind: 'event', date: today, source: 'test' }),
      'test',
      yesterday,
    );
    saveSubscription(
      seed,
      {
        platform: 'wecom-bot',
        chatId: GROUP_ID,
        ref: { platform: 'wecom-bot', chatId: GROUP_ID },
        chatType: 'group',
        subscriberId: 'zhangsan',
        subscriberRole: 'officer',
        events: ['wecom-service-day'],
        excluded: [],
        offsets: [0],
        remindAt: 0,
        shift: false,
      },
      yesterday,
    );
    seed.close();
    fake.knownChats.add(GROUP_ID);
    try {
      const { child, exited, url } = await startService({ DATABASE_PATH: dbPath, WECOM_BOT_ID: fake.botId, WECOM_BOT_SECRET: fake.secret, WECOM_BOT_WS_URL: fake.url });
      await fake.waitForSubscriptions(1);
      await eventually(() => expect(fake.visible().some((m) => m.cmd === 'aibot_send_msg' && m.chatid === GROUP_ID && m.content.includes('企业微信服务测试日'))).toBe(true));

      const question = textBody({ text: '申报书什么时候截止？' });
      fake.pushMessage(question);
      const answers = () => fake.visible().filter((m) => m.content.includes('5月8日'));
      await eventually(() => expect(answers()).toHaveLength(1));
      expect(answers()[0]?.content).toMatch(/出处：/);
      fake.pushMessage(question);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(answers()).toHaveLength(1);
      expect(fake.visible()).toHaveLength(2);

      const ready = (await (await fetch(`${url}/readyz`)).json()) as { adapters: { platform: string; connected: boolean; detail?: string }[] };
      expect(ready.adapters.find((a) => a.platform === 'wecom-bot')).toMatchObject({ connected: true, detail: expect.stringMatching(/长连接已建立/) });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      await fake.close();
    }
  }, 60_000);
});
