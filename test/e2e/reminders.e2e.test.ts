import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createLoginLink } from '../../src/login/links.js';
import { createRemindersView } from '../../src/http/providers/reminders.js';
import { createHttpServer } from '../../src/http/server.js';
import { silentLogger } from '../../src/log.js';
import type { PlatformName } from '../../src/platform.js';
import { calendarEntrySchema } from '../../src/reminders/calendar-file.js';
import { createCalendar } from '../../src/reminders/calendar.js';
import type { Db } from '../../src/store/db.js';
import { enqueue, markSent, outboxByKey } from '../../src/store/outbox.js';
import { createDeliveryRecorder } from '../../src/store/reminder-deliveries.js';
import { DEFAULT_OFFSETS, saveSubscription } from '../../src/store/reminder-subscriptions.js';
import { addProposal } from '../../src/store/reminders.js';
import { createFakeQa } from '../http/helpers.js';
import { seedNomination } from '../http/seed.js';
import { HAS_CHROMIUM, screenshot, useE2eSite } from './browser.js';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
/** The service clock: 2026-11-30 11:57 in Shanghai. */
const NOW = new Date('2026-11-30T03:57:00Z');
const RAW_IDS = /ou_\w+|oc_\w+|p2p:|feishu:|console:|Asia\/Shanghai/;

/** Chats of the admin, of officer 王科长 (private and a group), and of another officer, each with one delivery. */
function seed(db: Db): void {
  const chats: [PlatformName, string, 'p2p' | 'group', string, string, 'sent' | 'pending'][] = [
    ['web', 'p2p:admin', 'p2p', 'admin', '管理员自己的培训会', 'sent'],
    ['feishu', 'oc_wang', 'p2p', 'ou_wang', '王科长的品牌日', 'sent'],
    ['feishu', 'oc_zj_group', 'group', 'ou_wang', '浙江群的宣传周', 'pending'],
    ['feishu', 'oc_li', 'p2p', 'ou_li', '李处长的年会', 'sent'],
  ];
  const recorder = createDeliveryRecorder(db);
  chats.forEach(([platform, chatId, chatType, subscriberId, title, outbox], i) => {
    const id = `e2e-${i}`;
    saveSubscription(db, { platform, chatId, ref: { platform, chatId }, chatType, subscriberId, subscriberRole: 'officer', events: [id], excluded: [], offsets: DEFAULT_OFFSETS, remindAt: 540, shift: false }, NOW);
    db.prepare(`INSERT INTO reminder_events (id, entry, deleted, updated_by, updated_at) VALUES (?, ?, 0, 'e2e', ?)`).run(
      id,
      JSON.stringify({ id, title, kind: 'event', date: '2026-11-29', source: 'e2e' }),
      NOW.toISOString(),
    );
    const key = `reminder:${id}:${chatId}`;
    recorder.record({ key, kind: 'reminder', eventId: id, occurrence: '2026-11-29', offsetDays: 1, platform, chatId, dueAt: '2026-11-28T01:00:00Z', status: 'sent', recordedAt: NOW.toISOString() });
    enqueue(db, key, { platform, chatId }, { text: title }, NOW);
    if (outbox === 'sent') markSent(db, outboxByKey(db, key)!.id, NOW);
  });
  seedNomination(db, { ownerId: 'ou_wang', ownerName: '王科长', fields: { productName: '西湖龙井' } });
  seedNomination(db, { ownerId: 'ou_li', ownerName: '李处长', fields: { productName: '阳澄湖大闸蟹' } });
  const proposal = (day: string) => ({
    doc: 'notice-2027',
    docTitle: '关于开展2027年地理标志运用促进重点联系指导名录申报的通知',
    day,
    quote: `请各省于${day.slice(5, 7).replace(/^0/, '')}月${day.slice(8).replace(/^0/, '')}日前将推荐材料报送至国家知识产权局。`,
    entry: { title: '2027年名录申报材料报送截止', kind: 'deadline', date: day, source: 'notice-2027', nomination: true },
  });
  addProposal(db, proposal('2027-03-08'), NOW);
  addProposal(db, proposal('2027-03-31'), NOW);
}

describe.skipIf(!HAS_CHROMIUM)('reminders page in real Chromium', () => {
  let url: string;
  let db: Db;
  let page: Page;

  const site = useE2eSite(({ knowledgeDir, db }) => {
    const clock = () => NOW;
    const fileEntries = [
      calendarEntrySchema.parse({ id: 'brand-day', title: '中国品牌日', kind: 'event', yearly: { month: 5, day: 10 }, source: 'e2e' }),
      calendarEntrySchema.parse({ id: 'list-2023', title: '第二批名录申报截止', kind: 'deadline', date: '2023-05-08', source: 'e2e' }),
    ];
    seed(db);
    const server = createHttpServer({
      config: { ADMIN_TOKEN, SESSION_TTL_HOURS: 12, KNOWLEDGE_DIR: knowledgeDir, BOT_NAME: '地标助手', TZ: 'Asia/Shanghai' },
      db,
      log: silentLogger,
      clock,
      qa: createFakeQa(knowledgeDir),
      chat: async () => [],
      routes: [],
      status: () => [],
      reminders: createRemindersView({ db, calendar: createCalendar({ db, fileEntries }), clock, tz: 'Asia/Shanghai' }),
    });
    return server;
  });
  beforeAll(() => {
    ({ url, db, page } = site);
  });

  it('shows the admin past events as 已过期, the next yearly date, and what comes after an empty window', async () => {
    await page.goto(`${url}/login`);
    await page.fill('input[name=token]', ADMIN_TOKEN);
    await page.click('button[type=submit]');
    await page.goto(`${url}/reminders`);
    expect(await page.textContent('#no-upcoming')).toContain('下一个是“中国品牌日”：2027-05-10（还有 161 天）');
    const past = page.locator('#events tr', { hasText: '第二批名录申报截止' });
    expect(await past.locator('.tag.past').textContent()).toBe('已过期');
    expect(await page.locator('#events tr', { hasText: '中国品牌日' }).textContent()).toContain('下次：2027-05-10');
    // Over events are drawn apart from current ones: a grey row.
    const ink = (row: typeof past) => row.locator('td').first().evaluate((el) => getComputedStyle(el).color);
    expect(await ink(past)).not.toBe(await ink(page.locator('#events tr', { hasText: '中国品牌日' })));
    const text = await page.innerText('main');
    expect(text).not.toMatch(RAW_IDS);
    expect(await page.locator('#deliveries tr', { hasText: '浙江群的宣传周' }).textContent()).toContain('排队中');
    await screenshot(page, 'reminders-admin');
  });

  it('accepts a proposal with a corrected date and reminder days, and dismisses the other', async () => {
    const first = page.locator('article.proposal').first();
    expect(await first.textContent()).toContain('识别自《关于开展2027年地理标志运用促进重点联系指导名录申报的通知》');
    expect(await first.locator('input[name=date]').inputValue()).toBe('2027-03-08');
    await screenshot(page, 'reminders-proposals');
    await first.locator('input[name=date]').fill('2027-03-10');
    await first.locator('input[name=offsets]').fill('10,3,0');
    await first.locator('button', { hasText: '确认并加入日程' }).click();
    await page.waitForURL(/accepted=/);
    expect(await page.textContent('.notice')).toContain('已确认“2027年名录申报材料报送截止”，加入日程（2027-03-10）');
    const row = page.locator('#events tr', { hasText: '2027年名录申报材料报送截止' });
    expect(await row.textContent()).toContain('2027-03-10');
    expect(await row.textContent()).toContain('提前 10、3、0 天');
    expect(await page.locator('article.proposal').count()).toBe(1);
    await page.locator('article.proposal button', { hasText: '忽略' }).click();
    await page.waitForURL(/dismissed=1/);
    expect(await page.textContent('#proposals')).toContain('没有待确认的截止日期');
    expect(db.prepare('SELECT status FROM reminder_proposals ORDER BY id').pluck().all()).toEqual(['confirmed', 'rejected']);
    await screenshot(page, 'reminders-after-review');
  });

  it("shows an officer signed in through /登录 only their own chats' subscriptions and deliveries", async () => {
    await page.click('header button.link');
    const link = createLoginLink(db, { platform: 'feishu', userId: 'ou_wang', role: { kind: 'officer' } }, () => NOW);
    await page.goto(`${url}${link}`);
    await page.click('button[type=submit]');
    await page.goto(`${url}/reminders`);
    expect(await page.textContent('header')).toContain('填报人');
    const subscriptions = (await page.textContent('#subscriptions')) ?? '';
    const deliveries = (await page.textContent('#deliveries')) ?? '';
    for (const own of ['王科长的品牌日', '浙江群的宣传周']) {
      expect(subscriptions).toContain(own);
      expect(deliveries).toContain(own);
    }
    for (const other of ['管理员自己的培训会', '李处长的年会']) {
      expect(subscriptions).not.toContain(other);
      expect(deliveries).not.toContain(other);
    }
    expect(subscriptions).toContain('飞书群聊');
    expect(await page.locator('#proposals').count()).toBe(0);
    expect(await page.locator('form.event-form').count()).toBe(0);
    expect(await page.innerText('body')).not.toMatch(RAW_IDS);
    await screenshot(page, 'reminders-officer');
  });
});
