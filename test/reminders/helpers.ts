import { afterEach } from 'vitest';
import { silentLogger } from '../../src/log.js';
import type { PlatformName } from '../../src/platform.js';
import { calendarEntrySchema, loadCalendarFile, type CalendarEntry } from '../../src/reminders/calendar-file.js';
import { createCalendar, type Calendar } from '../../src/reminders/calendar.js';
import { loadHolidays } from '../../src/reminders/holidays.js';
import { createReminderScheduler, type ReminderScheduler, type ReminderSchedulerOptions } from '../../src/reminders/scheduler.js';
import type { Db } from '../../src/store/db.js';
import { tempDb } from '../helpers/temp-db.js';
import { DEFAULT_OFFSETS, DEFAULT_REMIND_AT, saveSubscription, type ReminderSubscription } from '../../src/store/reminder-subscriptions.js';

export const FILE_ENTRIES = loadCalendarFile('knowledge/events.yaml');
export const HOLIDAYS = loadHolidays('knowledge/holidays.yaml');

/** A calendar entry from a partial (tests name only what matters). */
export const entry = (partial: Partial<CalendarEntry> & { id: string }): CalendarEntry =>
  calendarEntrySchema.parse({ title: partial.id, kind: 'event', source: 'test', ...partial });

export function calendarOf(db: Db, entries: CalendarEntry[] = FILE_ENTRIES): Calendar {
  return createCalendar({ db, fileEntries: entries });
}

export function schedulerOf(
  db: Db,
  calendar: Calendar,
  overrides: Partial<ReminderSchedulerOptions> = {},
): ReminderScheduler {
  return createReminderScheduler({
    db,
    clock: () => {
      throw new Error('tests pass the time to tick()');
    },
    calendar,
    log: silentLogger,
    tz: 'Asia/Shanghai',
    cron: '* * * * *',
    holidays: HOLIDAYS,
    ...overrides,
  });
}

/** Stores a subscription as the chat command would; `at` is when it was made. */
export function subscribeAt(
  db: Db,
  at: string,
  sub: Partial<Omit<ReminderSubscription, 'createdAt' | 'updatedAt'>> & { chatId: string },
): void {
  const platform: PlatformName = sub.platform ?? 'console';
  saveSubscription(
    db,
    {
      platform,
      ref: { platform, chatId: sub.chatId },
      chatType: 'p2p',
      subscriberId: sub.chatId.replace(/^p2p:/, ''),
      subscriberRole: 'officer',
      events: undefined,
      excluded: [],
      offsets: DEFAULT_OFFSETS,
      remindAt: DEFAULT_REMIND_AT,
      shift: false,
      ...sub,
    },
    new Date(at),
  );
}

export interface OutboxRowLite {
  key: string;
  chat_id: string;
  message: string;
  created_at: string;
}

export const reminderRows = (db: Db): OutboxRowLite[] =>
  db.prepare(`SELECT key, chat_id, message, created_at FROM outbox WHERE key LIKE 'reminder%' ORDER BY id`).all() as OutboxRowLite[];

export const deliveryRows = (db: Db): { key: string; status: string }[] =>
  db.prepare('SELECT key, status FROM reminder_deliveries ORDER BY key').all() as { key: string; status: string }[];

/** Ticks every `stepMs` from `from` to `to` inclusive. */
export function tickEvery(scheduler: ReminderScheduler, from: string, to: string, stepMs = 60_000): void {
  const end = Date.parse(to);
  for (let at = Date.parse(from); at <= end; at += stepMs) scheduler.tick(new Date(at));
}

/** Returns a maker of temp databases that are closed and deleted after each test of the calling file. */
export function tempDbPerTest(): () => ReturnType<typeof tempDb> {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((fn) => fn()));
  return () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    return t;
  };
}
