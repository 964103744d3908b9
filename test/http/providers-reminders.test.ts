import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRemindersView } from '../../src/http/providers/reminders.js';
import type { RemindersView } from '../../src/web-parts.js';
import { createCalendar } from '../../src/reminders/calendar.js';
import { calendarEntrySchema } from '../../src/reminders/calendar-file.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { enqueue, markFailed, markSent, outboxByKey } from '../../src/store/outbox.js';
import { createDeliveryRecorder } from '../../src/store/reminder-deliveries.js';
import { saveSubscription } from '../../src/store/reminder-subscriptions.js';

let dir: string;
let db: Db;
let view: RemindersView;
const now = new Date('2026-04-19T20:00:00Z'); // 04-20 04:00 in Asia/Shanghai

/** A fixture calendar in the shape of knowledge/events.yaml. */
const fileEntries = [
  { id: 'world-ip-day', title: '世界知识产权日', kind: 'event', yearly: { month: 4, day: 26, since: 2001 }, source: 'calendar-facts.md' },
  { id: 'national-ip-week', title: '全国知识产权宣传周', kind: 'event', yearly: { month: 4, day: 20, endMonth: 4, endDay: 26, since: 2009 }, source: 'calendar-facts.md' },
  { id: 'ip-conference', title: '中国知识产权年会', kind: 'event', dates: { '2025': { start: '2025-09-20', end: '2025-09-21' } }, season: { month: 9 }, source: 'x' },
].map((entry) => calendarEntrySchema.parse(entry));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gi-web-rem-'));
  db = openDatabase(join(dir, 'test.db'));
  const calendar = createCalendar({ db, fileEntries });
  view = createRemindersView({ db, calendar, clock: () => now, tz: 'Asia/Shanghai' });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reminders view over the real calendar and store', () => {
  it('lists the local days ahead from events.yaml', () => {
    const items = view.upcoming(now, 30);
    const week = items.find((item) => item.title === '全国知识产权宣传周');
    expect(week).toMatchObject({ start: '2026-04-20', end: '2026-04-26', kind: 'event' });
    expect(items.find((item) => item.title === '世界知识产权日')?.start).toBe('2026-04-26');
    expect(items.every((item) => item.start <= '2026-05-19')).toBe(true);
  });

  it('adds an event, edits it, and keeps what the form does not show', () => {
    const added = view.saveEvent({ title: '省级培训会', kind: 'event', date: '2026-05-06' }, 'web:admin', undefined);
    expect(added.editable).toBe(true);
    expect(view.upcoming(now, 30).some((item) => item.title === '省级培训会' && item.start === '2026-05-06')).toBe(true);
    const edited = view.saveEvent({ title: '省级培训会（延期）', kind: 'event', date: '2026-05-12', end: '2026-05-13' }, 'web:admin', added.id);
    expect(view.event(added.id)).toMatchObject({ title: '省级培训会（延期）', date: '2026-05-12', end: '2026-05-13' });
    expect(edited.id).toBe(added.id);

    const day = view.events().find((e) => e.title === '世界知识产权日');
    expect(day).toMatchObject({ date: '04-26', editable: true });
    view.saveEvent({ title: '世界知识产权日', kind: 'event', date: '04-27' }, 'web:admin', day?.id);
    expect(view.upcoming(now, 30).find((item) => item.title === '世界知识产权日')?.start).toBe('2026-04-27');
    expect(view.event('ip-conference')).toMatchObject({ date: '2025-09-20', end: '2025-09-21', editable: false });
    expect(() => view.saveEvent({ title: 'x', kind: 'event', date: '2026-05-01' }, 'web:admin', 'no-such-event')).toThrow('找不到这个活动');
  });

  it('maps subscriptions and the delivery log, failed sends included', () => {
    saveSubscription(
      db,
      {
        platform: 'feishu',
        chatId: 'oc_zj',
        ref: { platform: 'feishu', chatId: 'oc_zj' },
        chatType: 'group',
        subscriberId: 'ou_a',
        subscriberRole: 'coordinator',
        events: ['world-ip-day'],
        excluded: [],
        offsets: [7, 1],
        remindAt: 570,
        shift: false,
      },
      now,
    );
    expect(view.subscriptions()).toEqual([
      { platform: 'feishu', chatType: 'group', subscriber: '未具名用户', events: ['世界知识产权日'], offsets: [7, 1], remindAt: '09:30', createdAt: now.toISOString() },
    ]);
    const recorder = createDeliveryRecorder(db);
    const base = { kind: 'reminder' as const, eventId: 'world-ip-day', occurrence: '2026-04-26', platform: 'feishu' as const, chatId: 'oc_zj', recordedAt: now.toISOString() };
    recorder.record({ ...base, key: 'rem:1', offsetDays: 7, dueAt: '2026-04-19T01:30:00Z', status: 'sent' });
    recorder.record({ ...base, key: 'rem:2', offsetDays: 1, dueAt: '2026-04-25T01:30:00Z', status: 'late' });
    recorder.record({ ...base, key: 'rem:3', offsetDays: 0, dueAt: '2026-04-26T01:30:00Z', status: 'missed' });
    enqueue(db, 'rem:1', { platform: 'feishu', chatId: 'oc_zj' }, { text: '提醒' }, now);
    enqueue(db, 'rem:2', { platform: 'feishu', chatId: 'oc_zj' }, { text: '提醒' }, now);
    markFailed(db, outboxByKey(db, 'rem:1')?.id ?? -1, 'rate_limited: 99991400');
    const rows = view.deliveries(10);
    const byDue = Object.fromEntries(rows.map((row) => [row.at, row]));
    expect(byDue['2026-04-19T01:30:00Z']).toMatchObject({ status: 'failed', error: 'rate_limited: 99991400', eventTitle: '世界知识产权日', platform: 'feishu', chatType: 'group' });
    // Still in the outbox: queued (a late one says so), never 已发送.
    expect(byDue['2026-04-25T01:30:00Z']).toMatchObject({ status: 'queued', late: true, error: undefined });
    expect(byDue['2026-04-26T01:30:00Z']).toMatchObject({ status: 'missed', error: undefined });
    markSent(db, outboxByKey(db, 'rem:2')?.id ?? -1, now);
    expect(view.deliveries(10).find((row) => row.at === '2026-04-25T01:30:00Z')).toMatchObject({ status: 'late', late: true });
  });
});
