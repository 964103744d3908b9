import { afterEach, describe, expect, it } from 'vitest';
import { createLoginLink } from '../../src/login/links.js';
import { ADMIN_TOKEN, Client, startTestServer, type TestServer } from './helpers.js';
import { createFakeNominations, nominationRow } from './fakes.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const HOUR = 3600 * 1000;

describe('sign-in and sessions', () => {
  it('redirects pages to /login and refuses API calls and downloads without a session', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    for (const path of ['/nominations', '/reminders', '/knowledge', '/chat', '/status', '/']) {
      const response = await client.fetch(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
    }
    for (const path of ['/nominations/export/csv', '/nominations/abc/docx', '/knowledge/files/notice.md']) {
      expect((await client.fetch(path)).status, path).toBe(401);
    }
    const chat = await client.fetch('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' });
    expect(chat.status).toBe(401);
    expect(server.chats).toHaveLength(0);
  });

  it('signs the operator in with ADMIN_TOKEN into an HttpOnly, SameSite=Strict session', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    const csrf = await client.csrfFrom('/login');
    const wrong = await client.post('/login', { _csrf: csrf, token: 'wrong-token-wrong-token' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('令牌不正确');
    const csrf2 = await client.csrfFrom('/login');
    const right = await client.post('/login', { _csrf: csrf2, token: ADMIN_TOKEN, next: '/knowledge' });
    expect(right.status).toBe(303);
    expect(right.headers.get('location')).toBe('/knowledge');
    const cookie = right.headers.getSetCookie().find((line) => line.startsWith('gi_session='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await client.fetch('/knowledge');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('管理员');
  });

  it('marks the cookie Secure when users reach the console over https', async () => {
    server = await startTestServer({ config: { ADMIN_TOKEN, SESSION_TTL_HOURS: 1, KNOWLEDGE_DIR: '.', BOT_NAME: 'b', TZ: 'UTC', PUBLIC_URL: 'https://gi.example.cn' } });
    const client = new Client(server.url);
    const csrf = await client.csrfFrom('/login');
    const response = await client.post('/login', { _csrf: csrf, token: ADMIN_TOKEN });
    expect(response.headers.getSetCookie().find((line) => line.startsWith('gi_session='))).toMatch(/Secure/);
  });

  it('refuses a sign-in form posted without its CSRF cookie (login CSRF)', async () => {
    server = await startTestServer();
    const attacker = new Client(server.url);
    const response = await attacker.post('/login', { _csrf: 'made-up', token: ADMIN_TOKEN });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().some((line) => line.startsWith('gi_session='))).toBe(false);
  });

  it('never redirects off-site after sign-in', async () => {
    server = await startTestServer();
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const client = new Client(server.url);
      const csrf = await client.csrfFrom('/login');
      const response = await client.post('/login', { _csrf: csrf, token: ADMIN_TOKEN, next });
      expect(response.headers.get('location'), next).toBe('/');
    }
  });

  it('refuses forged and expired sessions', async () => {
    server = await startTestServer();
    const forged = new Client(server.url);
    forged.cookies.set('gi_session', 'A'.repeat(43));
    expect((await forged.fetch('/nominations')).status).toBe(303);
    forged.cookies.set('gi_session', '../../etc/passwd');
    expect((await forged.fetch('/nominations/export/csv')).status).toBe(401);

    const client = new Client(server.url);
    await client.signInAdmin();
    expect((await client.fetch('/chat')).status).toBe(200);
    server.advance(11 * HOUR);
    expect((await client.fetch('/chat')).status).toBe(200);
    server.advance(1 * HOUR + 1000);
    const expired = await client.fetch('/chat');
    expect(expired.status).toBe(303);
    expect(expired.headers.get('location')).toMatch(/^\/login/);
    await new Client(server.url).signInAdmin();
    expect(server.db.prepare('SELECT COUNT(*) FROM web_sessions').pluck().get()).toBe(1);
  });

  it('ends the session on sign-out', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const cookie = client.cookies.get('gi_session');
    const out = await client.post('/logout', { _csrf: csrf });
    expect(out.status).toBe(303);
    const replay = new Client(server.url);
    replay.cookies.set('gi_session', cookie ?? '');
    expect((await replay.fetch('/chat')).status).toBe(303);
  });

  it('says sign-in by token is off when ADMIN_TOKEN is unset, and refuses any token', async () => {
    server = await startTestServer({}, null);
    const client = new Client(server.url);
    expect(await (await client.fetch('/login')).text()).toContain('未设置 ADMIN_TOKEN');
    const csrf = (await (await client.fetch('/login')).text()).match(/name="_csrf" value="([^"]+)"/)?.[1];
    expect(csrf).toBeUndefined();
    const response = await client.post('/login', { _csrf: 'x', token: '' });
    expect(response.status).toBe(403);
  });
});

describe('one-time login links', () => {
  it('signs in once; a second use and a preview fetch do not', async () => {
    server = await startTestServer();
    const path = createLoginLink(server.db, { platform: 'feishu', userId: 'ou_zj', role: { kind: 'coordinator', scope: '浙江省' } }, () => new Date('2026-04-01T02:00:00Z'));
    expect(path).toMatch(/^\/login\/[A-Za-z0-9_-]{43}$/);

    const preview = new Client(server.url);
    expect((await preview.fetch(path)).status).toBe(200);
    expect((await preview.fetch(path)).status).toBe(200);

    const client = new Client(server.url);
    const csrf = await client.csrfFrom(path);
    const used = await client.post(path, { _csrf: csrf });
    expect(used.status).toBe(303);
    const page = await client.fetch('/chat');
    expect(await page.text()).toContain('协调员（浙江省）');

    const again = new Client(server.url);
    const page2 = await again.fetch(path);
    expect(page2.status).toBe(410);
    expect(await page2.text()).toContain('已使用或已过期');
    const stolenCsrf = await again.csrfFrom('/login');
    again.cookies.set('gi_login_csrf', stolenCsrf);
    const reuse = await again.fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `_csrf=${stolenCsrf}`,
    });
    expect(reuse.status).toBe(410);
    expect(reuse.headers.getSetCookie().some((line) => line.startsWith('gi_session='))).toBe(false);
  });

  it('expires after 15 minutes', async () => {
    server = await startTestServer();
    const path = createLoginLink(server.db, { platform: 'feishu', userId: 'ou_x', role: { kind: 'officer' } }, () => new Date('2026-04-01T02:00:00Z'));
    server.advance(15 * 60 * 1000 + 1);
    const client = new Client(server.url);
    expect((await client.fetch(path)).status).toBe(410);
  });

  it("shows an officer only their own nominations, and not others' details or exports", async () => {
    const nominations = createFakeNominations([
      nominationRow({ id: 'mine', title: '龙井茶', ownerId: 'ou_me' }),
      nominationRow({ id: 'theirs', title: '金华火腿', ownerId: 'ou_other' }),
    ]);
    server = await startTestServer({ nominations });
    const path = createLoginLink(server.db, { platform: 'feishu', userId: 'ou_me', role: { kind: 'officer' } }, () => new Date('2026-04-01T02:00:00Z'));
    const client = new Client(server.url);
    await client.post(path, { _csrf: await client.csrfFrom(path) });
    const list = await (await client.fetch('/nominations')).text();
    expect(list).toContain('龙井茶');
    expect(list).not.toContain('金华火腿');
    expect((await client.fetch('/nominations/mine')).status).toBe(200);
    expect((await client.fetch('/nominations/theirs')).status).toBe(404);
    expect((await client.fetch('/nominations/theirs/docx')).status).toBe(404);
    expect((await client.fetch('/nominations/export/csv')).status).toBe(403);
    expect(nominations.exports).toHaveLength(0);
  });

  it('keeps a provincial coordinator inside their province, even through the filter', async () => {
    const nominations = createFakeNominations([
      nominationRow({ id: 'zj', title: '龙井茶', province: '浙江省' }),
      nominationRow({ id: 'js', title: '阳澄湖大闸蟹', province: '江苏省' }),
    ]);
    server = await startTestServer({ nominations });
    const path = createLoginLink(server.db, { platform: 'feishu', userId: 'ou_c', role: { kind: 'coordinator', scope: '浙江省' } }, () => new Date('2026-04-01T02:00:00Z'));
    const client = new Client(server.url);
    await client.post(path, { _csrf: await client.csrfFrom(path) });
    const list = await (await client.fetch(`/nominations?province=${encodeURIComponent('江苏省')}`)).text();
    expect(list).toContain('龙井茶');
    expect(list).not.toContain('阳澄湖大闸蟹');
    expect((await client.fetch('/nominations/js')).status).toBe(404);
    const csv = await client.fetch(`/nominations/export/csv?province=${encodeURIComponent('江苏省')}`);
    expect(await csv.text()).toBe('zj');
  });
});
