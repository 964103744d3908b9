import type { TurnContext } from '../turn.js';
import { t } from '../texts.js';
import { calendarEntrySchema, type CalendarEntry } from './calendar-file.js';
import type { Calendar } from './calendar.js';
import { chineseDay, isoDay, parseIsoDay, partsOf, type DayNumber, type Zone } from './dates.js';
import { occurrenceWhen } from './messages.js';
import { looksLikeDate, parseUserDate } from './parse.js';
import { confirmProposal, dismissProposal, reviewQueue } from './review.js';

/** Coordinators' calendar commands: 添加, 修改, 删除, 待确认, 确认, 忽略. */

type DatesParse = { ok: true; start: DayNumber; end: DayNumber; before: string[]; after: string[] } | { ok: false };

const RANGE_WORD = /^(至|到|-|—|~|～)$/;

/** Finds "date [至 date]" among tokens; replies with the reason and returns ok:false when a date is bad. */
function parseDates(ctx: TurnContext, tokens: string[], year: number): DatesParse {
  const at = tokens.findIndex(looksLikeDate);
  if (at < 0) return { ok: false };
  const start = dateOrReply(ctx, tokens[at]!, year);
  if (start === undefined) return { ok: false };
  let end = start;
  let next = at + 1;
  if (tokens[next] && RANGE_WORD.test(tokens[next]!) && tokens[next + 1]) {
    const parsed = dateOrReply(ctx, tokens[next + 1]!, partsOf(start).year);
    if (parsed === undefined) return { ok: false };
    end = parsed;
    next += 2;
  }
  if (end < start) {
    ctx.reply(t('reminders.bad_range', { start: chineseDay(start, true), end: chineseDay(end, true) }));
    return { ok: false };
  }
  return { ok: true, start, end, before: tokens.slice(0, at), after: tokens.slice(next) };
}

function dateOrReply(ctx: TurnContext, token: string, year: number): DayNumber | undefined {
  const parsed = parseUserDate(token, year);
  if (parsed.ok) return parsed.day;
  const why = parsed.month && parsed.dayOfMonth ? t('reminders.bad_date_day', { month: parsed.month, day: parsed.dayOfMonth }) : '';
  ctx.reply(t('reminders.bad_date', { input: token.slice(0, 30), why }));
  return undefined;
}

const when = (start: DayNumber, end: DayNumber): string => occurrenceWhen({ start, end, unconfirmed: false });

export interface CoordinatorDeps {
  calendar: Calendar;
  zone: Zone;
}

export function addEvent(ctx: TurnContext, deps: CoordinatorDeps, rest: string): void {
  const tokens = rest.split(/\s+/).filter(Boolean);
  const dates = parseDates(ctx, tokens, partsOf(deps.zone.dayAt(ctx.clock())).year);
  if (!dates.ok || dates.before.length === 0) {
    if (!ctx.handled) ctx.reply(t('reminders.add_usage'));
    return ctx.commit();
  }
  const title = dates.before.join(' ').slice(0, 100);
  ctx.commit(() => {
    const id = deps.calendar.nextId();
    const entry = calendarEntrySchema.parse({
      id,
      title,
      kind: /截止|报送|申报/.test(title) ? 'deadline' : 'event',
      ...(dates.start === dates.end ? { date: isoDay(dates.start) } : { range: { start: isoDay(dates.start), end: isoDay(dates.end) } }),
      description: dates.after.join(' ').slice(0, 500),
      source: `协调员 ${ctx.message.senderName ?? ctx.message.senderId} 添加（${ctx.message.platform}）`,
    });
    deps.calendar.save(entry, ctx.message.senderId, ctx.clock());
    ctx.reply(t('reminders.added', { title, when: when(dates.start, dates.end), id }));
  });
}

function findEvent(ctx: TurnContext, calendar: Calendar, idOrName: string | undefined, usage: string): CalendarEntry | undefined {
  if (!idOrName) {
    ctx.reply(t(usage));
    return undefined;
  }
  const event = calendar.get(idOrName) ?? calendar.find(idOrName);
  if (!event) ctx.reply(t('reminders.unknown_id', { id: idOrName.slice(0, 40) }));
  return event;
}

export function editEvent(ctx: TurnContext, deps: CoordinatorDeps, rest: string): void {
  const [idOrName, ...tokens] = rest.split(/\s+/).filter(Boolean);
  const event = findEvent(ctx, deps.calendar, idOrName, 'reminders.edit_usage');
  if (!event) return ctx.commit();
  const dates = parseDates(ctx, tokens, partsOf(deps.zone.dayAt(ctx.clock())).year);
  if (!dates.ok) {
    if (!ctx.handled) ctx.reply(t('reminders.edit_usage'));
    return ctx.commit();
  }
  const { start, end } = dates;
  const range = { start: isoDay(start), ...(end !== start ? { end: isoDay(end) } : {}) };
  let edited: CalendarEntry;
  if (event.dates || event.season) {
    edited = { ...event, dates: { ...event.dates, [String(partsOf(start).year)]: { ...range, source: `协调员 ${ctx.message.senderId}` } } };
  } else if (event.yearly) {
    const [s, e] = [partsOf(start), partsOf(end)];
    edited = { ...event, yearly: { month: s.month, day: s.day, ...(end !== start ? { endMonth: e.month, endDay: e.day } : {}) } };
  } else {
    const { date: _date, range: _range, ...rest } = event;
    edited = end === start ? { ...rest, date: range.start } : { ...rest, range: { start: range.start, end: isoDay(end) } };
  }
  ctx.commit(() => {
    deps.calendar.save(edited, ctx.message.senderId, ctx.clock());
    ctx.reply(t('reminders.edited', { title: event.title, when: when(start, end) }));
  });
}

export function deleteEvent(ctx: TurnContext, deps: CoordinatorDeps, rest: string): void {
  const event = findEvent(ctx, deps.calendar, rest.trim() || undefined, 'reminders.delete_usage');
  if (!event) return ctx.commit();
  ctx.commit(() => {
    deps.calendar.remove(event.id, ctx.message.senderId, ctx.clock());
    ctx.reply(t('reminders.deleted', { title: event.title, id: event.id }));
  });
}

export function listProposals(ctx: TurnContext): void {
  ctx.commit((db) => {
    const proposals = reviewQueue(db);
    if (proposals.length === 0) return ctx.reply(t('reminders.proposals_empty'));
    const lines = proposals.map((p) =>
      t('reminders.proposal_line', { n: p.id, title: p.entry.title, when: chineseDay(parseIsoDay(p.day)!, true), doc: p.docTitle, quote: p.quote }),
    );
    ctx.reply([t('reminders.proposals_header'), ...lines].join('\n'));
  });
}

export function decideProposal(ctx: TurnContext, deps: CoordinatorDeps, rest: string, confirm: boolean): void {
  const id = Number(rest.trim().replace(/^#/, ''));
  const valid = Number.isInteger(id) && id > 0;
  ctx.commit((db) => {
    const unknown = () => ctx.reply(t('reminders.proposal_unknown', { id: rest.trim().slice(0, 20) }));
    if (!confirm) {
      if (!valid || !dismissProposal(db, id, ctx.message.senderId, ctx.clock())) return unknown();
      return ctx.reply(t('reminders.proposal_rejected', { id }));
    }
    const entry = valid ? confirmProposal(db, deps.calendar, id, ctx.message.senderId, ctx.clock()) : undefined;
    if (!entry) return unknown();
    const day = parseIsoDay(entry.date!)!;
    ctx.reply(t('reminders.proposal_confirmed', { title: entry.title, when: when(day, day), id: entry.id }));
  });
}
