import type { CalendarEntry } from './calendar-file.js';
import type { Calendar, Occurrence } from './calendar.js';
import { isoDay, partsOf, type DayNumber, type Zone } from './dates.js';

/** Read-side views of the calendar: what is coming up, when an event is next, what lacks a date. */

/** One upcoming occurrence, as the list command, the CLI and the web console show it. */
export interface UpcomingItem {
  eventId: string;
  title: string;
  kind: CalendarEntry['kind'];
  start: string;
  end: string;
  /** Days from today to the start; 0 on the day and while it runs. */
  daysLeft: number;
  ongoing: boolean;
  unconfirmed: boolean;
}

const toItem = (occurrence: Occurrence, today: DayNumber): UpcomingItem => ({
  eventId: occurrence.event.id,
  title: occurrence.event.title,
  kind: occurrence.event.kind,
  start: isoDay(occurrence.start),
  end: isoDay(occurrence.end),
  daysLeft: Math.max(0, occurrence.start - today),
  ongoing: occurrence.start < today,
  unconfirmed: occurrence.unconfirmed,
});

/** Occurrences running or starting within `days` days of `now` (local dates), soonest first. */
export function upcomingOccurrences(calendar: Calendar, zone: Zone, now: Date, days: number): Occurrence[] {
  const today = zone.dayAt(now);
  return calendar.occurrences(today, today + days);
}

export function upcoming(calendar: Calendar, zone: Zone, now: Date, days: number): UpcomingItem[] {
  const today = zone.dayAt(now);
  return upcomingOccurrences(calendar, zone, now, days).map((occurrence) => toItem(occurrence, today));
}

/** The event's next (or running) occurrence within a year, and its latest past one. */
export function eventTiming(
  calendar: Calendar,
  event: CalendarEntry,
  today: DayNumber,
): { next?: Occurrence; last?: Occurrence } {
  const next = calendar.occurrences(today, today + 400, [event])[0];
  const past = calendar.occurrences(today - 3650, today - 1, [event]).filter((o) => o.end < today);
  return { next, last: past[past.length - 1] };
}

/**
 * Where an event stands on `today`: its next (or running) occurrence within a year, or past
 * when it had occurrences and has none left (a one-off that is over). A seasonal event whose
 * next date is not announced yet is not past.
 */
export function eventStanding(calendar: Calendar, event: CalendarEntry, today: DayNumber): { next?: Occurrence; past: boolean } {
  const { next, last } = eventTiming(calendar, event, today);
  return { next, past: !next && !event.season && last !== undefined };
}

/** The first occurrence starting after `days` days from `now`, within a year of it: what comes after an empty window. */
export function firstAfter(calendar: Calendar, zone: Zone, now: Date, days: number): Occurrence | undefined {
  const from = zone.dayAt(now) + days + 1;
  return calendar.occurrences(from, from + 366).find((occurrence) => occurrence.start >= from);
}

/** Seasonal events whose coming season has no date yet: "中国知识产权年会" for 2027. */
export function missingSeasons(calendar: Calendar, today: DayNumber): { event: CalendarEntry; year: number }[] {
  const { year, month } = partsOf(today);
  return calendar
    .events()
    .filter((event) => event.season && !event.yearly && !event.date && !event.range)
    .map((event) => ({ event, year: event.season!.month >= month ? year : year + 1 }))
    .filter(({ event, year: wanted }) => !event.dates?.[String(wanted)]);
}
