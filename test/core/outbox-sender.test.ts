import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxSender } from '../../src/bot/outbox-sender.js';
import { PlatformError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import type { ConversationRef, OutgoingMessage } from '../../src/platform.js';
import { enqueue, outboxByKey } from '../../src/store/outbox.js';
import { tempDb } from '../helpers/temp-db.js';

let t: ReturnType<typeof tempDb>;
afterEach(() => t?.cleanup());

function fakeAdapter(failures: (PlatformError | undefined)[]) {
  const sent: string[] = [];
  return {
    sent,
    adapter: {
      platform: 'console' as const,
      async send(_ref: ConversationRef, message: OutgoingMessage) {
        const failure = failures.shift();
        if (failure) throw failure;
        sent.push(message.text);
        return { messageId: `id-${sent.length}` };
      },
    },
  };
}

describe('outbox sender', () => {
  it('retries rate limits and server errors with backoff, then sends once', async () => {
    t = tempDb();
    let now = new Date('2026-05-01T00:00:00Z');
    const { adapter, sent } = fakeAdapter([
      new PlatformError('rate_limited', '429', 2000),
      new PlatformError('server', '500'),
    ]);
    const sender = createOutboxSender({
      db: t.db, adapter, clock: () => now, log: silentLogger, rate: { count: 100, perMs: 1000 }, maxAttempts: 5, backoffMs: 100,
    });
    enqueue(t.db, 'r1', { platform: 'console', chatId: 'c' }, { text: '你好' }, now);
    await sender.drain();
    expect(sent).toEqual([]);
    expect(outboxByKey(t.db, 'r1')?.lastError).toMatch(/rate_limited/);
    now = new Date(now.getTime() + 1000);
    await sender.drain();
    expect(sent).toEqual([]); // Retry-After of 2 s not reached yet
    now = new Date(now.getTime() + 2000);
    await sender.drain();
    now = new Date(now.getTime() + 60_000);
    await sender.drain();
    await sender.drain();
    expect(sent).toEqual(['你好']);
    expect(outboxByKey(t.db, 'r1')).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('gives up on errors that cannot succeed and after the attempt bound', async () => {
    t = tempDb();
    let now = new Date('2026-05-01T00:00:00Z');
    const { adapter } = fakeAdapter([
      new PlatformError('bad_request', 'invalid receive_id'),
      new PlatformError('network', 'ECONNRESET'),
      new PlatformError('network', 'ECONNRESET'),
    ]);
    const sender = createOutboxSender({
      db: t.db, adapter, clock: () => now, log: silentLogger, rate: { count: 100, perMs: 1000 }, maxAttempts: 2, backoffMs: 10,
    });
    enqueue(t.db, 'bad', { platform: 'console', chatId: 'a' }, { text: 'x' }, now);
    enqueue(t.db, 'flaky', { platform: 'console', chatId: 'b' }, { text: 'y' }, now);
    await sender.drain();
    now = new Date(now.getTime() + 60_000);
    await sender.drain();
    expect(outboxByKey(t.db, 'bad')?.status).toBe('failed');
    expect(outboxByKey(t.db, 'flaky')).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('deletes a temporary export once its message was sent or given up, not while it is retried', async () => {
    t = tempDb();
    let now = new Date('2026-05-01T00:00:00Z');
    const file = (name: string) => {
      const dir = mkdtempSync(join(tmpdir(), 'gi-bot-export-test-'));
      const path = join(dir, name);
      writeFileSync(path, 'xlsx');
      return { path, name, dir };
    };
    const kept = file('kept.xlsx');
    const sent = file('申报书.xlsx');
    const given = file('given-up.xlsx');
    const { adapter } = fakeAdapter([new PlatformError('server', '500'), undefined, new PlatformError('bad_request', 'bad file'), undefined]);
    const sender = createOutboxSender({
      db: t.db, adapter, clock: () => now, log: silentLogger, rate: { count: 100, perMs: 1000 }, maxAttempts: 3, backoffMs: 10,
    });
    enqueue(t.db, 'sent', { platform: 'console', chatId: 'a' }, { text: '导出', file: { path: sent.path, name: sent.name, temporary: true } }, now);
    await sender.drain();
    expect([outboxByKey(t.db, 'sent')?.status, existsSync(sent.path)]).toEqual(['pending', true]);
    now = new Date(now.getTime() + 60_000);
    await sender.drain();
    expect([outboxByKey(t.db, 'sent')?.status, existsSync(sent.path), existsSync(sent.dir)]).toEqual(['sent', false, false]);
    enqueue(t.db, 'given', { platform: 'console', chatId: 'b' }, { text: '导出', file: { path: given.path, name: given.name, temporary: true } }, now);
    await sender.drain();
    expect([outboxByKey(t.db, 'given')?.status, existsSync(given.path)]).toEqual(['failed', false]);
    enqueue(t.db, 'kept', { platform: 'console', chatId: 'c' }, { text: '文件', file: { path: kept.path, name: kept.name } }, now);
    await sender.drain();
    expect([outboxByKey(t.db, 'kept')?.status, existsSync(kept.path)]).toEqual(['sent', true]);
  });
});
