import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseIsoDay, partsOf, type DayNumber } from './dates.js';

/** The Chinese public-holiday calendar (`knowledge/holidays.yaml`): days off and 调休 working weekends. */

const isoDate = z.string().refine((text) => parseIsoDay(text) !== undefined, { message: 'must be YYYY-MM-DD' });

const holidaysFileSchema = z.object({
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({
      source: z.string().min(1),
      unconfirmed: z.boolean().default(false),
      holidays: z.array(z.object({ name: z.string().min(1), start: isoDate, end: isoDate })),
      workdays: z.array(isoDate).default([]),
    }),
  ),
});

/** Answers "is this a working day" for the shift-to-previous-working-day option. */
export interface HolidayCalendar {
  isWorkingDay(day: DayNumber): boolean;
  /** `day` itself when it is a working day, else the closest working day before it. */
  previousWorkingDay(day: DayNumber): DayNumber;
  /** Years the data covers, and which of them are not yet checked against the notice. */
  years(): { year: number; unconfirmed: boolean }[];
}

export function parseHolidays(text: string): HolidayCalendar {
  const file = holidaysFileSchema.parse(parse(text));
  const off = new Set<DayNumber>();
  const working = new Set<DayNumber>();
  for (const year of Object.values(file.years)) {
    for (const holiday of year.holidays) {
      for (let day = parseIsoDay(holiday.start)!; day <= parseIsoDay(holiday.end)!; day++) off.add(day);
    }
    for (const workday of year.workdays) working.add(parseIsoDay(workday)!);
  }
  const isWorkingDay = (day: DayNumber): boolean => {
    if (working.has(day)) return true;
    if (off.has(day)) return false;
    const { weekday } = partsOf(day);
    return weekday !== 0 && weekday !== 6;
  };
  return {
    isWorkingDay,
    previousWorkingDay(day) {
      let candidate = day;
      // The longest run of days off (春节 with weekends) is under two weeks; 30 is a safe bound.
      for (let i = 0; i < 30 && !isWorkingDay(candidate); i++) candidate--;
      return candidate;
    },
    years: () => Object.entries(file.years).map(([year, data]) => ({ year: Number(year), unconfirmed: data.unconfirmed })),
  };
}

export function loadHolidays(path: string): HolidayCalendar {
  return parseHolidays(readFileSync(path, 'utf8'));
}
