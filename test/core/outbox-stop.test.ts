import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxSender } from '../../src/bot/outbox-sender.js';
import { silentLogger } from '../../src/log.js';
import type { ConversationRef, OutgoingMessage } from '../../src/platform.js';
import { enqueue } from '../../src/store/outbox.js';
import { tempDb } from '../helpers/temp-db.js';

let t: ReturnType<typeof tempDb>;
afterEach(() => t?.cleanup());

/** A platform whose sends take `ms` each; `began` resolves when the first one started. */
function slowAdapter(ms: number) {
  const sent: string[] = [];
  let markBegan: () => void = () => undefined;
  const began = new Promise<void>((resolve) => (markBegan = resolve));
  return {
    sent,
    began,
    adapter: {
      platform: 'console' as const,
      async send(_ref: ConversationRef, message: OutgoingMessage) {
        markBegan();
        await new Promise((resolve) => setTimeout(resolve, ms));
        sent.push(message.text);
        return {};
      },
    },
  };
}

const statusCounts = (db: ReturnType<typeof tempDb>['db']) =>
  Object.fromEntries((db.prepare(`SELECT status, COUNT(*) AS n FROM outbox GROUP BY status`).all() as { status: string; n: number }[]).map((row) => [row.status, row.n]));

describe('outbox sender stop', () => {
  it('finishes the send in flight and leaves a big backlog in the SQLite file for the next start, each row sent once', async () => {
    t = tempDb();
    const now = new Date('2026-05-01T00:00:00Z');
    // 300 replies over 100 chats: at 10 a second, 30 s of sending that stop must not wait for.
    for (let i = 0; i < 300; i++) enqueue(t.db, `k${i}`, { platform: 'console', chatId: `chat${i % 100}` }, { text: `m${i}` }, now);
    const first = slowAdapter(30);
    const sender = createOutboxSender({ db: t.db, adapter: first.adapter, clock: () => now, log: silentLogger, rate: { count: 10, perMs: 1000 }, maxAttempts: 5 });
    sender.start();
    await first.began;
    const stopStarted = Date.now();
    await sender.stop();
    const stopMs = Date.now() - stopStarted;

    expect(stopMs).toBeLessThan(1000);
    expect(first.sent).toHaveLength(1);
    expect(statusCounts(t.db)).toEqual({ sent: 1, pending: 299 });
    // Rows given back were not tried: their attempt count is untouched.
    expect(t.db.prepare(`SELECT MAX(attempts) FROM outbox WHERE status = 'pending'`).pluck().get()).toBe(0);
    t.db.close();

    // A restart: a new connection to the same file, a new sender.
    const db = t.reopen();
    const second = slowAdapter(0);
    const restarted = createOutboxSender({ db, adapter: second.adapter, clock: () => now, log: silentLogger, rate: { count: 1000, perMs: 1000 }, maxAttempts: 5 });
    await restarted.drain();
    const all = [...first.sent, ...second.sent];
    expect(all).toHaveLength(300);
    expect(new Set(all).size).toBe(300);
    expect(statusCounts(db)).toEqual({ sent: 300 });
  });

  it('sends again after a stop and a start in the same process', async () => {
    t = tempDb();
    const now = new Date('2026-05-01T00:00:00Z');
    for (let i = 0; i < 20; i++) enqueue(t.db, `k${i}`, { platform: 'console', chatId: `chat${i}` }, { text: `m${i}` }, now);
    const platform = slowAdapter(5);
    const sender = createOutboxSender({ db: t.db, adapter: platform.adapter, clock: () => now, log: silentLogger, rate: { count: 1000, perMs: 1000 }, maxAttempts: 5 });
    sender.start();
    await platform.began;
    await sender.stop();
    await sender.stop();
    expect(statusCounts(t.db).sending).toBeUndefined();
    sender.start();
    await sender.drain();
    await sender.stop();
    expect(platform.sent.sort()).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`).sort());
    expect(statusCounts(t.db)).toEqual({ sent: 20 });
  });
});
