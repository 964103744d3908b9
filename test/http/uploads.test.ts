import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../src/http/uploads.js';
import { Client, startTestServer, type TestServer } from './helpers.js';
import { createFakeNominations, nominationRow } from './fakes.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function upload(client: Client, csrf: string, name: string, content: Uint8Array | string, replace = false): Promise<Response> {
  const form = new FormData();
  form.set('_csrf', csrf);
  form.set('file', new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  if (replace) form.set('replace', '1');
  return client.fetch('/knowledge/upload', { method: 'POST', body: form });
}

/** Sends a path exactly as written (fetch would normalise ../ away). */
function rawGet(base: string, path: string, cookie: string): Promise<{ status: number; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: { cookie } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('knowledge uploads', () => {
  it('saves a notice under KNOWLEDGE_DIR and re-indexes', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const response = await upload(client, csrf, '2024年 补充通知.md', '# 补充通知\n\n截止时间延后。\n');
    expect(response.status).toBe(200);
    expect(server.qa.ingests).toBe(1);
    expect(readFileSync(join(server.knowledgeDir, '2024年_补充通知.md'), 'utf8')).toContain('截止时间延后');
    const page = await response.text();
    expect(page).toContain('索引已重建：2 个文档');
    expect(page).toContain('已上传“2024年_补充通知.md”。');
    // Documents are listed by title, not by their internal name.
    expect(page.slice(page.indexOf('id="documents"'))).not.toMatch(/<td>2024年_补充通知<\/td>/);
  });

  it('keeps hostile names inside the folder', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const names = ['../../escape.md', '..\\..\\escape2.md', '/etc/escape3.md', '%2e%2e%2fescape4.md', '....//escape5.txt', '.hidden.md', 'a\u0000b.md'];
    for (const name of names) {
      const response = await upload(client, csrf, name, '# 通知\n');
      expect([200, 400], name).toContain(response.status);
    }
    const parent = join(server.knowledgeDir, '..');
    expect(readdirSync(parent).filter((file) => file.startsWith('escape'))).toEqual([]);
    expect(existsSync('/etc/escape3.md')).toBe(false);
    for (const file of readdirSync(server.knowledgeDir)) expect(file).not.toMatch(/^\.|\/|\\|\.\./);
  });

  it('refuses wrong types, disguised content, empty and oversized files with a Chinese reason', async () => {
    server = await startTestServer({ uploadLimit: 4096 });
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const cases: [string, Uint8Array | string, number, string][] = [
      ['tool.exe', 'MZ\u0000\u0000', 400, '只支持 .md、.txt、.docx、.pdf'],
      ['fake.pdf', '<html>not a pdf</html>', 400, '内容与扩展名不符'],
      ['fake.docx', '%PDF-1.4', 400, '内容与扩展名不符'],
      ['binary.txt', new Uint8Array([0x41, 0x00, 0x42]), 400, '内容与扩展名不符'],
      ['latin1.txt', new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xff]), 400, '内容与扩展名不符'],
      ['empty.md', '', 400, '文件是空的'],
      ['big.md', 'x'.repeat(5000), 413, '文件太大'],
      ['notice.md', '# 同名', 400, '已有同名文件'],
    ];
    for (const [name, content, status, text] of cases) {
      const response = await upload(client, csrf, name, content);
      expect(response.status, name).toBe(status);
      expect(await response.text(), name).toContain(text);
    }
    expect(readdirSync(server.knowledgeDir)).toEqual(['notice.md']);
    expect(server.qa.ingests).toBe(0);
    expect((await upload(client, csrf, 'notice.md', '# 新版', true)).status).toBe(200);
    expect(readFileSync(join(server.knowledgeDir, 'notice.md'), 'utf8')).toBe('# 新版');
  });

  it('cuts off a body far over the upload limit before reading it all', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const response = await upload(client, csrf, 'huge.pdf', new Uint8Array(11 * 1024 * 1024));
    expect(response.status).toBe(413);
    expect(readdirSync(server.knowledgeDir)).toEqual(['notice.md']);
  });

  it('lets only coordinators upload', async () => {
    server = await startTestServer();
    const { createLoginLink } = await import('../../src/login/links.js');
    const path = createLoginLink(server.db, { platform: 'feishu', userId: 'ou_o', role: { kind: 'officer' } }, () => new Date('2026-04-01T02:00:00Z'));
    const client = new Client(server.url);
    await client.post(path, { _csrf: await client.csrfFrom(path) });
    const csrf = await client.csrfFrom('/chat');
    expect((await upload(client, csrf, 'x.md', '# x')).status).toBe(403);
    expect(existsSync(join(server.knowledgeDir, 'x.md'))).toBe(false);
  });
});

describe('downloads', () => {
  it('serves listed notice files and nothing else, however the path is spelled', async () => {
    server = await startTestServer({ nominations: createFakeNominations([nominationRow({ id: 'n1' })]) });
    writeFileSync(join(server.dir, 'secret.md'), 'SECRET');
    const client = new Client(server.url);
    await client.signInAdmin();
    const ok = await client.fetch('/knowledge/files/notice.md');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toContain('attachment');
    expect(await ok.text()).toContain('5月8日');
    const cookie = `gi_session=${client.cookies.get('gi_session')}`;
    const attempts = [
      '/knowledge/files/../secret.md',
      '/knowledge/files/..%2Fsecret.md',
      '/knowledge/files/%2e%2e%2fsecret.md',
      '/knowledge/files/%2E%2E%5Csecret.md',
      '/knowledge/files/%2Fetc%2Fpasswd',
      `/knowledge/files/${encodeURIComponent(join(server.dir, 'secret.md'))}`,
      '/knowledge/files/..%252Fsecret.md',
      '/knowledge/files/test.db',
      '/nominations/..%2F..%2Fetc%2Fpasswd/docx',
      '/nominations/%2e%2e/docx',
      '/nominations/export/..%2Fcsv',
    ];
    for (const path of attempts) {
      const response = await rawGet(server.url, path, cookie);
      expect([400, 404], path).toContain(response.status);
      expect(response.body, path).not.toContain('SECRET');
      expect(response.body, path).not.toContain('root:');
    }
  });
});

describe('sanitizeFileName', () => {
  it('keeps Chinese names and strips every path part', () => {
    expect(sanitizeFileName('关于名录的通知（2024）.PDF')).toBe('关于名录的通知（2024）.pdf');
    expect(sanitizeFileName('../../x.md')).toBe('x.md');
    expect(sanitizeFileName('C:\\Windows\\x.txt')).toBe('x.txt');
    expect(sanitizeFileName('.env.md')).toBe('env.md');
    expect(sanitizeFileName('...md')).toBeUndefined();
    expect(sanitizeFileName('a<script>.md')).toBe('a_script_.md');
    expect(sanitizeFileName('x.exe')).toBeUndefined();
    expect(sanitizeFileName('😀.md')).toBeUndefined();
    expect(sanitizeFileName(`${'长'.repeat(200)}.md`)?.length).toBe(80);
  });
});
