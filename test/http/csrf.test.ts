import { afterEach, describe, expect, it } from 'vitest';
import { Client, startTestServer, type TestServer } from './helpers.js';
import { createFakeReminders } from './fakes.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const event = { title: '知识产权年会', kind: 'event', date: '2026-06-10', end: '', description: '' };

describe('CSRF on state-changing requests', () => {
  it('refuses a form POST without, with a wrong, or with another session’s token, and accepts the right one', async () => {
    const reminders = createFakeReminders();
    server = await startTestServer({ reminders });
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const other = new Client(server.url);
    const otherCsrf = await other.signInAdmin();
    expect(otherCsrf).not.toBe(csrf);

    expect((await client.post('/reminders/events', event)).status).toBe(403);
    expect((await client.post('/reminders/events', { ...event, _csrf: 'x'.repeat(43) })).status).toBe(403);
    expect((await client.post('/reminders/events', { ...event, _csrf: otherCsrf })).status).toBe(403);
    expect(reminders.saved).toHaveLength(0);

    const ok = await client.post('/reminders/events', { ...event, _csrf: csrf });
    expect(ok.status).toBe(303);
    expect(reminders.saved.map((e) => e.title)).toEqual(['知识产权年会']);
  });

  it('guards the JSON chat API, re-index, upload and sign-out', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const json = { 'content-type': 'application/json' };
    expect((await client.fetch('/api/chat', { method: 'POST', headers: json, body: '{"text":"你好"}' })).status).toBe(403);
    expect((await client.fetch('/api/chat', { method: 'POST', headers: { ...json, 'x-csrf-token': 'nope' }, body: '{"text":"你好"}' })).status).toBe(403);
    expect(server.chats).toHaveLength(0);
    const chat = await client.fetch('/api/chat', { method: 'POST', headers: { ...json, 'x-csrf-token': csrf }, body: '{"text":"你好"}' });
    expect(await chat.json()).toEqual({ replies: ['收到：你好'] });
    expect(server.chats).toEqual([{ text: '你好', user: 'admin' }]);

    expect((await client.post('/knowledge/reindex', {})).status).toBe(403);
    expect(server.qa.ingests).toBe(0);
    const form = new FormData();
    form.set('file', new Blob(['# 新通知']), 'new.md');
    expect((await client.fetch('/knowledge/upload', { method: 'POST', body: form })).status).toBe(403);
    expect((await client.post('/logout', {})).status).toBe(403);
    expect((await client.fetch('/chat')).status).toBe(200);
  });

  it('answers bad chat payloads with a clear 400, not a crash', async () => {
    server = await startTestServer();
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf };
    for (const body of ['not json', '{"text":5}', JSON.stringify({ text: 'x'.repeat(5001) })]) {
      const response = await client.fetch('/api/chat', { method: 'POST', headers, body });
      expect(response.status, body.slice(0, 20)).toBe(400);
      expect(await response.json()).toMatchObject({ message: '消息格式不正确。' });
    }
    expect(server.chats).toHaveLength(0);
  });
});
