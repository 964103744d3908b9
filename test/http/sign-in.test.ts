import { afterEach, describe, expect, it } from 'vitest';
import { createLoginLink } from '../../src/login/links.js';
import { reachableBase } from '../../src/login/step.js';
import { Client, startTestServer, type TestServer } from './helpers.js';
import { createFakeNominations } from './fakes.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const expiredLinkPage = async (server: TestServer): Promise<string> => {
  const path = createLoginLink(server.db, { platform: 'feishu', userId: 'ou_x', role: { kind: 'officer' } }, () => new Date('2026-04-01T02:00:00Z'));
  server.advance(15 * 60 * 1000 + 1);
  const response = await new Client(server.url).fetch(path);
  expect(response.status).toBe(410);
  return response.text();
};

describe('signing in', () => {
  it('tells how to get a new link: /登录 in chat when a chat platform is connected, else restart or ADMIN_TOKEN', async () => {
    server = await startTestServer({}, null);
    server.adapters.splice(0);
    server.adapters.push({ platform: 'wecom', connected: true });
    const alone = await expiredLinkPage(server);
    expect(alone).toContain('请重启服务');
    expect(alone).toContain('ADMIN_TOKEN');
    expect(alone).not.toContain('发送“/登录”');
    server.adapters.push({ platform: 'feishu', connected: true });
    const withChat = await expiredLinkPage(server);
    expect(withChat).toContain('发送“/登录”重新获取');
    expect(withChat).not.toContain('请重启服务');
  });

  it('links people on this machine to 127.0.0.1 when the service listens on every interface', () => {
    expect(reachableBase('http://0.0.0.0:3000')).toBe('http://127.0.0.1:3000');
    expect(reachableBase('http://:::3000')).toBe('http://127.0.0.1:3000');
    expect(reachableBase('http://10.0.0.5:3000/')).toBe('http://10.0.0.5:3000');
    expect(reachableBase('https://gi.example.cn/')).toBe('https://gi.example.cn');
  });

  it('says on an empty nominations page how to start one, and serves a favicon', async () => {
    server = await startTestServer({ nominations: createFakeNominations([]) });
    const client = new Client(server.url);
    await client.signInAdmin();
    const page = await (await client.fetch('/nominations')).text();
    expect(page).toMatch(/还没有申报书。.*发送“\/申报”.*<a href="\/chat">测试对话<\/a>/);
    expect(page).toContain('<link rel="icon" href="/assets/favicon.svg"');
    const filtered = await (await client.fetch('/nominations?status=draft')).text();
    expect(filtered).toContain('没有符合条件的申报书');
    const icon = await client.fetch('/assets/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg /);
    const ico = await client.fetch('/favicon.ico');
    expect([ico.status, ico.headers.get('location')]).toEqual([301, '/assets/favicon.svg']);
  });
});
