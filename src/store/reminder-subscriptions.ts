import type { ConversationRef, PlatformName } from '../platform.js';
import type { Db } from './db.js';

/** Who gets reminders where, and how. One row per (platform, chat). */
export interface ReminderSubscription {
  platform: PlatformName;
  chatId: string;
  ref: ConversationRef;
  chatType: 'p2p' | 'group';
  subscriberId: string;
  subscriberRole: 'officer' | 'coordinator';
  /** Event ids; undefined = every event (minus `excluded`). */
  events?: string[];
  excluded: string[];
  /** Days before the occurrence, descending; 0 = on the day. */
  offsets: number[];
  /** Minutes after local midnight. */
  remindAt: number;
  /** Move reminders off weekends and public holidays to the previous working day. */
  shift: boolean;
  createdAt: string;
  updatedAt: string;
}

export const DEFAULT_OFFSETS = [14, 7, 3, 1, 0];
export const DEFAULT_REMIND_AT = 9 * 60;

interface RawSubscription {
  platform: PlatformName;
  chat_id: string;
  ref: string;
  chat_type: 'p2p' | 'group';
  subscriber_id: string;
  subscriber_role: 'officer' | 'coordinator';
  events: string | null;
  excluded: string;
  offsets: string;
  remind_at: number;
  shift: number;
  created_at: string;
  updated_at: string;
}

/** Parses rows; `memo` shares the parse of JSON columns most rows have in common ('[]', the default offsets). */
function toSubscription(raw: RawSubscription, memo = new Map<string, unknown>()): ReminderSubscription {
  const parse = <T>(text: string): T => {
    let value = memo.get(text);
    if (value === undefined) {
      value = JSON.parse(text);
      memo.set(text, value);
    }
    return value as T;
  };
  return {
    platform: raw.platform,
    chatId: raw.chat_id,
    ref: JSON.parse(raw.ref) as ConversationRef,
    chatType: raw.chat_type,
    subscriberId: raw.subscriber_id,
    subscriberRole: raw.subscriber_role,
    events: raw.events === null ? undefined : parse<string[]>(raw.events),
    excluded: parse<string[]>(raw.excluded),
    offsets: parse<number[]>(raw.offsets),
    remindAt: raw.remind_at,
    shift: raw.shift === 1,
    createdAt: raw.created_at,
    updatedAt: raw.updated_at,
  };
}

export function getSubscription(db: Db, platform: string, chatId: string): ReminderSubscription | undefined {
  const raw = db.prepare('SELECT * FROM reminder_subscriptions WHERE platform = ? AND chat_id = ?').get(platform, chatId) as
    | RawSubscription
    | undefined;
  return raw && toSubscription(raw);
}

/** Inserts or replaces the subscription of `(platform, chatId)`; `updatedAt` is set to `now`. */
export function saveSubscription(db: Db, sub: Omit<ReminderSubscription, 'createdAt' | 'updatedAt'>, now: Date): void {
  const iso = now.toISOString();
  db.prepare(
    `INSERT INTO reminder_subscriptions (platform, chat_id, ref, chat_type, subscriber_id, subscriber_role, events, excluded, offsets, remind_at, shift, created_at, updated_at)
     VALUES (@platform, @chatId, @ref, @chatType, @subscriberId, @subscriberRole, @events, @excluded, @offsets, @remindAt, @shift, @now, @now)
     ON CONFLICT (platform, chat_id) DO UPDATE SET ref = excluded.ref, subscriber_id = excluded.subscriber_id,
       subscriber_role = excluded.subscriber_role, events = excluded.events, excluded = excluded.excluded,
       offsets = excluded.offsets, remind_at = excluded.remind_at, shift = excluded.shift, updated_at = excluded.updated_at`,
  ).run({
    platform: sub.platform,
    chatId: sub.chatId,
    ref: JSON.stringify(sub.ref),
    chatType: sub.chatType,
    subscriberId: sub.subscriberId,
    subscriberRole: sub.subscriberRole,
    events: sub.events ? JSON.stringify(sub.events) : null,
    excluded: JSON.stringify(sub.excluded),
    offsets: JSON.stringify(sub.offsets),
    remindAt: sub.remindAt,
    shift: sub.shift ? 1 : 0,
    now: iso,
  });
}

export function deleteSubscription(db: Db, platform: string, chatId: string): boolean {
  return db.prepare('DELETE FROM reminder_subscriptions WHERE platform = ? AND chat_id = ?').run(platform, chatId).changes === 1;
}

/** A chat identity that made subscriptions: `subscriber_id` on `platform`. */
export interface Subscriber {
  platform: string;
  userId: string;
}

/** `(s.platform = ? AND s.subscriber_id = ?) OR …` over `alias`, with its parameters; never empty (matches nothing). */
export function subscriberFilter(alias: string, subscribers: Subscriber[]): { sql: string; params: string[] } {
  if (subscribers.length === 0) return { sql: '0', params: [] };
  return {
    sql: `(${subscribers.map(() => `(${alias}.platform = ? AND ${alias}.subscriber_id = ?)`).join(' OR ')})`,
    params: subscribers.flatMap((s) => [s.platform, s.userId]),
  };
}

/**
 * Every subscription, or (with `subscribers`) only those these identities made. Arrays parsed
 * from identical JSON are shared between rows: treat them as read-only.
 */
export function listSubscriptions(db: Db, subscribers?: Subscriber[]): ReminderSubscription[] {
  const memo = new Map<string, unknown>();
  const filter = subscribers ? subscriberFilter('s', subscribers) : { sql: '1', params: [] };
  return (db.prepare(`SELECT * FROM reminder_subscriptions s WHERE ${filter.sql} ORDER BY platform, chat_id`).all(...filter.params) as RawSubscription[]).map(
    (raw) => toSubscription(raw, memo),
  );
}

/** The latest name each identity gave on a nomination (`platform:userId` → name), for showing people by name. */
export function knownNames(db: Db, identities: Subscriber[]): Map<string, string> {
  const names = new Map<string, string>();
  const lookup = db.prepare(
    `SELECT owner_name AS name FROM nominations WHERE owner_platform = ? AND owner_id = ? AND owner_name IS NOT NULL AND owner_name != ''
     ORDER BY updated_at DESC LIMIT 1`,
  );
  for (const { platform, userId } of identities) {
    const key = `${platform}:${userId}`;
    if (names.has(key)) continue;
    const row = lookup.get(platform, userId) as { name: string } | undefined;
    if (row) names.set(key, row.name);
  }
  return names;
}

/** How many chats subscribed on `platform` (the status page tells an unused WeCom robot from a working one). */
export function countSubscriptions(db: Db, platform: string): number {
  return db.prepare('SELECT COUNT(*) FROM reminder_subscriptions WHERE platform = ?').pluck().get(platform) as number;
}
