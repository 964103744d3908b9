import { afterEach, describe, expect, it } from 'vitest';
import { createZone, dayOf, isoDay, parseIsoDay } from '../../src/reminders/dates.js';
import { tempDb } from '../helpers/temp-db.js';
import { calendarOf, entry, HOLIDAYS, reminderRows, schedulerOf, subscribeAt } from './helpers.js';

const cleanups: (() => void)[] = [];
const hostTz = process.env.TZ;
afterEach(() => {
  cleanups.splice(0).forEach((fn) => fn());
  if (hostTz === undefined) delete process.env.TZ;
  else process.env.TZ = hostTz;
});

describe('time zones', () => {
  it('09:00 Asia/Shanghai is 01:00Z whatever the host zone', () => {
    for (const host of ['UTC', 'Asia/Shanghai', 'America/New_York']) {
      process.env.TZ = host;
      const t = tempDb();
      cleanups.push(t.cleanup);
      subscribeAt(t.db, '2026-05-01T00:00:00Z', { chatId: 'p2p:a', offsets: [0] });
      const scheduler = schedulerOf(t.db, calendarOf(t.db, [entry({ id: 'brand', yearly: { month: 5, day: 10 } })]));
      expect(scheduler.tick(new Date('2026-05-10T00:59:00Z')).queued).toHaveLength(0);
      expect(scheduler.tick(new Date('2026-05-10T01:00:00Z')).queued.map((i) => i.dueAt)).toEqual(['2026-05-10T01:00:00.000Z']);
    }
  });

  it('a UTC-configured service reminds at 09:00 UTC', () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    subscribeAt(t.db, '2026-05-01T00:00:00Z', { chatId: 'p2p:a', offsets: [0] });
    const scheduler = schedulerOf(t.db, calendarOf(t.db, [entry({ id: 'brand', yearly: { month: 5, day: 10 } })]), { tz: 'UTC' });
    expect(scheduler.tick(new Date('2026-05-10T08:59:00Z')).queued).toHaveLength(0);
    expect(scheduler.tick(new Date('2026-05-10T09:00:00Z')).queued).toHaveLength(1);
  });

  it('looks the offset up per day, so zones with daylight saving stay at 09:00 local', () => {
    const ny = createZone('America/New_York');
    expect(new Date(ny.instantOf(dayOf(2026, 3, 7), 540)).toISOString()).toBe('2026-03-07T14:00:00.000Z');
    expect(new Date(ny.instantOf(dayOf(2026, 3, 8), 540)).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    const sh = createZone('Asia/Shanghai');
    expect(isoDay(sh.dayAt(new Date('2026-05-09T16:00:00Z')))).toBe('2026-05-10');
    expect(isoDay(sh.dayAt(new Date('2026-05-09T15:59:59Z')))).toBe('2026-05-09');
  });
});

describe('public holidays and 调休', () => {
  const day = (iso: string) => parseIsoDay(iso)!;

  it('knows days off and working weekends', () => {
    expect(HOLIDAYS.isWorkingDay(day('2025-10-01'))).toBe(false);
    expect(HOLIDAYS.isWorkingDay(day('2025-09-30'))).toBe(true);
    expect(HOLIDAYS.isWorkingDay(day('2025-10-11'))).toBe(true); // Saturday, 调休上班
    expect(HOLIDAYS.isWorkingDay(day('2025-10-12'))).toBe(false); // plain Sunday
    expect(HOLIDAYS.isWorkingDay(day('2024-02-04'))).toBe(true); // Sunday, 调休上班
    expect(isoDay(HOLIDAYS.previousWorkingDay(day('2025-10-08')))).toBe('2025-09-30');
    expect(isoDay(HOLIDAYS.previousWorkingDay(day('2025-02-03')))).toBe('2025-01-27');
    expect(HOLIDAYS.years().find((y) => y.year === 2026)?.unconfirmed).toBe(true);
  });

  it('moves a reminder on 2025-10-01 to 2025-09-30 and one on a Sunday to the 调休 Saturday, when asked', () => {
    const t = tempDb();
    cleanups.push(t.cleanup);
    subscribeAt(t.db, '2025-09-01T00:00:00Z', { chatId: 'p2p:shift', offsets: [0], shift: true });
    subscribeAt(t.db, '2025-09-01T00:00:00Z', { chatId: 'p2p:plain', offsets: [0] });
    const events = [entry({ id: 'national-day', date: '2025-10-01' }), entry({ id: 'sunday', date: '2025-10-12' })];
    const scheduler = schedulerOf(t.db, calendarOf(t.db, events));
    for (let at = Date.parse('2025-09-28T16:00:00Z'); at <= Date.parse('2025-10-12T16:00:00Z'); at += 60_000) scheduler.tick(new Date(at));
    const sent = Object.fromEntries(reminderRows(t.db).map((row) => [row.key, row.created_at]));
    expect(sent).toEqual({
      'reminder:national-day:2025-10-01:0:console:p2p:shift': '2025-09-30T01:00:00.000Z',
      'reminder:national-day:2025-10-01:0:console:p2p:plain': '2025-10-01T01:00:00.000Z',
      'reminder:sunday:2025-10-12:0:console:p2p:shift': '2025-10-11T01:00:00.000Z',
      'reminder:sunday:2025-10-12:0:console:p2p:plain': '2025-10-12T01:00:00.000Z',
    });
  });
});
