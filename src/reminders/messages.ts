import { t } from '../texts.js';
import type { OutgoingMessage } from '../platform.js';
import type { CalendarEntry } from './calendar-file.js';
import type { MissingDate, Occurrence } from './calendar.js';
import { chineseDay, formatTimeOfDay, type DayNumber } from './dates.js';

/** Reminder texts; every word comes from prompts/replies.reminders.zh-CN.yml. */

/** "5月10日" or "9月19日至21日", with "（待确认）" for unconfirmed dates. */
export function occurrenceWhen(occurrence: Pick<Occurrence, 'start' | 'end' | 'unconfirmed'>, withYear = true): string {
  const start = chineseDay(occurrence.start, withYear);
  let when = start;
  if (occurrence.end !== occurrence.start) when = `${start}至${chineseDay(occurrence.end, false)}`;
  return occurrence.unconfirmed ? `${when}${t('reminders.reminder.unconfirmed')}` : when;
}

/** "还有3天" / "就在今天" / "正在进行" relative to `today`. */
export function countdown(occurrence: Pick<Occurrence, 'start' | 'end' | 'event'>, today: DayNumber): string {
  const days = occurrence.start - today;
  if (days > 0) return t('reminders.countdown.days', { days });
  if (days === 0) return t(occurrence.event.kind === 'deadline' ? 'reminders.countdown.today_deadline' : 'reminders.countdown.today');
  return today <= occurrence.end ? t('reminders.countdown.ongoing') : t('reminders.countdown.over');
}

/** How a deadline is met: what to submit, how; the event description otherwise. */
export function eventDetails(event: CalendarEntry): string[] {
  const lines: string[] = [];
  if (event.kind === 'deadline' && (event.submit || event.how)) {
    if (event.submit) lines.push(t('reminders.reminder.submit', { submit: event.submit }));
    if (event.how) lines.push(t('reminders.reminder.how', { how: event.how }));
  } else if (event.description) {
    lines.push(event.description);
  }
  return lines;
}

export interface ReminderTextInput {
  occurrence: Occurrence;
  today: DayNumber;
  /** When the reminder was due, if it is being sent late. */
  lateDue?: { day: DayNumber; minutes: number };
  drafts?: string[];
}

export function reminderMessage(input: ReminderTextInput): OutgoingMessage {
  const { occurrence, today } = input;
  const event = occurrence.event;
  const head = t(event.kind === 'deadline' ? 'reminders.reminder.deadline' : 'reminders.reminder.event', {
    title: event.title,
    when: occurrenceWhen(occurrence),
    countdown: countdown(occurrence, today),
  });
  const lines = [head, ...eventDetails(event)];
  if (input.drafts && input.drafts.length > 0) {
    lines.push(t('reminders.reminder.drafts', { count: input.drafts.length, list: input.drafts.join('、') }));
  }
  if (input.lateDue) {
    lines.push(t('reminders.reminder.late', { due: `${chineseDay(input.lateDue.day)} ${formatTimeOfDay(input.lateDue.minutes)}` }));
  }
  lines.push(t('reminders.reminder.footer'));
  return { text: lines.join('\n') };
}

export function missingDateMessage(missing: MissingDate): OutgoingMessage {
  const { event, year } = missing;
  return {
    text: t('reminders.reminder.missing_date', { title: event.title, id: event.id, year, month: event.season?.month ?? '' }),
  };
}
