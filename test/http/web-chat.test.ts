import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebChat } from '../../src/http/web-chat.js';
import type { IncomingMessage } from '../../src/platform.js';
import { Client, startTestServer, type TestServer } from './helpers.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the test chat', () => {
  it('feeds a private web message into the pipeline and returns the committed reply texts', async () => {
    const seen: IncomingMessage[] = [];
    const chat = createWebChat(async (message) => {
      seen.push(message);
      return { committed: [{ message: { text: `答：${message.text}` } }, { message: { text: '第二条' } }] };
    }, () => new Date('2026-04-01T00:00:00Z'));
    expect(await chat('截止时间？', { id: 'admin', name: 'admin' }, { requestId: 'req-1' })).toEqual(['答：截止时间？', '第二条']);
    expect(await chat('截止时间？', { id: 'admin' }, { requestId: 'req-1' })).toHaveLength(2);
    expect(seen[0]).toMatchObject({ platform: 'web', chatId: 'p2p:admin', chatType: 'p2p', senderId: 'admin', mentionsBot: false, text: '截止时间？' });
    expect(seen[0]?.messageId).toMatch(/^req-1:[0-9a-f]{8}$/);
    expect(seen[1]?.messageId).not.toBe(seen[0]?.messageId);
    const duplicate = createWebChat(async () => undefined, () => new Date());
    expect(await duplicate('x', { id: 'a' }, { requestId: 'r' })).toEqual([]);
  });

  it('logs each request with its id, and hands the id to the bot core', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const ids: string[] = [];
    server = await startTestServer({
      log: pino({ level: 'info' }, sink),
      chat: async (text, _user, meta) => {
        ids.push(meta.requestId);
        return [text];
      },
    });
    const client = new Client(server.url);
    const csrf = await client.signInAdmin();
    const response = await client.fetch('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, 'x-request-id': 'trace-42' },
      body: JSON.stringify({ text: '你好' }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    expect(ids).toEqual(['trace-42']);
    expect(lines.some((line) => line.reqId === 'trace-42' && line.msg === 'web chat turn')).toBe(true);
    expect(lines.some((line) => line.reqId === 'trace-42' && line.msg === 'http request' && line.path === '/api/chat' && line.status === 200)).toBe(true);
    expect(lines.some((line) => line.msg === 'web sign-in' && line.userId === 'admin')).toBe(true);
  });
});
