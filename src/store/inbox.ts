import type { Db } from './db.js';
import { statement } from './statements.js';
import type { IncomingMessage } from '../platform.js';

export const inboxKey = (message: Pick<IncomingMessage, 'platform' | 'messageId'>): string =>
  `${message.platform}:${message.messageId}`;

/**
 * Records a message id. Returns false when it was seen before (a redelivery or replay):
 * the caller drops it. The unique key lives in SQLite so a restart does not forget.
 */
export function claimInbox(db: Db, key: string, message: IncomingMessage): boolean {
  const result = statement(
    db,
    `INSERT INTO inbox (key, platform, chat_id, sender_id, received_at, message)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
  ).run(key, message.platform, message.chatId, message.senderId, message.receivedAt.toISOString(), JSON.stringify({ ...message, raw: undefined }));
  return result.changes === 1;
}

export function markInbox(db: Db, key: string, status: 'done' | 'failed'): void {
  statement(db, 'UPDATE inbox SET status = ? WHERE key = ?').run(status, key);
}

/** Messages received but never processed (the process died mid-turn). */
export function unfinishedInbox(db: Db): IncomingMessage[] {
  const rows = db.prepare(`SELECT message FROM inbox WHERE status = 'received' ORDER BY received_at`).pluck().all() as string[];
  return rows.map((json) => {
    const message = JSON.parse(json) as IncomingMessage & { receivedAt: string };
    return { ...message, receivedAt: new Date(message.receivedAt) };
  });
}

/** Forgets ids older than the cutoff; redeliveries that old are dropped by age instead. */
export function pruneInbox(db: Db, before: Date): number {
  return db.prepare('DELETE FROM inbox WHERE received_at < ?').run(before.toISOString()).changes;
}
