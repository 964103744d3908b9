import { t } from '../texts.js';
import type { TurnContext } from '../turn.js';
import type { ReminderSubscription } from '../store/reminder-subscriptions.js';
import type { CalendarEntry } from './calendar-file.js';
import type { Calendar } from './calendar.js';
import { formatTimeOfDay } from './dates.js';

/** Small Chinese renderings shared by the reminder commands. */

/** "提前 14、7、3、1 天和当天". */
export function describeOffsets(offsets: number[]): string {
  const before = offsets.filter((offset) => offset > 0);
  const parts = before.length > 0 ? t('reminders.offsets_text', { list: before.join('、') }) : '';
  if (!offsets.includes(0)) return parts;
  return parts ? `${parts}和${t('reminders.offset_day0')}` : t('reminders.offset_day0');
}

export function describeSchedule(sub: Pick<ReminderSubscription, 'offsets' | 'remindAt' | 'shift'>): { offsets: string; time: string; shift: string } {
  return {
    offsets: describeOffsets(sub.offsets),
    time: formatTimeOfDay(sub.remindAt),
    shift: sub.shift ? t('reminders.shift_on') : '',
  };
}

/** "本群" / "您": who a subscription made in this chat is for. */
export const whereLabel = (ctx: TurnContext): string => t(ctx.isGroup ? 'reminders.where_group' : 'reminders.where_p2p');

export const titlesOf = (events: CalendarEntry[]): string => events.map((event) => event.title).join('、');

/** Resolves names to events; on the first unknown one, replies with suggestions and returns undefined. */
export function resolveNames(ctx: TurnContext, calendar: Calendar, names: string[]): CalendarEntry[] | undefined {
  const found: CalendarEntry[] = [];
  for (const name of names) {
    const event = calendar.find(name);
    if (!event) {
      const close = calendar.suggest(name);
      const shown = name.length > 30 ? `${name.slice(0, 30)}…` : name;
      ctx.reply(t('reminders.unknown_event', { name: shown, suggest: close.length ? t('reminders.suggest', { titles: titlesOf(close) }) : '' }));
      return undefined;
    }
    if (!found.includes(event)) found.push(event);
  }
  return found;
}

/** The zone's Chinese name (Asia/Shanghai → 中国标准时间), as Intl knows it; never the IANA id shown to users. */
export function zoneName(tz: string): string {
  return new Intl.DateTimeFormat('zh-CN', { timeZone: tz, timeZoneName: 'long' }).formatToParts(new Date(0)).find((part) => part.type === 'timeZoneName')?.value ?? tz;
}
