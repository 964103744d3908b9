import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestBot } from '../helpers/bot.js';
import { createPipeline } from '../../src/bot/pipeline.js';
import { createRoleResolver } from '../../src/roles.js';
import { createNominationsView } from '../../src/http/providers/nominations.js';
import { createRemindersView } from '../../src/http/providers/reminders.js';
import { createHttpServer } from '../../src/http/server.js';
import { createWebChat } from '../../src/http/web-chat.js';
import { silentLogger } from '../../src/log.js';
import { createQaEngine } from '../../src/qa/engine.js';
import { createCalendar } from '../../src/reminders/calendar.js';
import { calendarEntrySchema } from '../../src/reminders/calendar-file.js';
import { loadForm } from '../../src/nomination/form.js';
import { createNominationExporters } from '../../src/http/providers/nomination-exports.js';
import { seedNomination } from '../http/seed.js';
import { buildPdf } from '../qa/helpers/pdf.js';
import { t } from '../../src/texts.js';
import { HAS_CHROMIUM, screenshot, useE2eSite } from './browser.js';

const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
const NOTICE = 'knowledge/2023-14-gi-key-contact-guidance-notice.md';

describe.skipIf(!HAS_CHROMIUM)('web console in real Chromium', () => {
  let dir: string;
  let url: string;
  let page: Page;

  const site = useE2eSite(async ({ knowledgeDir, db }) => {
    copyFileSync(NOTICE, join(knowledgeDir, 'notice.md'));
    const clock = () => new Date();
    const qa = await createQaEngine({ knowledgeDir, log: silentLogger });
    const bot = createTestBot({ botName: '地标助手', qa, steps: [] });
    const pipeline = createPipeline({
      botName: '地标助手',
      db,
      clock,
      roles: createRoleResolver([]),
      bot,
      privateChat: async (platform, userId) => ({ platform, chatId: `p2p:${userId}`, userId }),
      log: silentLogger,
    });
    const form = loadForm('knowledge');
    const quotas = { 浙江省: 3, 江苏省: 2 };
    seedNomination(db, { ownerId: 'ou_zj', ownerName: '王科长', fields: { gi_name: '西湖龙井', province: '浙江省', annual_output_value: 3.5e8, employees: 1200 }, submit: true });
    seedNomination(db, { ownerId: 'ou_js', ownerName: '李处长', fields: { gi_name: '阳澄湖大闸蟹', province: '江苏省', annual_output_value: 2e8, employees: 900 } });
    const fileEntries = [
      calendarEntrySchema.parse({ id: 'brand-day', title: '中国品牌日', kind: 'event', yearly: { month: 5, day: 10 }, source: 'e2e' }),
    ];
    const server = createHttpServer({
      config: { ADMIN_TOKEN, SESSION_TTL_HOURS: 12, KNOWLEDGE_DIR: knowledgeDir, BOT_NAME: '地标助手', TZ: 'Asia/Shanghai' },
      db,
      log: silentLogger,
      clock,
      qa,
      chat: createWebChat(pipeline.handle, clock),
      routes: [],
      status: () => [{ platform: 'web', connected: true }],
      nominations: createNominationsView({
        db,
        fields: form.fields,
        titleField: 'gi_name',
        outputValueField: 'annual_output_value',
        employmentField: 'employees',
        quotas: () => quotas,
        exporters: createNominationExporters(form, () => quotas, clock),
      }),
      reminders: createRemindersView({ db, calendar: createCalendar({ db, fileEntries }), clock, tz: 'Asia/Shanghai' }),
    });
    return server;
  });
  beforeAll(() => {
    ({ dir, url, page } = site);
  });

  const shot = (name: string) => screenshot(page, name);

  it('sends an unsigned visitor to the sign-in page, then signs in with the admin token', async () => {
    await page.goto(`${url}/nominations`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await shot('login');
    await page.fill('input[name=token]', 'wrong-wrong-wrong-wrong');
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('body')).toContain('令牌不正确');
    await page.fill('input[name=token]', ADMIN_TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(`${url}/nominations`);
    expect(await page.textContent('header')).toContain('管理员');
  });

  it('shows the seeded nominations, quota bars and charts, and filters by province', async () => {
    const table = page.locator('#nominations');
    await expect.poll(() => table.textContent()).toContain('西湖龙井');
    expect(await table.textContent()).toContain('阳澄湖大闸蟹');
    expect(await page.locator('figure.chart svg').count()).toBe(3);
    await shot('nominations');
    await page.selectOption('select[name=province]', '江苏省');
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(/province=/);
    expect(await table.textContent()).toContain('阳澄湖大闸蟹');
    expect(await table.textContent()).not.toContain('西湖龙井');
  });

  it('downloads the XLSX export of the filtered list and it re-reads with exceljs', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Excel（XLSX）')]);
    const path = join(dir, 'export.xlsx');
    await download.saveAs(path);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet('申报书') ?? workbook.worksheets[0]!;
    const values = sheet.getSheetValues().flat().map((cell) => String(cell));
    expect(values).toContain('地理标志名称');
    expect(values).toContain('阳澄湖大闸蟹');
    expect(values).not.toContain('西湖龙井');
  });

  it('opens a nomination with its audit history', async () => {
    await page.click('text=阳澄湖大闸蟹');
    await expect.poll(() => page.textContent('main')).toContain('修改记录');
    expect(await page.textContent('table.audit')).toContain('创建');
    await shot('nomination-detail');
  });

  it('adds an event on the reminders page and sees it in the calendar', async () => {
    await page.click('header nav >> text=提醒');
    await page.waitForURL(`${url}/reminders`);
    const inTenDays = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.fill('form.event-form input[name=title]', '省级地理标志培训会');
    await page.selectOption('form.event-form select[name=kind]', 'event');
    await page.fill('form.event-form input[name=date]', inTenDays);
    await page.fill('form.event-form textarea[name=description]', '线上参加');
    await page.click('form.event-form button[type=submit]');
    await page.waitForURL(/saved=1/);
    expect(await page.textContent('ol.calendar')).toContain('省级地理标志培训会');
    expect(await page.textContent('#events')).toContain(inTenDays);
    await shot('reminders');
  });

  it('answers a 试问 question with the cited clause', async () => {
    await page.click('header nav >> text=知识库');
    await page.fill('form.ask input[name=q]', '申报书什么时候截止？');
    await page.click('form.ask button[type=submit]');
    await expect.poll(() => page.textContent('.answer')).toContain('5月8日');
    expect(await page.locator('ol.citations li').count()).toBeGreaterThan(0);
    await shot('knowledge');
  });

  it('offers the upload with a Chinese file button that shows the chosen name', async () => {
    await page.click('header nav >> text=知识库');
    const picker = page.locator('form.upload label.file-pick');
    expect(await picker.textContent()).toBe(`${t('web.knowledge.choose_file')}${t('web.knowledge.no_file')}`);
    // The browser's own (English) file button is not visible: the input is a 1-pixel, transparent target.
    const box = await page.locator('form.upload input[type=file]').boundingBox();
    expect(box && box.width <= 1 && box.height <= 1).toBe(true);
    await page.setInputFiles('form.upload input[type=file]', { name: '新通知.md', mimeType: 'text/markdown', buffer: Buffer.from('# 通知') });
    await expect.poll(() => picker.locator('.file-name').textContent()).toBe('新通知.md');
  });

  it('uploads notices it cannot read and says why in Chinese, by file name', async () => {
    const upload = async (name: string, buffer: Buffer): Promise<void> => {
      await page.click('header nav >> text=知识库');
      await page.setInputFiles('form.upload input[type=file]', { name, mimeType: 'application/pdf', buffer });
      await page.click('form.upload button[type=submit]');
      await page.waitForSelector('.report');
    };
    await upload('扫描件.pdf', buildPdf([]));
    await upload('损坏的通知.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 0x9f)]));
    const items = await page.locator('.report ul.error li').allTextContents();
    expect(items.sort()).toEqual([`扫描件.pdf：${t('qa.skip.no_text')}`, `损坏的通知.pdf：${t('qa.skip.unreadable')}`].sort());
    // No English beyond the names of formats and units.
    for (const item of items) expect(item.slice(item.indexOf('：') + 1).replace(/PDF|Word|docx|KB|MiB|MB/g, '')).not.toMatch(/[A-Za-z]/);
    await shot('knowledge-skipped');
  });

  it('asks in the test chat and sees the cited answer from the bot core', async () => {
    await page.click('header nav >> text=测试对话');
    await page.fill('#chat-text', '申报书什么时候截止？');
    await page.press('#chat-text', 'Enter');
    const replies = page.locator('.bubble.bot');
    await expect.poll(() => replies.count()).toBeGreaterThan(1);
    const answer = (await replies.last().textContent()) ?? '';
    expect(answer).toContain('5月8日');
    expect(answer).toMatch(/国知办发运字〔2023〕14号|通知/);
    await shot('chat');
  });

  it('keeps the test chat conversation across a reload', async () => {
    const before = await page.locator('.bubble').allTextContents();
    expect(before.length).toBeGreaterThan(2);
    await page.reload();
    await expect.poll(() => page.locator('.bubble').allTextContents()).toEqual(before);
  });

  it('shows the status page', async () => {
    await page.click('header nav >> text=系统状态');
    await expect.poll(() => page.textContent('main')).toContain('知识库索引');
    await shot('status');
  });
});
