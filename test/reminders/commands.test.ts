import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createReminders, type Reminders } from '../../src/reminders/reminders.js';
import { getSubscription, listSubscriptions } from '../../src/store/reminder-subscriptions.js';
import { createTestChat, type TestChat } from '../helpers/chat.js';
import { tempDb } from '../helpers/temp-db.js';
import { reminderRows } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

async function setup(start = '2026-04-01T02:00:00Z'): Promise<{ chat: TestChat; feature: Reminders; setTime(iso: string): void }> {
  const t = tempDb();
  let now = Date.parse(start);
  const clock = () => new Date(now);
  const feature = createReminders({ db: t.db, clock, log: silentLogger, tz: 'Asia/Shanghai', cron: '* * * * *', knowledgeDir: 'knowledge' });
  const chat = await createTestChat({
    steps: [feature.step],
    db: t.db,
    clock,
    roles: [{ platform: 'console', userId: 'coord', scope: '*' }],
  });
  cleanups.push(() => {
    chat.close();
    t.cleanup();
  });
  return { chat, feature, setTime: (iso) => (now = Date.parse(iso)) };
}

describe('/提醒 subscriptions', () => {
  it('subscribes a private chat to everything with the default schedule, and lists what is coming', async () => {
    const { chat } = await setup();
    await chat.as('alice').says('/提醒 订阅').expectReply(/已为您订阅全部.*提前 14、7、3、1 天和当天的 09:00/);
    await chat.as('alice').says('/提醒 订阅').expectReply(/已订阅全部/);
    const [list] = await chat.as('alice').says('/提醒 列表');
    expect(list).toMatch(/全国知识产权宣传周：2026年4月20日至4月26日，还有 19 天/);
    expect(list).toMatch(/中国品牌日：2026年5月10日，还有 39 天/);
    expect(list).toMatch(/尚未公布日期：.*中国知识产权年会（2026年）/);
    expect(list).toMatch(/您的提醒：全部日程/);
  });

  it('in a group, the subscription targets the group, made by whoever asked', async () => {
    const { chat } = await setup();
    await chat.as('bob', { group: 'g1' }).says('/提醒 订阅 中国品牌日 年会').expectReply(/已为本群订阅：中国品牌日、中国知识产权年会/);
    const sub = getSubscription(chat.db, 'console', 'g1')!;
    expect(sub).toMatchObject({ chatType: 'group', subscriberId: 'bob', events: ['china-brand-day', 'china-ip-annual-conference'] });
    expect(sub.ref).toEqual({ platform: 'console', chatId: 'g1' });
    expect(getSubscription(chat.db, 'console', 'p2p:bob')).toBeUndefined();
    await chat.as('carol', { group: 'g1' }).says('/提醒 退订 品牌日').expectReply(/已为本群取消：中国品牌日/);
    expect(getSubscription(chat.db, 'console', 'g1')!.events).toEqual(['china-ip-annual-conference']);
    await chat.as('carol', { group: 'g1' }).says('/提醒 退订').expectReply(/已为本群取消全部提醒/);
    expect(listSubscriptions(chat.db)).toHaveLength(0);
  });

  it('unsubscribing one event from "all" excludes it from the reminders sent', async () => {
    const { chat, feature } = await setup('2026-05-01T00:00:00Z');
    await chat.as('alice').says('/提醒 订阅');
    await chat.as('alice').says('/提醒 退订 中国品牌日').expectReply(/取消：中国品牌日/);
    for (let at = Date.parse('2026-05-01T00:01:00Z'); at <= Date.parse('2026-05-11T00:00:00Z'); at += 3_600_000) feature.scheduler.tick(new Date(at));
    expect(reminderRows(chat.db).filter((row) => row.key.includes('china-brand-day'))).toHaveLength(0);
  });

  it('changes offsets, time and holiday shift, and refuses bad values in Chinese', async () => {
    const { chat } = await setup();
    await chat.as('alice').says('/提醒 设置 提前 3').expectReply(/还没有订阅/);
    await chat.as('alice').says('/提醒 订阅');
    await chat.as('alice').says('/提醒 设置 提前 7，3，1').expectReply(/提前 7、3、1 天的 09:00/);
    await chat.as('alice').says('/提醒 设置 时间 08:30').expectReply(/08:30/);
    await chat.as('alice').says('/提醒 设置 顺延 开').expectReply(/之前最近的工作日/);
    expect(getSubscription(chat.db, 'console', 'p2p:alice')).toMatchObject({ offsets: [7, 3, 1], remindAt: 510, shift: true });
    await chat.as('alice').says('/提醒 设置 提前 -3').expectReply(/“-3”不是有效的提前天数.*0 到 365/);
    await chat.as('alice').says('/提醒 设置 提前 10000').expectReply(/“10000”不是有效的提前天数/);
    await chat.as('alice').says('/提醒 设置 提前 三天').expectReply(/不是有效的提前天数/);
    await chat.as('alice').says('/提醒 设置 时间 25:00').expectReply(/“25:00”不是有效的时间/);
    await chat.as('alice').says('/提醒 设置 顺延 也许').expectReply(/顺延 开/);
    await chat.as('alice').says('/提醒 设置 颜色 红').expectReply(/不认识这个设置/);
    expect(getSubscription(chat.db, 'console', 'p2p:alice')).toMatchObject({ offsets: [7, 3, 1], remindAt: 510, shift: true });
  });

  it('answers an unknown event with close names, and odd input without crashing', async () => {
    const { chat } = await setup();
    await chat.as('alice').says('/提醒 订阅 中国品牌节').expectReply(/没有找到“中国品牌节”.*您是不是想找：.*中国品牌日/);
    await chat.as('alice').says('/提醒 订阅 🎉🎉').expectReply(/没有找到/);
    await chat.as('alice').says(`/提醒 订阅 ${'很长'.repeat(500)}`).expectReply(/没有找到“很长很长.*…”/);
    await chat.as('alice').says('/提醒 跳舞').expectReply(/不认识“跳舞”/);
    await chat.as('alice').says('/提醒').expectReply(/提醒功能用法/);
    expect(listSubscriptions(chat.db)).toHaveLength(0);
  });

  it('subscribes a WeCom group robot by its webhook and rejects other URLs', async () => {
    const { chat } = await setup();
    const url = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa';
    await chat.as('alice', { group: 'g1' }).says(`/提醒 订阅 企业微信 ${url}`).expectReply(/企业微信群机器人（qyapi.weixin.qq.com…key=693a…aa）/);
    expect(getSubscription(chat.db, 'wecom', url)!.ref).toEqual({ platform: 'wecom', chatId: url });
    await chat.as('alice').says('/提醒 订阅 企业微信 https://evil.example.com/cgi-bin/webhook/send?key=x').expectReply(/应形如 https:\/\/qyapi/);
    await chat.as('alice').says('/提醒 订阅 企业微信 not a url').expectReply(/应形如/);
    await chat.as('alice').says(`/提醒 退订 企业微信 ${url}`).expectReply(/已取消企业微信群机器人/);
    expect(listSubscriptions(chat.db)).toHaveLength(0);
  });
});

describe('coordinators edit the calendar', () => {
  it('adds, edits and deletes events; officers may not', async () => {
    const { chat, feature } = await setup();
    await chat.as('alice').says('/提醒 添加 培训会 2026-09-10').expectReply(/只有协调员可以添加日程/);
    await chat.as('coord').says('/提醒 添加 地理标志培训会 2026-09-10 至 2026-09-12 在成都').expectReply(/已添加日程“地理标志培训会”：2026年9月10日至9月12日（编号 ev1）/);
    expect(feature.calendar.get('ev1')).toMatchObject({ range: { start: '2026-09-10', end: '2026-09-12' }, description: '在成都' });
    await chat.as('coord').says('/提醒 修改 ev1 2026-09-11').expectReply(/已更新“地理标志培训会”：2026年9月11日/);
    await chat.as('coord').says('/提醒 修改 china-ip-annual-conference 2026-09-17 至 2026-09-18').expectReply(/已更新“中国知识产权年会”/);
    expect(feature.calendar.get('china-ip-annual-conference')!.dates!['2026']).toMatchObject({ start: '2026-09-17', end: '2026-09-18' });
    expect(feature.calendar.get('china-ip-annual-conference')!.dates!['2025']).toMatchObject({ start: '2025-09-11' });
    await chat.as('coord').says('/提醒 删除 ev1').expectReply(/已删除日程“地理标志培训会”/);
    expect(feature.calendar.get('ev1')).toBeUndefined();
    await chat.as('coord').says('/提醒 删除 nope').expectReply(/没有编号为“nope”的日程/);
  });

  it('rejects impossible dates and reversed ranges', async () => {
    const { chat } = await setup();
    await chat.as('coord').says('/提醒 添加 培训会 2026-02-30').expectReply(/“2026-02-30”不是有效日期（2月没有30日）/);
    await chat.as('coord').says('/提醒 添加 培训会 2月30日').expectReply(/“2月30日”不是有效日期（2月没有30日）/);
    await chat.as('coord').says('/提醒 添加 培训会 2026-13-01').expectReply(/不是有效日期/);
    await chat.as('coord').says('/提醒 添加 培训会 2026-09-12 至 2026-09-10').expectReply(/早于开始日期/);
    await chat.as('coord').says('/提醒 添加 2026-09-12').expectReply(/用法：\/提醒 添加/);
    await chat.as('coord').says('/提醒 添加 培训会').expectReply(/用法：\/提醒 添加/);
    expect(chat.db.prepare('SELECT COUNT(*) AS n FROM reminder_events').get()).toEqual({ n: 0 });
  });

  it('confirms a deadline proposed from a newly ingested notice', async () => {
    const { chat, feature } = await setup('2026-06-01T02:00:00Z');
    await chat.as('coord').says('/提醒 订阅');
    const notice = '请于2026年7月15日前将申报书电子件（含加盖公章扫描件）以省为单位通过电子邮件形式报送国家知识产权局运用促进司。';
    const proposed = feature.proposeFromNotice(notice, { doc: 'new-notice.md', title: '关于第三批名录申报的通知' });
    expect(proposed.map((p) => p.day)).toEqual(['2026-07-15']);
    expect(feature.proposeFromNotice(notice, { doc: 'new-notice.md', title: '关于第三批名录申报的通知' })).toHaveLength(0);
    const told = chat.db.prepare(`SELECT message FROM outbox WHERE key LIKE 'reminder-proposal:%'`).all() as { message: string }[];
    expect(told.map((row) => JSON.parse(row.message).text)).toEqual([expect.stringMatching(/“\/提醒 确认 1”/)]);
    await chat.as('coord').says('/提醒 待确认').expectReply(/1\. 《关于第三批名录申报的通知》报送截止：2026年7月15日/);
    await chat.as('alice').says('/提醒 确认 1').expectReply(/只有协调员/);
    await chat.as('coord').says('/提醒 确认 1').expectReply(/已确认并加入日程.*2026年7月15日/);
    await chat.as('coord').says('/提醒 确认 1').expectReply(/没有序号为“1”的待确认/);
    await chat.as('alice').says('离截止还有几天').expectReply(/报送截止：2026年7月15日截止，还有 44 天/);
  });
});

describe('questions answered from the calendar', () => {
  it('next event, days to the deadline, and when an event is', async () => {
    const { chat } = await setup('2023-04-01T02:00:00Z');
    await chat.as('alice').says('下次活动是什么时候').expectReply(/下一个日程是全国知识产权宣传周：2023年4月20日至4月26日，还有 19 天/);
    await chat.as('alice').says('离截止还有几天？').expectReply(/名录申报截止：2023年5月8日截止，还有 37 天/);
    await chat.as('alice').says('品牌日是哪天').expectReply(/中国品牌日：2023年5月10日，还有 39 天/);
    await chat.as('alice').says('距离世界知识产权日还有几天').expectReply(/世界知识产权日：2023年4月26日，还有 25 天/);
    await chat.as('alice').says('申报书需要盖章吗').expectReply(/没有找到依据/);
  });

  it('after the deadline and for events without a known date', async () => {
    const { chat } = await setup('2026-11-29T02:00:00Z');
    await chat.as('alice').says('离截止还有几天').expectReply(/已于2023年5月8日截止/);
    await chat.as('alice').says('年会是什么时候？').expectReply(/中国知识产权年会2027年的日期尚未公布。上一次是2025年9月11日/);
  });
});
