import { afterEach, describe, expect, it } from 'vitest';
import { claimDue, enqueue, markRetry, markSent, outboxBacklog } from '../../src/store/outbox.js';
import { migrate } from '../../src/store/db.js';
import { claimInbox, pruneInbox } from '../../src/store/inbox.js';
import { tempDb } from '../helpers/temp-db.js';

const ref = (chatId: string) => ({ platform: 'console' as const, chatId });
let t: ReturnType<typeof tempDb>;
afterEach(() => t?.cleanup());

describe('store', () => {
  it('opens in WAL mode and applies migrations once', () => {
    t = tempDb();
    expect(t.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const versions = t.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];
    expect(versions[0]).toBe(1);
    expect(migrate(t.db)).toEqual([]);
  });

  it('enqueues idempotently by key', () => {
    t = tempDb();
    const now = new Date('2026-05-01T00:00:00Z');
    expect(enqueue(t.db, 'k1', ref('c1'), { text: '一' }, now)).toBe(true);
    expect(enqueue(t.db, 'k1', ref('c1'), { text: '一' }, now)).toBe(false);
    expect(outboxBacklog(t.db)).toEqual([{ platform: 'console', pending: 1, failed: 0 }]);
  });

  it('claims only the head of each chat, keeping per-chat order', () => {
    t = tempDb();
    const now = new Date('2026-05-01T00:00:00Z');
    enqueue(t.db, 'a1', ref('a'), { text: 'a1' }, now);
    enqueue(t.db, 'a2', ref('a'), { text: 'a2' }, now);
    enqueue(t.db, 'b1', ref('b'), { text: 'b1' }, now);
    const first = claimDue(t.db, 'console', now, 60_000, 10);
    expect(first.map((r) => r.key)).toEqual(['a1', 'b1']);
    // Claimed rows are not handed out twice while their lease runs.
    expect(claimDue(t.db, 'console', now, 60_000, 10)).toEqual([]);
    markRetry(t.db, first[0]!.id, new Date(now.getTime() + 5000), 'server: 500');
    markSent(t.db, first[1]!.id, now);
    // a1 waits for its retry and blocks a2 behind it.
    expect(claimDue(t.db, 'console', now, 60_000, 10)).toEqual([]);
    const later = claimDue(t.db, 'console', new Date(now.getTime() + 6000), 60_000, 10);
    expect(later.map((r) => [r.key, r.attempts])).toEqual([['a1', 2]]);
  });

  it('hands out a row again when its lease ran out (the sender died)', () => {
    t = tempDb();
    const now = new Date('2026-05-01T00:00:00Z');
    enqueue(t.db, 'x', ref('c'), { text: 'x' }, now);
    expect(claimDue(t.db, 'console', now, 1000, 10)).toHaveLength(1);
    expect(claimDue(t.db, 'console', new Date(now.getTime() + 500), 1000, 10)).toHaveLength(0);
    expect(claimDue(t.db, 'console', new Date(now.getTime() + 1500), 1000, 10)).toHaveLength(1);
  });
});

describe('inbox', () => {
  it('forgets message ids older than the cutoff and keeps newer ones', () => {
    t = tempDb();
    const at = (iso: string, id: string) => ({
      platform: 'feishu' as const, chatId: 'c', chatType: 'p2p' as const, senderId: 'u', text: 'x', mentionsBot: false, messageId: id, receivedAt: new Date(iso),
    });
    expect(claimInbox(t.db, 'feishu:old', at('2026-01-01T00:00:00Z', 'old'))).toBe(true);
    expect(claimInbox(t.db, 'feishu:new', at('2026-03-01T00:00:00Z', 'new'))).toBe(true);
    expect(pruneInbox(t.db, new Date('2026-02-01T00:00:00Z'))).toBe(1);
    expect(claimInbox(t.db, 'feishu:new', at('2026-03-01T00:00:00Z', 'new'))).toBe(false);
  });
});
