import { afterEach, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from './helpers.js';
import { createFakeNominations, createFakeReminders, nominationRow } from './fakes.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('console pages', () => {
  it('say 未启用 where a provider is not wired, and still work otherwise', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    await client.signInAdmin();
    expect(await (await client.fetch('/nominations')).text()).toContain('“提名”功能未启用');
    expect(await (await client.fetch('/reminders')).text()).toContain('“提醒”功能未启用');
    expect((await client.fetch('/nominations/export/csv')).status).toBe(404);
    expect((await client.fetch('/knowledge')).status).toBe(200);
  });

  it('lists nominations with status, completeness, quota bars, charts and filters', async () => {
    const nominations = createFakeNominations([
      nominationRow({ id: 'a', title: '龙井茶', province: '浙江省', status: 'submitted', completeness: 1 }),
      nominationRow({ id: 'b', title: '金华火腿', province: '浙江省', status: 'draft', completeness: 0.25 }),
      nominationRow({ id: 'c', title: '阳澄湖大闸蟹', province: '江苏省', status: 'submitted' }),
    ]);
    server = await startTestServer({ nominations });
    const client = new Client(server.url);
    await client.signInAdmin();
    const page = await (await client.fetch('/nominations')).text();
    expect(page).toContain('共 3 份');
    expect(page).toMatch(/已提交[\s\S]*草稿/);
    expect(page).toContain('25%');
    expect(page).toContain('各省名额使用');
    expect(page).toContain('1 / 3');
    expect(page).toContain('<svg viewBox=');
    expect(page).toContain('各省已提交申报书的年产值合计（不含草稿）');
    // Drafts are not counted: 浙江省 has one submission and one draft.
    expect(page).toContain('1亿元');
    expect(page).not.toContain('2亿元');

    const filtered = await (await client.fetch(`/nominations?province=${encodeURIComponent('浙江省')}&status=draft`)).text();
    expect(filtered).toContain('金华火腿');
    expect(filtered).not.toContain('龙井茶</a>');
    expect(filtered).toContain('共 1 份');
    const searched = await (await client.fetch(`/nominations?q=${encodeURIComponent('大闸蟹')}`)).text();
    expect(searched).toContain('共 1 份');
    const junk = await client.fetch(`/nominations?status=${encodeURIComponent('<x>')}&province=${'长'.repeat(50)}`);
    expect(junk.status).toBe(200);
  });

  it('pages long lists, keeping the filter in the page links', async () => {
    const rows = Array.from({ length: 150 }, (_, i) => nominationRow({ id: `n${i}`, title: `产品${i}号`, province: i % 2 ? '浙江省' : '江苏省' }));
    server = await startTestServer({ nominations: createFakeNominations(rows) });
    const client = new Client(server.url);
    await client.signInAdmin();
    const first = await (await client.fetch('/nominations')).text();
    expect(first).toContain('共 150 份');
    expect(first).toContain('第 1 / 2 页');
    expect(first.match(/<tr data-province=/g)).toHaveLength(100);
    const second = await (await client.fetch('/nominations?page=2')).text();
    expect(second.match(/<tr data-province=/g)).toHaveLength(50);
    expect(second).toContain('产品149号');
    const filtered = await (await client.fetch(`/nominations?province=${encodeURIComponent('浙江省')}`)).text();
    expect(filtered).toContain('共 75 份');
    expect((await client.fetch('/nominations?page=-1')).status).toBe(200);
    expect((await client.fetch('/nominations?page=abc')).status).toBe(200);
  });

  it('downloads exports as attachments named in Chinese, with the filter applied', async () => {
    const nominations = createFakeNominations([nominationRow({ id: 'a', province: '浙江省' }), nominationRow({ id: 'b', province: '江苏省' })]);
    server = await startTestServer({ nominations });
    const client = new Client(server.url);
    await client.signInAdmin();
    const response = await client.fetch(`/nominations/export/xlsx?province=${encodeURIComponent('江苏省')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="__.xlsx"; filename*=UTF-8''${encodeURIComponent('提名.xlsx')}`);
    expect(await response.text()).toBe('b');
    expect(nominations.exports).toEqual([{ format: 'xlsx', query: { province: '江苏省', status: undefined, search: undefined } }]);
    expect((await client.fetch('/nominations/export/exe')).status).toBe(404);
    expect(await (await client.fetch('/nominations/a/docx')).text()).toBe('a');
  });

  it('shows the calendar, subscriptions and delivery log, and adds and edits events', async () => {
    const reminders = createFakeReminders();
    server = await startTestServer({ reminders });
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const page = await (await client.fetch('/reminders')).text();
    expect(page).toContain('中国品牌日');
    expect(page).toContain('每年 05-10');
    expect(page).toContain('2026-09-20 ~ 2026-09-21');
    expect(page).toContain('飞书群聊');
    expect(page).toContain('王科长');
    expect(page).not.toContain('oc_zj');
    expect(page).toContain('提前 7、1 天，09:00');
    expect(page).toMatch(/发送失败[\s\S]*rate_limited/);
    expect(page).toContain('已错过');

    const form = { _csrf: csrf, title: '双品网购节', kind: 'event', date: '04-28', end: '05-05', description: '' };
    const added = await client.post('/reminders/events', form);
    expect(added.headers.get('location')).toBe('/reminders?saved=1');
    expect(reminders.saved[0]).toMatchObject({ title: '双品网购节', date: '04-28', end: '05-05', actor: 'web:admin' });
    const id = reminders.saved[0]?.id ?? '';
    const edit = await (await client.fetch(`/reminders/events/${id}/edit`)).text();
    expect(edit).toContain('value="双品网购节"');
    const edited = await client.post(`/reminders/events/${id}`, { ...form, title: '双品网购节（调整）', date: '2026-04-29', end: '' });
    expect(edited.status).toBe(303);
    expect(reminders.saved).toHaveLength(1);
    expect(reminders.saved[0]).toMatchObject({ title: '双品网购节（调整）', date: '2026-04-29', end: undefined });

    expect((await client.fetch('/reminders/events/ip-conference/edit')).status).toBe(404);
    expect((await client.post('/reminders/events/ip-conference', form)).status).toBe(404);
    expect((await client.post('/reminders/events/..%2Fx', form)).status).toBe(404);
    const refused = await client.post('/reminders/events', { ...form, title: '拒绝我' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('这个名称不能用');
    const bad: [Record<string, string>, string][] = [
      [{ date: '02-30' }, '有效日期'],
      [{ date: '2026-02-29' }, '有效日期'],
      [{ title: '' }, '请填写名称'],
      [{ kind: 'party' }, '请选择类型'],
      [{ date: '2026-05-01', end: '05-03' }, '同一种写法'],
      [{ date: '2026-05-03', end: '2026-05-01' }, '不能早于'],
    ];
    for (const [change, message] of bad) {
      const response = await client.post('/reminders/events', { ...form, ...change });
      expect(response.status, JSON.stringify(change)).toBe(400);
      expect(await response.text()).toContain(message);
    }
    expect(reminders.saved).toHaveLength(1);
  });

  it('answers a 试问 question with its citations', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    await client.signInAdmin();
    const page = await (await client.fetch(`/knowledge?q=${encodeURIComponent('申报什么时候截止？')}`)).text();
    expect(page).toContain('申报截止时间为2023年5月8日');
    expect(page).toContain('四、工作要求');
    expect(page).toContain('请于5月8日前报送。');
    expect(server.qa.asked).toEqual(['申报什么时候截止？']);
  });

  it('shows adapters, outbox and the WeChat QR code when the adapter serves one', async () => {
    server = await startTestServer({
      routes: [{ method: 'GET', path: '/wechat/qr', handle: async () => new Response('png', { headers: { 'content-type': 'image/png' } }) }],
    });
    server.adapters.push({ platform: 'wechat', connected: false, detail: '等待扫码登录' });
    const client = new Client(server.url);
    expect((await client.fetch('/wechat/qr')).status).toBe(401);
    await client.signInAdmin();
    const page = await (await client.fetch('/status')).text();
    expect(page).toContain('<img class="qr" src="/wechat/qr"');
    const qr = await client.fetch('/wechat/qr');
    expect(qr.headers.get('content-type')).toBe('image/png');
    expect(page).toContain('等待扫码登录');
    expect(page).toContain('1 个文档');
  });

  it('serves the stylesheet with Chinese font fallbacks and security headers on pages', async () => {
    server = await startTestServer();
    const css = await fetch(`${server.url}/assets/console.css`);
    expect(await css.text()).toContain('"WenQuanYi Micro Hei"');
    for (const name of ['constructor', '__proto__', 'toString', '..%2Ftest.db']) {
      expect((await fetch(`${server.url}/assets/${name}`)).status, name).toBe(404);
    }
    const client = new Client(server.url);
    await client.signInAdmin();
    const page = await client.fetch('/chat');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
