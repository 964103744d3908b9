import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCalendarFile } from '../../src/reminders/calendar-file.js';
import { dayOf, isoDay } from '../../src/reminders/dates.js';
import { parseOffsets, parseUserDate } from '../../src/reminders/parse.js';
import { proposeDeadlines } from '../../src/reminders/proposals.js';
import { tempDb } from '../helpers/temp-db.js';
import { calendarOf, FILE_ENTRIES } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

describe('knowledge/events.yaml', () => {
  it('holds the notice deadline with what to submit and how, and a source on every entry', () => {
    const nomination = FILE_ENTRIES.find((e) => e.id === 'gi-list-2023-nomination')!;
    expect(nomination).toMatchObject({ kind: 'deadline', nomination: true, date: '2023-05-08' });
    expect(nomination.submit).toContain('申报书电子件（含加盖公章扫描件）');
    expect(nomination.how).toContain('以省为单位');
    expect(nomination.how).toContain('国家知识产权局运用促进司');
    expect(FILE_ENTRIES.every((e) => e.source.length > 0)).toBe(true);
    const shuangpin = FILE_ENTRIES.find((e) => e.id === 'shuangpin-online-shopping-festival')!;
    expect(shuangpin.dates!['2022']).toMatchObject({ unconfirmed: true });
  });

  it('rejects a bad entry naming the field', () => {
    expect(() => parseCalendarFile('events:\n  - {id: x, title: X, kind: event, source: s, date: "2026-02-30"}')).toThrow(/events\.0\.date/);
    expect(() => parseCalendarFile('events:\n  - {id: x, title: X, kind: event, source: s}')).toThrow(/exactly one of/);
    expect(() => parseCalendarFile('events: [')).toThrow(/not a valid calendar/);
  });

  it('computes occurrences of yearly rules, ranges and announced dates, and which years lack a date', () => {
    const { db, cleanup } = tempDb();
    cleanups.push(cleanup);
    const calendar = calendarOf(db);
    const occurrences = calendar.occurrences(dayOf(2025, 4, 1), dayOf(2025, 9, 30));
    expect(occurrences.map((o) => `${o.event.id} ${isoDay(o.start)}..${isoDay(o.end)}`)).toEqual([
      'national-ip-week 2025-04-20..2025-04-26',
      'world-ip-day 2025-04-26..2025-04-26',
      'china-brand-day 2025-05-10..2025-05-10',
      'china-trademark-brand-festival 2025-09-05..2025-09-08',
      'china-ip-annual-conference 2025-09-11..2025-09-11',
      'gi-products-expo 2025-09-26..2025-09-28',
    ]);
    // 2026: no announced dates, so no occurrence — and a prompt a month before each season.
    expect(calendar.occurrences(dayOf(2026, 6, 1), dayOf(2026, 12, 31)).map((o) => o.event.id)).toEqual([]);
    const missing = calendar.missingDates(dayOf(2026, 1, 1), dayOf(2026, 12, 31));
    expect(missing.map((m) => `${m.event.id} ${m.year} ${isoDay(m.askOn)}`).sort()).toEqual([
      'china-ip-annual-conference 2026 2026-08-01',
      'china-trademark-brand-festival 2026 2026-05-01',
      'gi-products-expo 2026 2026-08-01',
      'shuangpin-online-shopping-festival 2026 2026-03-01',
    ]);
  });
});

describe('parsers', () => {
  it('offsets: 0..365, unique, at most 10', () => {
    expect(parseOffsets('14,7,3,1,0')).toEqual([14, 7, 3, 1, 0]);
    expect(parseOffsets('1、7，7 3天')).toEqual([7, 3, 1]);
    for (const bad of ['-3', '10000', '366', '', 'a', '1.5', '1,2,3,4,5,6,7,8,9,10,11']) expect(parseOffsets(bad)).toBeUndefined();
  });

  it('dates: real ones only', () => {
    expect(parseUserDate('2026年9月10日', 2000)).toEqual({ ok: true, day: dayOf(2026, 9, 10) });
    expect(parseUserDate('9月10日', 2026)).toEqual({ ok: true, day: dayOf(2026, 9, 10) });
    expect(parseUserDate('2月30日', 2026)).toEqual({ ok: false, month: 2, dayOfMonth: 30 });
    expect(parseUserDate('2023-02-29', 2026)).toMatchObject({ ok: false });
    expect(parseUserDate('2024-02-29', 2026)).toEqual({ ok: true, day: dayOf(2024, 2, 29) });
  });
});

describe('deadline proposals from a notice', () => {
  it('spots 2023-05-08 in the 2023 notice with what to submit and how', () => {
    const text = readFileSync('knowledge/2023-14-gi-key-contact-guidance-notice.md', 'utf8');
    const proposals = proposeDeadlines(text, { doc: '2023-14-gi-key-contact-guidance-notice.md', title: '国知办发运字〔2023〕14号' });
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ day: '2023-05-08' });
    expect(proposals[0]!.entry).toMatchObject({ kind: 'deadline', nomination: true, submit: '申报书电子件(含加盖公章扫描件)' });
    expect(proposals[0]!.entry.how).toMatch(/^以省为单位通过电子邮件形式报送国家知识产权局运用促进司/);
  });

  it('takes the year from the text when the date has none, and ignores dates that are not deadlines', () => {
    const text = '2024年3月1日印发。请各地于4月30日前报送推荐材料。会议于5月10日召开。';
    expect(proposeDeadlines(text, { doc: 'x', title: 'X' }).map((p) => p.day)).toEqual(['2024-04-30']);
    expect(proposeDeadlines('请于2月30日前报送。', { doc: 'x', title: 'X' })).toEqual([]);
  });
});
