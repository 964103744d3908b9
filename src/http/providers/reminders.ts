import { t } from '../../bot/texts.js';
import type { Clock } from '../../clock.js';
import type { Calendar } from '../../reminders/calendar.js';
import { calendarEntrySchema, type CalendarEntry } from '../../reminders/calendar-file.js';
import { createZone, formatTimeOfDay, isoDay } from '../../reminders/dates.js';
import type { Db } from '../../store/db.js';
import { deliveryLog } from '../../store/reminder-deliveries.js';
import { listSubscriptions } from '../../store/reminder-subscriptions.js';
import type { EventInput, EventRecord, RemindersView } from '../providers.js';

export interface RemindersViewOptions {
  db: Db;
  /** The merged calendar (knowledge/events.yaml plus coordinators' edits). */
  calendar: Calendar;
  clock: Clock;
  /** config.TZ: calendar days are local days. */
  tz: string;
}

const NOTE_MAX = 120;
const pad = (n: number): string => String(n).padStart(2, '0');

function toRecord(entry: CalendarEntry): EventRecord {
  const base = { id: entry.id, title: entry.title, kind: entry.kind, description: entry.description || undefined };
  if (entry.date) return { ...base, date: entry.date, editable: true };
  if (entry.range) return { ...base, date: entry.range.start, end: entry.range.end, editable: true };
  if (entry.yearly) {
    const { month, day, endMonth, endDay } = entry.yearly;
    return { ...base, date: `${pad(month)}-${pad(day)}`, end: endMonth && endDay ? `${pad(endMonth)}-${pad(endDay)}` : undefined, editable: true };
  }
  // Dates announced year by year: show the latest, edit in chat.
  const latest = Object.entries(entry.dates ?? {}).sort(([a], [b]) => b.localeCompare(a))[0]?.[1];
  const range = typeof latest === 'string' ? { start: latest } : latest;
  return { ...base, date: range?.start ?? '', end: range?.end, editable: false };
}

/** The date fields of an entry, from the form's `date`/`end` (`YYYY-MM-DD` or `MM-DD`). */
function when(input: EventInput, previous?: CalendarEntry): Pick<CalendarEntry, 'date' | 'range' | 'yearly'> {
  if (input.date.length === 10) return input.end && input.end !== input.date ? { range: { start: input.date, end: input.end } } : { date: input.date };
  const [month, day] = input.date.split('-').map(Number) as [number, number];
  const [endMonth, endDay] = input.end ? (input.end.split('-').map(Number) as [number, number]) : [undefined, undefined];
  return { yearly: { month, day, endMonth, endDay, since: previous?.yearly?.since } };
}

/** The reminders page's view of the calendar, subscriptions and delivery log. */
export function createRemindersView(options: RemindersViewOptions): RemindersView {
  const { db, calendar, clock } = options;
  const zone = createZone(options.tz);
  const title = (id: string): string => calendar.get(id)?.title ?? id;

  return {
    upcoming(from, days) {
      const today = zone.dayAt(from);
      return calendar.occurrences(today, today + days - 1).map((occurrence) => ({
        eventId: occurrence.event.id,
        title: occurrence.event.title,
        kind: occurrence.event.kind,
        start: isoDay(occurrence.start),
        end: occurrence.end !== occurrence.start ? isoDay(occurrence.end) : undefined,
        unconfirmed: occurrence.unconfirmed,
        note: occurrence.event.description ? occurrence.event.description.slice(0, NOTE_MAX) : undefined,
      }));
    },
    events: () => calendar.events().map(toRecord),
    event(id) {
      const entry = calendar.get(id);
      return entry && toRecord(entry);
    },
    saveEvent(input, actor, id) {
      const previous = id === undefined ? undefined : calendar.get(id);
      if (id !== undefined && !previous) throw new Error(t('web.reminders.errors.missing'));
      const kept = previous
        ? { ...previous, date: undefined, range: undefined, yearly: undefined, dates: undefined, season: undefined }
        : { id: calendar.nextId(), source: t('web.reminders.source', { who: actor }) };
      const parsed = calendarEntrySchema.safeParse({
        ...kept,
        title: input.title,
        kind: input.kind,
        description: input.description ?? '',
        ...when(input, previous),
      });
      if (!parsed.success) throw new Error(t('web.reminders.errors.invalid', { detail: parsed.error.issues[0]?.message ?? '' }));
      calendar.save(parsed.data, actor, clock());
      return toRecord(parsed.data);
    },
    subscriptions: () =>
      listSubscriptions(db).map((sub) => ({
        platform: sub.platform,
        chatId: sub.chatId,
        chatType: sub.chatType,
        events: sub.events?.map(title),
        offsets: sub.offsets,
        remindAt: formatTimeOfDay(sub.remindAt),
        createdAt: sub.createdAt,
      })),
    deliveries: (limit) =>
      deliveryLog(db, limit).map((row) => ({
        at: row.dueAt,
        eventTitle: title(row.eventId),
        target: `${row.platform}:${row.chatId}`,
        status: row.outboxStatus === 'failed' ? 'failed' : row.status,
        detail: row.outboxStatus === 'failed' ? (row.lastError ?? undefined) : row.outboxStatus === 'pending' || row.outboxStatus === 'sending' ? 'queued' : undefined,
      })),
  };
}
