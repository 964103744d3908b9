import { afterEach, describe, expect, it } from 'vitest';
import { createDeliveryRecorder, deliveryLog } from '../../src/store/reminder-deliveries.js';
import { claimDue, enqueue, markFailed, markSent, outboxByKey, pruneSentOutbox } from '../../src/store/outbox.js';
import { tempDb } from '../helpers/temp-db.js';

let t: ReturnType<typeof tempDb>;
afterEach(() => t?.cleanup());

const DAY = 24 * 3600_000;

describe('pruning the outbox', () => {
  it('deletes rows sent before the cutoff, keeps newer, unsent and failed rows and those the reminder delivery log reads', () => {
    t = tempDb();
    const start = new Date('2026-01-01T00:00:00Z');
    const at = (days: number): Date => new Date(start.getTime() + days * DAY);
    const queue = (key: string, chatId: string): number => {
      enqueue(t.db, key, { platform: 'feishu', chatId }, { text: key }, start);
      return claimDue(t.db, 'feishu', start, 60_000, 50).find((row) => row.key === key)!.id;
    };
    markSent(t.db, queue('reply:old', 'a'), at(1));
    markSent(t.db, queue('reply:recent', 'b'), at(20));
    markFailed(t.db, queue('reply:failed', 'c'), 'bad_request: bot not in chat');
    enqueue(t.db, 'reply:pending', { platform: 'feishu', chatId: 'd' }, { text: 'pending' }, start);
    const reminderKey = 'reminder:brand-day:2026:-3:feishu:e';
    createDeliveryRecorder(t.db).record({
      key: reminderKey,
      kind: 'reminder',
      eventId: 'brand-day',
      occurrence: '2026-05-10',
      offsetDays: -3,
      platform: 'feishu',
      chatId: 'e',
      dueAt: at(1).toISOString(),
      status: 'sent',
      recordedAt: at(1).toISOString(),
    });
    markSent(t.db, queue(reminderKey, 'e'), at(1));

    expect(pruneSentOutbox(t.db, at(10))).toBe(1);
    expect(outboxByKey(t.db, 'reply:old')).toBeUndefined();
    for (const key of ['reply:recent', 'reply:failed', 'reply:pending', reminderKey]) expect(outboxByKey(t.db, key)).toBeDefined();
    expect(deliveryLog(t.db, 10)).toMatchObject([{ key: reminderKey, outboxStatus: 'sent', sentAt: at(1).toISOString() }]);
    expect(pruneSentOutbox(t.db, at(10))).toBe(0);
  });
});
