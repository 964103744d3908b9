import type { Db } from '../store/db.js';
import { saveStoredEvent, storedEvents } from '../store/reminders.js';
import { calendarEntrySchema, type CalendarEntry } from './calendar-file.js';
import { dayOf, isValidDate, parseIsoDay, partsOf, type DayNumber } from './dates.js';

/** One happening of a calendar entry: its first and last local day. */
export interface Occurrence {
  event: CalendarEntry;
  start: DayNumber;
  end: DayNumber;
  year: number;
  unconfirmed: boolean;
}

/** An announced-yearly event with no date for `year`: coordinators are asked on `askOn`. */
export interface MissingDate {
  event: CalendarEntry;
  year: number;
  askOn: DayNumber;
  /** First day of the usual month: after it, asking is pointless. */
  seasonStart: DayNumber;
}

/** The merged calendar: the file's entries, replaced/extended/deleted by coordinators' edits in SQLite. */
export interface Calendar {
  events(): CalendarEntry[];
  get(id: string): CalendarEntry | undefined;
  /** Occurrences overlapping [from, to], sorted by start. */
  occurrences(from: DayNumber, to: DayNumber, events?: CalendarEntry[]): Occurrence[];
  /** Years in [from, to] whose date a seasonal event lacks. */
  missingDates(from: DayNumber, to: DayNumber, events?: CalendarEntry[]): MissingDate[];
  /** Exact match on id, title or alias; else undefined. */
  find(name: string): CalendarEntry | undefined;
  /** Titles close to `name`, best first, for "did you mean". */
  suggest(name: string, limit?: number): CalendarEntry[];
  /** Stores a coordinator's entry (new or replacing one with the same id). */
  save(entry: CalendarEntry, by: string, now: Date): void;
  remove(id: string, by: string, now: Date): boolean;
  /** A fresh id for a coordinator's new event. */
  nextId(): string;
}

export interface CalendarOptions {
  db: Db;
  /** Entries of knowledge/events.yaml. */
  fileEntries: CalendarEntry[];
}

const normalize = (text: string): string => text.replace(/[\s“”"'《》「」·、，,。()（）]/g, '').toLowerCase();

function occurrencesOf(event: CalendarEntry, from: DayNumber, to: DayNumber, out: Occurrence[]): void {
  const push = (start: DayNumber, end: DayNumber, unconfirmed: boolean): void => {
    if (end >= from && start <= to) out.push({ event, start, end, year: partsOf(start).year, unconfirmed: unconfirmed || event.unconfirmed });
  };
  if (event.date) {
    const day = parseIsoDay(event.date)!;
    push(day, day, false);
  } else if (event.range) {
    push(parseIsoDay(event.range.start)!, parseIsoDay(event.range.end ?? event.range.start)!, event.range.unconfirmed ?? false);
  } else if (event.yearly) {
    const rule = event.yearly;
    const first = Math.max(partsOf(from).year - 1, rule.since ?? 1970);
    for (let year = first; year <= partsOf(to).year; year++) {
      // 29 Feb in a common year has no occurrence rather than a made-up one.
      if (!isValidDate(year, rule.month, rule.day)) continue;
      const start = dayOf(year, rule.month, rule.day);
      const end = rule.endMonth ? dayOf(rule.endMonth < rule.month ? year + 1 : year, rule.endMonth, rule.endDay!) : start;
      push(start, end, false);
    }
  }
  for (const value of Object.values(event.dates ?? {})) {
    const range = typeof value === 'string' ? { start: value } : value;
    const start = parseIsoDay(range.start)!;
    push(start, range.end ? parseIsoDay(range.end)! : start, typeof value === 'string' ? false : (value.unconfirmed ?? false));
  }
}

export function createCalendar(options: CalendarOptions): Calendar {
  const { db, fileEntries } = options;

  const events = (): CalendarEntry[] => {
    const byId = new Map(fileEntries.map((entry) => [entry.id, entry]));
    for (const stored of storedEvents(db)) {
      if (stored.deleted) {
        byId.delete(stored.id);
        continue;
      }
      const parsed = calendarEntrySchema.safeParse(stored.entry);
      if (parsed.success) byId.set(stored.id, parsed.data);
    }
    return [...byId.values()];
  };

  const find = (name: string, list = events()): CalendarEntry | undefined => {
    const wanted = normalize(name);
    if (!wanted) return undefined;
    return (
      list.find((e) => e.id === name.trim() || normalize(e.title) === wanted || e.aliases.some((a) => normalize(a) === wanted)) ??
      // "2026年中国品牌日": a name that contains exactly one full title (aliases are too short to trust here).
      unique(list.filter((e) => wanted.includes(normalize(e.title))))
    );
  };

  return {
    events,
    get: (id) => events().find((entry) => entry.id === id),
    occurrences(from, to, list = events()) {
      const out: Occurrence[] = [];
      for (const event of list) occurrencesOf(event, from, to, out);
      return out.sort((a, b) => a.start - b.start || a.event.id.localeCompare(b.event.id));
    },
    missingDates(from, to, list = events()) {
      const out: MissingDate[] = [];
      for (const event of list) {
        if (!event.season || event.yearly || event.date || event.range) continue;
        const month = event.season.month;
        for (let year = partsOf(from).year; year <= partsOf(to).year + 1; year++) {
          if (event.dates?.[String(year)]) continue;
          const askOn = month === 1 ? dayOf(year - 1, 12, 1) : dayOf(year, month - 1, 1);
          if (askOn >= from && askOn <= to) out.push({ event, year, askOn, seasonStart: dayOf(year, month, 1) });
        }
      }
      return out;
    },
    find: (name) => find(name),
    suggest(name, limit = 3) {
      const wanted = normalize(name);
      const chars = new Set(wanted);
      return events()
        .map((event) => {
          const names = [event.title, ...event.aliases].map(normalize);
          const score = Math.max(...names.map((n) => [...new Set(n)].filter((c) => chars.has(c)).length / Math.max(n.length, wanted.length, 1)));
          return { event, score };
        })
        .filter((scored) => scored.score >= 0.25)
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map((scored) => scored.event);
    },
    save(entry, by, now) {
      saveStoredEvent(db, entry.id, calendarEntrySchema.parse(entry), false, by, now);
    },
    remove(id, by, now) {
      const entry = events().find((e) => e.id === id);
      if (!entry) return false;
      saveStoredEvent(db, id, entry, true, by, now);
      return true;
    },
    nextId() {
      const taken = new Set([...fileEntries.map((e) => e.id), ...storedEvents(db).map((e) => e.id)]);
      let n = 1;
      while (taken.has(`ev${n}`)) n++;
      return `ev${n}`;
    },
  };
}

function unique<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
