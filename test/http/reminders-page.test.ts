import { afterEach, describe, expect, it } from 'vitest';
import { createLoginLink } from '../../src/login/links.js';
import { createRemindersView } from '../../src/http/providers/reminders.js';
import { calendarEntrySchema } from '../../src/reminders/calendar-file.js';
import { createCalendar } from '../../src/reminders/calendar.js';
import type { Db } from '../../src/store/db.js';
import { enqueue } from '../../src/store/outbox.js';
import { createDeliveryRecorder } from '../../src/store/reminder-deliveries.js';
import { DEFAULT_OFFSETS, saveSubscription } from '../../src/store/reminder-subscriptions.js';
import { addProposal } from '../../src/store/reminders.js';
import type { PlatformName } from '../../src/platform.js';
import { Client, startTestServer, type TestServer } from './helpers.js';
import { seedNomination } from './seed.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fileEntries = [
  calendarEntrySchema.parse({ id: 'brand-day', title: '中国品牌日', kind: 'event', yearly: { month: 5, day: 10 }, source: 'test' }),
  calendarEntrySchema.parse({ id: 'list-2023', title: '2023年名录申报截止', kind: 'deadline', date: '2023-05-08', source: 'test' }),
];

/** Subscriptions (each with one delivery) of the admin, two officers and a group one officer subscribed. */
function seedChats(db: Db, now: Date): void {
  const chats: [PlatformName, string, 'p2p' | 'group', string, string][] = [
    ['web', 'p2p:admin', 'p2p', 'admin', '给管理员的提醒'],
    ['feishu', 'oc_me_p2p', 'p2p', 'ou_me', '给我的提醒'],
    ['feishu', 'oc_me_group', 'group', 'ou_me', '给我群的提醒'],
    ['web', 'p2p:feishu:ou_me', 'p2p', 'feishu:ou_me', '给我测试对话的提醒'],
    ['feishu', 'oc_other', 'p2p', 'ou_other', '给别人的提醒'],
  ];
  const recorder = createDeliveryRecorder(db);
  chats.forEach(([platform, chatId, chatType, subscriberId, title], i) => {
    saveSubscription(db, { platform, chatId, ref: { platform, chatId }, chatType, subscriberId, subscriberRole: 'officer', events: [`ev-${i}`], excluded: [], offsets: DEFAULT_OFFSETS, remindAt: 540, shift: false }, now);
    // Each chat follows its own event, so the delivery log names whose it is by the event's title.
    db.prepare(`INSERT INTO reminder_events (id, entry, deleted, updated_by, updated_at) VALUES (?, ?, 0, 'test', ?)`).run(
      `ev-${i}`,
      JSON.stringify({ id: `ev-${i}`, title, kind: 'event', date: '2026-12-10', source: 'test' }),
      now.toISOString(),
    );
    const key = `reminder:ev-${i}:${chatId}`;
    recorder.record({ key, kind: 'reminder', eventId: `ev-${i}`, occurrence: '2026-12-10', offsetDays: 7, platform, chatId, dueAt: '2026-12-03T01:00:00Z', status: 'sent', recordedAt: now.toISOString() });
    enqueue(db, key, { platform, chatId }, { text: title }, now);
  });
}

const NOW = new Date('2026-11-30T03:57:00Z');

/** The server's clock moved to NOW (it starts on 2026-04-01). */
async function startWithReminders(): Promise<TestServer> {
  const started = await startTestServer((db) => ({
    reminders: createRemindersView({ db, calendar: createCalendar({ db, fileEntries }), clock: () => NOW, tz: 'Asia/Shanghai' }),
  }));
  started.advance(NOW.getTime() - Date.parse('2026-04-01T02:00:00Z'));
  return started;
}

async function signInAs(server: TestServer, userId: string, role: { kind: 'officer' } | { kind: 'coordinator'; scope: string }): Promise<Client> {
  const path = createLoginLink(server.db, { platform: 'feishu', userId, role }, () => NOW);
  const client = new Client(server.url);
  await client.post(path, { _csrf: await client.csrfFrom(path) });
  return client;
}

const section = (page: string, id: string): string => page.slice(page.indexOf(`<h2>${id}`), page.indexOf('</section>', page.indexOf(`<h2>${id}`)));

describe('/reminders for an officer and a coordinator', () => {
  it("shows an officer only their own chats' subscriptions and deliveries", async () => {
    server = await startWithReminders();
    seedChats(server.db, new Date('2026-11-30T03:00:00Z'));
    seedNomination(server.db, { ownerId: 'ou_me', ownerName: '王科长', fields: { productName: '西湖龙井' } });
    const officer = await signInAs(server, 'ou_me', { kind: 'officer' });
    const page = await (await officer.fetch('/reminders')).text();
    const subscriptions = section(page, '我的订阅');
    const deliveries = section(page, '我的提醒记录');
    for (const own of ['给我的提醒', '给我群的提醒', '给我测试对话的提醒']) {
      expect(subscriptions).toContain(own);
      expect(deliveries).toContain(own);
    }
    for (const text of [subscriptions, deliveries]) {
      expect(text).not.toContain('给管理员的提醒');
      expect(text).not.toContain('给别人的提醒');
    }
    expect(subscriptions).toContain('王科长');
    expect(page).not.toContain('待确认的截止日期');
    expect(page).not.toMatch(/ou_me|oc_me|p2p:|feishu:/);

    const admin = new Client(server.url);
    await admin.signInAdmin();
    const all = await (await admin.fetch('/reminders')).text();
    for (const title of ['给管理员的提醒', '给我的提醒', '给别人的提醒']) expect(section(all, '发送记录')).toContain(title);
    expect(section(all, '订阅')).toContain('管理员');
    expect(all).not.toMatch(/ou_me|oc_me|p2p:admin/);
  });

  it('marks past events 已过期, shows the next yearly occurrence and what comes after an empty window', async () => {
    server = await startWithReminders();
    const admin = new Client(server.url);
    await admin.signInAdmin();
    const page = await (await admin.fetch('/reminders')).text();
    expect(page).toMatch(/未来 90 天内没有日程。下一个是“中国品牌日”：2027-05-10（还有 161 天）/);
    const events = section(page, '全部活动');
    expect(events).toMatch(/2023年名录申报截止<\/td>[\s\S]*?2023-05-08 <span class="tag past">已过期<\/span>/);
    expect(events).toMatch(/每年 05-10<div class="muted">下次：2027-05-10<\/div>/);
    expect(events.indexOf('中国品牌日')).toBeLessThan(events.indexOf('2023年名录申报截止'));
  });

  it('lets a coordinator accept a proposal with a corrected date and reminder days, or dismiss one; officers cannot', async () => {
    server = await startWithReminders();
    const now = new Date('2026-11-30T03:00:00Z');
    const proposed = (day: string) => ({
      doc: 'notice-2027',
      docTitle: '关于2027年名录申报的通知',
      day,
      quote: `请于${day}前报送。`,
      entry: { title: '《关于2027年名录申报的通知》报送截止', kind: 'deadline', date: day, source: 'notice-2027', nomination: true },
    });
    const first = addProposal(server.db, proposed('2027-03-08'), now)!;
    const second = addProposal(server.db, proposed('2027-03-20'), now)!;
    const admin = new Client(server.url);
    const csrf = await admin.signInAdmin();
    const page = await (await admin.fetch('/reminders')).text();
    expect(section(page, '待确认的截止日期')).toContain('识别自《关于2027年名录申报的通知》');
    expect(section(page, '待确认的截止日期')).toContain('value="2027-03-08"');

    const bad = await admin.post(`/reminders/proposals/${first}/accept`, { _csrf: csrf, date: '2027-02-30', offsets: '7' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('截止日期格式应为');
    const badDays = await admin.post(`/reminders/proposals/${first}/accept`, { _csrf: csrf, date: '2027-03-09', offsets: '七天' });
    expect(await badDays.text()).toContain('不是有效的提前天数');

    const officer = await signInAs(server, 'ou_me', { kind: 'officer' });
    const officerCsrf = await officer.csrfFrom('/reminders');
    expect((await officer.post(`/reminders/proposals/${first}/accept`, { _csrf: officerCsrf, date: '2027-03-09', offsets: '7' })).status).toBe(403);
    expect((await officer.post(`/reminders/proposals/${second}/dismiss`, { _csrf: officerCsrf })).status).toBe(403);

    const accepted = await admin.post(`/reminders/proposals/${first}/accept`, { _csrf: csrf, date: '2027-03-09', offsets: '10, 3，0' });
    expect(accepted.status).toBe(303);
    const after = await (await admin.fetch(accepted.headers.get('location') ?? '')).text();
    expect(after).toContain('已确认“《关于2027年名录申报的通知》报送截止”，加入日程（2027-03-09）');
    expect(section(after, '全部活动')).toMatch(/报送截止<\/td>[\s\S]*?2027-03-09<\/td>\s*<td>提前 10、3、0 天<\/td>/);
    expect(section(after, '待确认的截止日期')).not.toContain('2027-03-08');
    const again = await admin.post(`/reminders/proposals/${first}/accept`, { _csrf: csrf, date: '2027-03-09', offsets: '7' });
    expect(again.status).toBe(409);

    const dismissed = await admin.post(`/reminders/proposals/${second}/dismiss`, { _csrf: csrf });
    expect(dismissed.headers.get('location')).toBe('/reminders?dismissed=1');
    const final = await (await admin.fetch('/reminders')).text();
    expect(section(final, '待确认的截止日期')).toContain('没有待确认的截止日期');
    expect(server.db.prepare('SELECT status FROM reminder_proposals ORDER BY id').pluck().all()).toEqual(['confirmed', 'rejected']);
    expect((await admin.post('/reminders/proposals/abc/dismiss', { _csrf: csrf })).status).toBe(404);
  });
});
