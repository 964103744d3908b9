import type { PlatformName } from '../platform.js';
import type { Db } from './db.js';
import { subscriberFilter, type Subscriber } from './reminder-subscriptions.js';

/** The scheduler's record of each reminder decided: sent (queued), late (queued with a note) or missed. */
export interface ReminderDelivery {
  key: string;
  kind: 'reminder' | 'missing_date';
  eventId: string;
  occurrence: string;
  offsetDays: number | null;
  platform: PlatformName;
  chatId: string;
  dueAt: string;
  status: 'sent' | 'late' | 'missed';
  recordedAt: string;
}

/** Prepared once per scheduler; `record` returns false when that key was decided before. */
export function createDeliveryRecorder(db: Db): { record(delivery: ReminderDelivery): boolean } {
  const insert = db.prepare(
    `INSERT INTO reminder_deliveries (key, kind, event_id, occurrence, offset_days, platform, chat_id, due_at, status, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
  );
  return {
    record: (d) =>
      insert.run(d.key, d.kind, d.eventId, d.occurrence, d.offsetDays, d.platform, d.chatId, d.dueAt, d.status, d.recordedAt).changes === 1,
  };
}

/** A delivery with its outbox status; `failed` when the outbox gave up. */
export interface DeliveryLogRow extends ReminderDelivery {
  outboxStatus: 'pending' | 'sending' | 'sent' | 'failed' | null;
  sentAt: string | null;
  lastError: string | null;
}

/**
 * Decided reminders, newest first. `eventId` keeps one event's; `subscribers` keeps those sent
 * to chats these identities subscribed (an officer's own chats).
 */
export function deliveryLog(db: Db, limit: number, filter: { eventId?: string; subscribers?: Subscriber[] } = {}): DeliveryLogRow[] {
  const own = filter.subscribers ? subscriberFilter('s', filter.subscribers) : undefined;
  const rows = db
    .prepare(
      `SELECT d.key, d.kind, d.event_id AS eventId, d.occurrence, d.offset_days AS offsetDays, d.platform, d.chat_id AS chatId,
              d.due_at AS dueAt, d.status, d.recorded_at AS recordedAt, o.status AS outboxStatus, o.sent_at AS sentAt, o.last_error AS lastError
       FROM reminder_deliveries d LEFT JOIN outbox o ON o.key = d.key
       WHERE (? IS NULL OR d.event_id = ?)
         ${own ? `AND EXISTS (SELECT 1 FROM reminder_subscriptions s WHERE s.platform = d.platform AND s.chat_id = d.chat_id AND ${own.sql})` : ''}
       ORDER BY d.recorded_at DESC, d.key LIMIT ?`,
    )
    .all(filter.eventId ?? null, filter.eventId ?? null, ...(own?.params ?? []), limit);
  return rows as DeliveryLogRow[];
}

export function countDeliveries(db: Db): Record<ReminderDelivery['status'], number> {
  const counts = { sent: 0, late: 0, missed: 0 };
  for (const row of db.prepare('SELECT status, COUNT(*) AS n FROM reminder_deliveries GROUP BY status').all() as {
    status: ReminderDelivery['status'];
    n: number;
  }[]) {
    counts[row.status] = row.n;
  }
  return counts;
}
