import { t } from '../../texts.js';
import type { Clock } from '../../clock.js';
import type { Calendar } from '../../reminders/calendar.js';
import { calendarEntrySchema, type CalendarEntry } from '../../reminders/calendar-file.js';
import { eventStanding, firstAfter } from '../../reminders/agenda.js';
import type { Occurrence } from '../../reminders/calendar.js';
import { createZone, formatTimeOfDay, isoDay } from '../../reminders/dates.js';
import { confirmProposal, dismissProposal, reviewQueue } from '../../reminders/review.js';
import type { Db } from '../../store/db.js';
import { deliveryLog } from '../../store/reminder-deliveries.js';
import { knownNames, listSubscriptions, type ReminderSubscription } from '../../store/reminder-subscriptions.js';
import { chatIdentityOf, isWebAdmin } from '../identity.js';
import type { CalendarItem, EventInput, EventRecord, RemindersView } from '../../web-parts.js';

export interface RemindersViewOptions {
  db: Db;
  /** The merged calendar (knowledge/events.yaml plus coordinators' edits). */
  calendar: Calendar;
  clock: Clock;
  /** config.TZ: calendar days are local days. */
  tz: string;
}

const NOTE_MAX = 120;

const toItem = (occurrence: Occurrence): CalendarItem => ({
  eventId: occurrence.event.id,
  title: occurrence.event.title,
  kind: occurrence.event.kind,
  start: isoDay(occurrence.start),
  end: occurrence.end !== occurrence.start ? isoDay(occurrence.end) : undefined,
  unconfirmed: occurrence.unconfirmed,
  note: occurrence.event.description ? occurrence.event.description.slice(0, NOTE_MAX) : undefined,
});
const pad = (n: number): string => String(n).padStart(2, '0');

type Shape = Omit<EventRecord, 'next' | 'past' | 'offsets'>;

/** The form's shape of an entry. */
function shapeOf(entry: CalendarEntry): Shape {
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

/** The reminders page's view of the calendar, proposals, subscriptions and delivery log. */
export function createRemindersView(options: RemindersViewOptions): RemindersView {
  const { db, calendar, clock } = options;
  const zone = createZone(options.tz);
  const title = (id: string): string => calendar.get(id)?.title ?? t('web.reminders.removed_event');

  const toRecord = (entry: CalendarEntry): EventRecord => {
    const { next, past } = eventStanding(calendar, entry, zone.dayAt(clock()));
    return {
      ...shapeOf(entry),
      next: next && { start: isoDay(next.start), end: next.end !== next.start ? isoDay(next.end) : undefined },
      past,
      offsets: entry.offsets,
    };
  };

  /** People by name: the operator, a name from their nominations, else 未具名用户. */
  const namer = (subs: Pick<ReminderSubscription, 'platform' | 'subscriberId'>[]) => {
    const identities = subs.map((sub) => chatIdentityOf(sub.platform, sub.subscriberId));
    const names = knownNames(db, identities);
    return (platform: string, subscriberId: string): string => {
      const identity = chatIdentityOf(platform, subscriberId);
      if (isWebAdmin(identity)) return t('web.who.admin');
      return names.get(`${identity.platform}:${identity.userId}`) ?? t('web.reminders.unnamed');
    };
  };

  return {
    upcoming(from, days) {
      const today = zone.dayAt(from);
      return calendar.occurrences(today, today + days - 1).map(toItem);
    },
    nextAfter(from, days) {
      const occurrence = firstAfter(calendar, zone, from, days - 1);
      return occurrence && toItem(occurrence);
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
    subscriptions(own) {
      const subs = listSubscriptions(db, own);
      const name = namer(subs);
      return subs.map((sub) => ({
        platform: sub.platform,
        chatType: sub.chatType,
        subscriber: name(sub.platform, sub.subscriberId),
        events: sub.events?.map(title),
        offsets: sub.offsets,
        remindAt: formatTimeOfDay(sub.remindAt),
        createdAt: sub.createdAt,
      }));
    },
    deliveries(limit, own) {
      const rows = deliveryLog(db, limit, { subscribers: own });
      const chats = new Map(listSubscriptions(db).map((sub) => [`${sub.platform}:${sub.chatId}`, sub]));
      const name = namer([...chats.values()]);
      return rows.map((row) => {
        const sub = chats.get(`${row.platform}:${row.chatId}`);
        const waiting = row.outboxStatus === 'pending' || row.outboxStatus === 'sending';
        return {
          at: row.dueAt,
          eventTitle: title(row.eventId),
          platform: row.platform,
          chatType: sub?.chatType,
          subscriber: sub && name(sub.platform, sub.subscriberId),
          status: row.outboxStatus === 'failed' ? 'failed' : waiting ? 'queued' : row.status,
          late: row.status === 'late',
          error: row.outboxStatus === 'failed' ? (row.lastError ?? undefined) : undefined,
        };
      });
    },
    proposals: () =>
      reviewQueue(db).map((p) => ({ id: p.id, title: p.entry.title, date: p.day, docTitle: p.docTitle, quote: p.quote })),
    acceptProposal(id, changes, actor) {
      const entry = db.transaction(() => confirmProposal(db, calendar, id, actor, clock(), changes)).immediate();
      return entry && toRecord(entry);
    },
    dismissProposal: (id, actor) => dismissProposal(db, id, actor, clock()),
  };
}
