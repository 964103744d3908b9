import { describe, expect, it } from 'vitest';
import { eventStanding, firstAfter } from '../../src/reminders/agenda.js';
import { createZone, parseIsoDay } from '../../src/reminders/dates.js';
import { confirmProposal, dismissProposal, reviewQueue } from '../../src/reminders/review.js';
import { addProposal } from '../../src/store/reminders.js';
import { calendarOf, entry, reminderRows, schedulerOf, subscribeAt, tickEvery, tempDbPerTest } from './helpers.js';

const temp = tempDbPerTest();

const proposal = (day: string) => ({
  doc: 'notice-2027',
  docTitle: '关于2027年名录申报的通知',
  day,
  quote: `请于${day}前报送。`,
  entry: { title: '2027年名录报送截止', kind: 'deadline', date: day, source: 'notice-2027' },
});

describe('reviewing deadline proposals', () => {
  it('confirms on a corrected date with its own reminder days, which the scheduler then uses for every subscriber', () => {
    const { db } = temp();
    const calendar = calendarOf(db, [entry({ id: 'brand-day', yearly: { month: 5, day: 10 } })]);
    const now = new Date('2026-11-30T03:57:00Z');
    const id = addProposal(db, proposal('2026-12-18'), now)!;
    expect(reviewQueue(db).map((p) => p.entry.title)).toEqual(['2027年名录报送截止']);
    const confirmed = confirmProposal(db, calendar, id, 'web:admin', now, { date: '2026-12-20', offsets: [5, 0] });
    expect(confirmed).toMatchObject({ date: '2026-12-20', offsets: [5, 0], kind: 'deadline' });
    expect(confirmProposal(db, calendar, id, 'web:admin', now)).toBeUndefined();
    expect(reviewQueue(db)).toEqual([]);

    // A subscriber with the default 14,7,3,1,0 is reminded of this deadline 5 days before and on the day only.
    subscribeAt(db, '2026-11-30T00:00:00Z', { chatId: 'p2p:alice' });
    tickEvery(schedulerOf(db, calendar), '2026-11-30T04:00:00Z', '2026-12-20T04:00:00Z', 3600_000);
    const keys = reminderRows(db).map((row) => row.key);
    expect(keys.filter((key) => key.includes(confirmed!.id))).toEqual([
      `reminder:${confirmed!.id}:2026-12-20:5:console:p2p:alice`,
      `reminder:${confirmed!.id}:2026-12-20:0:console:p2p:alice`,
    ]);
  });

  it('dismisses once', () => {
    const { db } = temp();
    const id = addProposal(db, proposal('2026-12-18'), new Date('2026-11-30T00:00:00Z'))!;
    expect(dismissProposal(db, id, 'web:admin', new Date())).toBe(true);
    expect(dismissProposal(db, id, 'web:admin', new Date())).toBe(false);
    expect(reviewQueue(db)).toEqual([]);
  });
});

describe('where events stand today', () => {
  it('marks an over one-off as past, gives a yearly event its next date, and leaves an unannounced seasonal event not past', () => {
    const { db } = temp();
    const calendar = calendarOf(db, [
      entry({ id: 'old-deadline', kind: 'deadline', date: '2023-05-08' }),
      entry({ id: 'brand-day', yearly: { month: 5, day: 10 } }),
      entry({ id: 'conference', dates: { '2025': '2025-09-20' }, season: { month: 9 } }),
    ]);
    const today = parseIsoDay('2026-11-30')!;
    expect(eventStanding(calendar, calendar.get('old-deadline')!, today)).toEqual({ next: undefined, past: true });
    const brand = eventStanding(calendar, calendar.get('brand-day')!, today);
    expect(brand.past).toBe(false);
    expect(brand.next?.start).toBe(parseIsoDay('2027-05-10'));
    expect(eventStanding(calendar, calendar.get('conference')!, today).past).toBe(false);
    const zone = createZone('Asia/Shanghai');
    expect(firstAfter(calendar, zone, new Date('2026-11-30T03:57:00Z'), 90)?.event.id).toBe('brand-day');
  });
});
