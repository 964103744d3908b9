import type { Db } from './db.js';
import { statement } from './statements.js';
import type { ConversationRef, OutgoingMessage, PlatformName } from '../platform.js';

export interface OutboxRow {
  id: number;
  key: string;
  platform: PlatformName;
  chatId: string;
  ref: ConversationRef;
  message: OutgoingMessage;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: string;
  createdAt: string;
  sentAt: string | null;
  lastError: string | null;
}

interface RawRow {
  id: number;
  key: string;
  platform: PlatformName;
  chat_id: string;
  ref: string;
  message: string;
  status: OutboxRow['status'];
  attempts: number;
  next_attempt_at: string;
  created_at: string;
  sent_at: string | null;
  last_error: string | null;
}

const toRow = (raw: RawRow): OutboxRow => ({
  id: raw.id,
  key: raw.key,
  platform: raw.platform,
  chatId: raw.chat_id,
  ref: JSON.parse(raw.ref) as ConversationRef,
  message: JSON.parse(raw.message) as OutgoingMessage,
  status: raw.status,
  attempts: raw.attempts,
  nextAttemptAt: raw.next_attempt_at,
  createdAt: raw.created_at,
  sentAt: raw.sent_at,
  lastError: raw.last_error,
});

/** Queues a message. Idempotent on `key`: returns false when that key was queued before. */
export function enqueue(db: Db, key: string, ref: ConversationRef, message: OutgoingMessage, now: Date): boolean {
  const iso = now.toISOString();
  return statement(
    db,
    `INSERT INTO outbox (key, platform, chat_id, ref, message, next_attempt_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
  ).run(key, ref.platform, ref.chatId, JSON.stringify(ref), JSON.stringify(message), iso, iso).changes === 1;
}

/**
 * Claims the next due row of each chat (oldest first, so each chat stays in order) for
 * `leaseMs`. A chat whose head row is waiting for a retry blocks the rows behind it.
 * A lease that ran out (the sender died mid-send) makes the row claimable again. `owner`
 * names the claiming process (`lease-owner.ts`), so its successor can tell a dead lease.
 */
export function claimDue(db: Db, platform: PlatformName, now: Date, leaseMs: number, limit: number, owner: string | null = null): OutboxRow[] {
  const iso = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  return db.transaction(() => {
    const heads = db
      .prepare(
        `SELECT o.* FROM outbox o
         WHERE o.platform = ? AND o.status IN ('pending', 'sending')
           AND o.id = (SELECT MIN(id) FROM outbox h WHERE h.platform = o.platform AND h.chat_id = o.chat_id AND h.status IN ('pending', 'sending'))
           AND o.next_attempt_at <= ?
           AND (o.status = 'pending' OR o.claimed_until <= ?)
         ORDER BY o.id LIMIT ?`,
      )
      .all(platform, iso, iso, limit) as RawRow[];
    const claim = db.prepare(`UPDATE outbox SET status = 'sending', claimed_until = ?, claimed_by = ?, attempts = attempts + 1 WHERE id = ?`);
    for (const head of heads) claim.run(until, owner, head.id);
    return heads.map((head) => toRow({ ...head, status: 'sending', attempts: head.attempts + 1 }));
  }).immediate();
}

export function markSent(db: Db, id: number, now: Date, platformMessageId?: string): void {
  statement(
    db,
    `UPDATE outbox SET status = 'sent', sent_at = ?, claimed_until = NULL, claimed_by = NULL, platform_message_id = ?, last_error = NULL WHERE id = ?`,
  ).run(now.toISOString(), platformMessageId ?? null, id);
}

export function markRetry(db: Db, id: number, nextAttemptAt: Date, error: string): void {
  statement(db, `UPDATE outbox SET status = 'pending', claimed_until = NULL, claimed_by = NULL, next_attempt_at = ?, last_error = ? WHERE id = ?`).run(
    nextAttemptAt.toISOString(),
    error.slice(0, 1000),
    id,
  );
}

export function markFailed(db: Db, id: number, error: string): void {
  statement(db, `UPDATE outbox SET status = 'failed', claimed_until = NULL, claimed_by = NULL, last_error = ? WHERE id = ?`).run(error.slice(0, 1000), id);
}

/** Gives a claimed row back before it was tried: due as before, the claim's attempt not counted. */
export function unclaim(db: Db, id: number): void {
  statement(db, `UPDATE outbox SET status = 'pending', claimed_until = NULL, claimed_by = NULL, attempts = attempts - 1 WHERE id = ? AND status = 'sending'`).run(id);
}

/** The processes holding leases on this platform's rows (rows claimed before owners were recorded have none). */
export function leaseOwners(db: Db, platform: PlatformName): string[] {
  return db
    .prepare(`SELECT DISTINCT claimed_by FROM outbox WHERE platform = ? AND status = 'sending' AND claimed_by IS NOT NULL`)
    .pluck()
    .all(platform) as string[];
}

/** Makes the rows leased by `owner` due now; returns how many. */
export function releaseLeases(db: Db, platform: PlatformName, owner: string, now: Date): number {
  return db
    .prepare(
      `UPDATE outbox SET status = 'pending', claimed_until = NULL, claimed_by = NULL, next_attempt_at = ?
       WHERE platform = ? AND status = 'sending' AND claimed_by = ?`,
    )
    .run(now.toISOString(), platform, owner).changes;
}

/**
 * Deletes rows sent before `before`, except those the reminder delivery log shows (its rows
 * join the outbox by key for their status). Returns how many.
 */
export function pruneSentOutbox(db: Db, before: Date): number {
  return db
    .prepare(
      `DELETE FROM outbox WHERE status = 'sent' AND sent_at < ?
       AND NOT EXISTS (SELECT 1 FROM reminder_deliveries d WHERE d.key = outbox.key)`,
    )
    .run(before.toISOString()).changes;
}

export function outboxByKey(db: Db, key: string): OutboxRow | undefined {
  const raw = db.prepare('SELECT * FROM outbox WHERE key = ?').get(key) as RawRow | undefined;
  return raw && toRow(raw);
}

export function outboxBacklog(db: Db): { platform: string; pending: number; failed: number }[] {
  return db
    .prepare(
      `SELECT platform, SUM(status IN ('pending', 'sending')) AS pending, SUM(status = 'failed') AS failed
       FROM outbox GROUP BY platform`,
    )
    .all() as { platform: string; pending: number; failed: number }[];
}

export function recentOutbox(db: Db, limit: number, keyPrefix?: string): OutboxRow[] {
  const rows = keyPrefix
    ? db.prepare('SELECT * FROM outbox WHERE key LIKE ? ORDER BY id DESC LIMIT ?').all(`${keyPrefix}%`, limit)
    : db.prepare('SELECT * FROM outbox ORDER BY id DESC LIMIT ?').all(limit);
  return (rows as RawRow[]).map(toRow);
}
