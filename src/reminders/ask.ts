import type { TurnContext } from '../turn.js';
import { t } from '../texts.js';
import { getSubscription } from '../store/reminder-subscriptions.js';
import { eventTiming, firstAfter, missingSeasons, upcomingOccurrences } from './agenda.js';
import type { CalendarEntry } from './calendar-file.js';
import type { Calendar } from './calendar.js';
import { partsOf, type Zone } from './dates.js';
import { describeSchedule, titlesOf, whereLabel } from './describe.js';
import { countdown, occurrenceWhen } from './messages.js';

/** /提醒 列表 and questions answered from the calendar (下次活动是什么时候, 离截止还有几天, 品牌日是哪天). */

export interface AskDeps {
  calendar: Calendar;
  zone: Zone;
}

const LIST_DAYS = 180;
const LIST_MAX = 12;

export function listUpcoming(ctx: TurnContext, deps: AskDeps, rest: string): void {
  const requested = Number(rest.trim().replace(/天$/, ''));
  const days = Number.isInteger(requested) && requested > 0 && requested <= 3650 ? requested : LIST_DAYS;
  const now = ctx.clock();
  const today = deps.zone.dayAt(now);
  const showIds = ctx.role.kind === 'coordinator';
  const lines = upcomingOccurrences(deps.calendar, deps.zone, now, days)
    .slice(0, LIST_MAX)
    .map((occurrence, index) =>
      t(showIds ? 'reminders.list_line_id' : 'reminders.list_line', {
        n: index + 1,
        title: occurrence.event.title,
        when: occurrenceWhen(occurrence),
        countdown: countdown(occurrence, today),
        id: occurrence.event.id,
      }),
    );
  const next = lines.length === 0 ? firstAfter(deps.calendar, deps.zone, now, days) : undefined;
  const empty = t('reminders.list_empty', { days }) + (next ? t('reminders.list_next', { title: next.event.title, when: occurrenceWhen(next), countdown: countdown(next, today) }) : '');
  const out = [lines.length > 0 ? [t('reminders.list_header', { days }), ...lines].join('\n') : empty];
  const missing = missingSeasons(deps.calendar, today);
  if (missing.length > 0) out.push(t('reminders.list_missing', { titles: missing.map((m) => `${m.event.title}（${m.year}年）`).join('、') }));
  ctx.commit((db) => {
    const sub = getSubscription(db, ctx.message.platform, ctx.message.chatId);
    if (sub) {
      const events = sub.events ? titlesOf(sub.events.map((id) => deps.calendar.get(id)).filter((e): e is CalendarEntry => Boolean(e))) : '';
      out.push(t('reminders.list_subscription', { where: whereLabel(ctx), what: events || t('reminders.what_all'), ...describeSchedule(sub) }));
    } else {
      out.push(t('reminders.list_not_subscribed'));
    }
    ctx.reply(out.join('\n'));
  });
}

const NEXT_EVENT = /^(请问)?(下(一)?(次|个)|最近(的|一次|一个)?)(活动|日程|会议?|节日?)(是)?(什么|啥|哪个|哪天|什么时候|几号|在哪天)/;
const DEADLINE_DAYS = /(离|距|距离)(申报)?(截止|截至)(日期|时间)?(还有|剩)?(几|多少)天|(截止|截至).{0,4}还有(几|多少)天/;
const WHEN_IS = /^(?:请问)?(.{2,20}?)(?:是)?(?:哪天|哪一天|什么时候|啥时候|几月几[日号]|几号|日期)(?:举办|开始|召开|开幕|截止)?[?？。!！]*$/;
const DAYS_TO = /^(?:请问)?(?:离|距|距离)?(.{2,20}?)(?:还有|还剩)(?:几|多少)天[?？。!！]*$/;

/** Answers a calendar question and commits; false when the text is not one (the turn passes on). */
export function answerQuestion(ctx: TurnContext, deps: AskDeps): boolean {
  const text = ctx.message.text.replace(/\s+/g, '');
  const today = deps.zone.dayAt(ctx.clock());
  if (NEXT_EVENT.test(text)) {
    const next = deps.calendar.occurrences(today, today + 366).find((o) => o.start >= today);
    ctx.reply(
      next
        ? `${t('reminders.answer_next', { title: next.event.title, when: occurrenceWhen(next), countdown: countdown(next, today) })}\n${t('reminders.answer_subscribe_hint')}`
        : t('reminders.answer_next_none'),
    );
    ctx.commit();
    return true;
  }
  if (DEADLINE_DAYS.test(text)) {
    const deadlines = deps.calendar.events().filter((e) => e.kind === 'deadline');
    const timings = deadlines.map((event) => ({ event, ...eventTiming(deps.calendar, event, today) }));
    const soonest = timings.filter((x) => x.next).sort((a, b) => a.next!.start - b.next!.start)[0];
    if (soonest?.next) {
      ctx.reply(t('reminders.answer_deadline', { title: soonest.event.title, when: occurrenceWhen(soonest.next), countdown: countdown(soonest.next, today) }));
    } else {
      const latest = timings.filter((x) => x.last).sort((a, b) => b.last!.end - a.last!.end)[0];
      if (!latest?.last) return false;
      ctx.reply(t('reminders.answer_deadline_past', { title: latest.event.title, when: occurrenceWhen(latest.last), ago: today - latest.last.end }));
    }
    ctx.commit();
    return true;
  }
  const name = (WHEN_IS.exec(text) ?? DAYS_TO.exec(text))?.[1];
  const event = name ? deps.calendar.find(name.replace(/^(今年的?|明年的?|下一届|下届|本届)/, '')) : undefined;
  if (!event) return false;
  ctx.reply(describeEventTiming(deps.calendar, event, today));
  ctx.commit();
  return true;
}

function describeEventTiming(calendar: Calendar, event: CalendarEntry, today: number): string {
  const { next, last } = eventTiming(calendar, event, today);
  const template = event.kind === 'deadline' ? 'reminders.answer_deadline' : 'reminders.answer_event';
  if (next) return t(template, { title: event.title, when: occurrenceWhen(next), countdown: countdown(next, today) });
  if (event.kind === 'deadline' && last) {
    return t('reminders.answer_deadline_past', { title: event.title, when: occurrenceWhen(last), ago: today - last.end });
  }
  const { year, month } = partsOf(today);
  const asked = event.season && event.season.month < month ? year + 1 : year;
  const past = last ? t('reminders.answer_event_last', { when: occurrenceWhen(last) }) : '';
  return t('reminders.answer_event_unknown', { title: event.title, year: asked, past });
}
