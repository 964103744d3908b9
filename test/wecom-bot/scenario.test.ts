import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createReminders } from '../../src/reminders/reminders.js';
import { eventually } from '../helpers/fake-feishu/harness.js';
import { cardPressBody, enterChatBody, GROUP_ID, textBody } from '../helpers/fake-wecom-bot/bodies.js';
import { startWecomBotApp, type WecomBotApp } from '../helpers/fake-wecom-bot/harness.js';
import { startFakeWecomBot, type FakeWecomBot } from '../helpers/fake-wecom-bot/server.js';

/**
 * The WeCom smart robot end to end: the real `@wecom/aibot-node-sdk` in the adapter main.ts
 * builds from WECOM_BOT_*, connected to the fake long-connection endpoint, with the real bot
 * behind it. Each case says what a user does and sees.
 */
describe('WeCom smart robot over the long connection', () => {
  let fake: FakeWecomBot;
  let bot: WecomBotApp | undefined;

  beforeEach(async () => {
    fake = await startFakeWecomBot();
  });
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
    await fake.close();
  });

  const start = async (clock?: () => Date): Promise<WecomBotApp> => {
    bot = await startWecomBotApp(fake, {}, clock);
    await fake.waitForSubscriptions(1);
    return bot;
  };
  /** Lets the bot finish what it received and send what it decided. */
  const settle = async (): Promise<void> => {
    await bot!.app.pipeline.idle();
    await bot!.app.drain();
  };
  const status = () => bot!.app.adapters.get('wecom-bot')!.status!();

  it('subscribes with the bot id and secret, and says so on /readyz in Chinese', async () => {
    await start();
    expect(status()).toMatchObject({ platform: 'wecom-bot', connected: true });
    expect(status().detail).toMatch(/长连接已建立.*只有一条长连接有效/);
  });

  it('answers a group @-question once, on its callback, with the cited clause; a redelivery is not answered again', async () => {
    await start();
    const question = textBody({ text: '申报书什么时候截止？' });
    const reqId = fake.pushMessage(question);
    await eventually(() => expect(fake.visible()).toHaveLength(1));
    const [answer] = fake.visible();
    expect(answer?.cmd).toBe('aibot_respond_msg');
    expect(fake.sent[0]?.reqId).toBe(reqId);
    expect(answer?.content).toMatch(/5月8日/);
    expect(answer?.content).toMatch(/出处：.+/);
    expect(answer?.body.stream).toMatchObject({ finish: true });

    fake.pushMessage(question);
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.visible()).toHaveLength(1);
  });

  it('ignores group chatter that does not address the robot', async () => {
    await start();
    fake.pushMessage(textBody({ text: '大家下午好，今天开会吗', mention: false }));
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.sent).toEqual([]);
  });

  it('welcomes a user who opens the single chat, within the 5-second window', async () => {
    await start();
    fake.pushEvent(enterChatBody('lisi'));
    await eventually(() => expect(fake.visible()).toHaveLength(1), 5000);
    expect(fake.sent[0]).toMatchObject({ cmd: 'aibot_respond_welcome_msg', accepted: true });
    expect(fake.visible()[0]?.content).toMatch(/地标助手/);
  });

  it('moves a nomination started in a group to the single chat and continues it there', async () => {
    await start();
    // The user has talked to the robot in the single chat before, so it may write there.
    fake.knownChats.add('wangwu');
    fake.pushMessage(textBody({ text: '/申报', userId: 'wangwu' }));
    await eventually(() => expect(fake.visible().length).toBeGreaterThanOrEqual(3));
    const [inGroup, ...inPrivate] = fake.visible();
    expect(inGroup).toMatchObject({ cmd: 'aibot_respond_msg' });
    expect(inGroup?.content).toMatch(/私聊/);
    expect(inPrivate.every((m) => m.cmd === 'aibot_send_msg' && m.chatid === 'wangwu')).toBe(true);
    expect(inPrivate.map((m) => m.content).join('\n')).toMatch(/【1\/21】.*地理标志名称/);

    const before = fake.visible().length;
    fake.pushMessage(textBody({ text: '章丘大葱', userId: 'wangwu', group: false }));
    await eventually(() => expect(fake.visible().length).toBeGreaterThanOrEqual(before + 2));
    const continued = fake.visible().slice(before);
    expect(continued[0]).toMatchObject({ cmd: 'aibot_respond_msg' });
    expect(continued.map((m) => m.content).join('\n')).toMatch(/已记录 地理标志名称：章丘大葱[\s\S]*【2\/21】/);
  });

  it('turns a card button press into the action it carries, and updates the card within 5 seconds', async () => {
    await start();
    fake.pushMessage(textBody({ text: '申报书什么时候截止？' }));
    await eventually(() => expect(fake.visible()).toHaveLength(1));
    const card = fake.visible()[0]?.body.template_card as { task_id: string; button_list: { text: string; key: string }[] };
    expect(card.button_list.map((b) => b.text)).toEqual(expect.arrayContaining(['有帮助']));
    const helpful = card.button_list.find((b) => b.text === '有帮助')!;

    fake.pushEvent(cardPressBody({ userId: 'zhangsan', chatId: GROUP_ID, key: helpful.key, taskId: card.task_id }));
    await eventually(() => expect(fake.visible()).toHaveLength(3));
    const update = fake.visible().find((m) => m.cmd === 'aibot_respond_update_msg');
    expect(update?.content).toMatch(/已选择：有帮助/);
    const thanks = fake.visible().find((m) => m.cmd === 'aibot_send_msg');
    expect(thanks).toMatchObject({ chatid: GROUP_ID });
    expect(thanks?.content).toMatch(/谢谢反馈/);
  });

  it('pushes a reminder with aibot_send_msg to a group that subscribed', async () => {
    let now: Date | undefined;
    const { app } = await start(() => now ?? new Date());
    fake.pushMessage(textBody({ text: '/提醒 订阅' }));
    await eventually(() => expect(fake.visible()).toHaveLength(1));
    expect(fake.visible()[0]?.content).toMatch(/订阅/);

    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const day = tomorrow.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    app.web.reminders!.saveEvent({ title: '企业微信推送测试日', kind: 'event', date: day }, 'test');
    now = new Date(`${day}T09:05:00+08:00`);
    // One scheduler tick, as `gi-bot reminders tick` runs it, on the service's database.
    const { config, db, clock } = app;
    const reminders = createReminders({ db, clock, log: silentLogger, tz: config.TZ, cron: config.REMINDER_CRON, knowledgeDir: config.KNOWLEDGE_DIR });
    const queued = reminders.scheduler.tick();
    expect(queued.queued.map((item) => item.platform)).toEqual(['wecom-bot']);
    await settle();
    await eventually(() => expect(fake.visible()).toHaveLength(2));
    const pushed = fake.visible()[1];
    expect(pushed).toMatchObject({ cmd: 'aibot_send_msg', chatid: GROUP_ID });
    expect(pushed?.content).toMatch(/企业微信推送测试日/);
  });

  it('loses and doubles nothing when the connection drops: queued replies wait, then go out once', async () => {
    await start();
    fake.pushMessage(textBody({ text: '申报书什么时候截止？' }));
    await eventually(() => expect(fake.visible()).toHaveLength(1));

    // The question arrives, then the line drops before the answer can leave.
    const second = textBody({ text: '推荐名额有几个？' });
    fake.pushMessage(second);
    fake.dropConnection();
    await fake.waitForSubscriptions(2);
    await eventually(() => expect(fake.visible()).toHaveLength(2), 15_000);
    // WeCom replays the message on the new connection: still answered once.
    fake.pushMessage(second);
    await settle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.visible()).toHaveLength(2);
    // The callback of the first connection is gone: the answer was pushed to the group instead.
    expect(fake.visible()[1]).toMatchObject({ cmd: 'aibot_send_msg', chatid: GROUP_ID });
    expect(fake.visible()[1]?.content).toMatch(/名额/);
    expect(status().connected).toBe(true);
  }, 30_000);

  it('retries an answer whose connection dropped before WeCom acknowledged it: pushed once after the reconnect', async () => {
    await start();
    fake.failNextSend('drop');
    fake.pushMessage(textBody({ text: '推荐名额有几个？' }));
    await fake.waitForSubscriptions(2);
    await eventually(() => expect(fake.visible()).toHaveLength(1), 15_000);
    await settle();
    expect(fake.sent[0]).toMatchObject({ cmd: 'aibot_respond_msg', accepted: false });
    // The first connection's callback died with it: the answer went to the group as a push.
    expect(fake.visible()[0]).toMatchObject({ cmd: 'aibot_send_msg', chatid: GROUP_ID });
    expect(fake.visible()[0]?.content).toMatch(/名额/);
    const row = bot!.app.db.prepare(`SELECT status, attempts FROM outbox WHERE chat_id = ?`).get(GROUP_ID);
    expect(row).toEqual({ status: 'sent', attempts: 2 });
  }, 30_000);

  it('reports being pushed out when another connection of the same robot subscribes', async () => {
    await start();
    const intruder = await startWecomBotApp(fake);
    try {
      await fake.waitForSubscriptions(2);
      await eventually(() => expect(status().connected).toBe(false));
      expect(status().detail).toMatch(/挤下线/);
    } finally {
      await intruder.stop();
    }
  });
});
