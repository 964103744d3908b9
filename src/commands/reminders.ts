import { t } from '../texts.js';
import { platformName } from '../http/views/labels.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { eventStanding, firstAfter, upcoming } from '../reminders/agenda.js';
import type { Calendar, Occurrence } from '../reminders/calendar.js';
import { isoDay, parseIsoDay, type Zone } from '../reminders/dates.js';
import { createReminders } from '../reminders/reminders.js';
import { countdown, occurrenceWhen } from '../reminders/messages.js';
import type { TickItem, TickResult } from '../reminders/scheduler.js';
import { openDatabase, type Db } from '../store/db.js';
import { knownNames, listSubscriptions } from '../store/reminder-subscriptions.js';
import { helpText, readArgs, say } from './args.js';

/** Thrown inside the dry run's transaction so that nothing the tick wrote is kept. */
class DryRun extends Error {}

const span = (o: Pick<Occurrence, 'start' | 'end'>) => ({ start: isoDay(o.start), end: isoDay(o.end) });

/** One-off events that are over, oldest first (已过期). */
function pastEvents(calendar: Calendar, today: number): Occurrence[] {
  return calendar
    .events()
    .map((event) => ({ event, standing: eventStanding(calendar, event, today) }))
    .filter(({ standing }) => standing.past)
    .flatMap(({ event }) => calendar.occurrences(today - 3650, today - 1, [event]).slice(-1))
    .sort((a, b) => a.start - b.start);
}

/** A reminder's chat as people know it: platform, group or private chat, and who subscribed it when known by name. */
function chatLabels(db: Db): (item: Pick<TickItem, 'platform' | 'chatId'>) => string {
  const subscriptions = listSubscriptions(db);
  const names = knownNames(db, subscriptions.map((sub) => ({ platform: sub.platform, userId: sub.subscriberId })));
  return ({ platform, chatId }) => {
    const sub = subscriptions.find((s) => s.platform === platform && s.chatId === chatId);
    const name = sub && names.get(`${sub.platform}:${sub.subscriberId}`);
    const chat = t('cli.reminders.target', { platform: platformName(platform), chat: sub ? t(`web.reminders.chat_${sub.chatType}`) : '' });
    return name ? `${chat}${t('cli.reminders.target_by', { who: name })}` : chat;
  };
}

/**
 * `gi-bot reminders list|tick`. `tick` decides and queues what is due at --now (default: the
 * current time) exactly as the running service would, and records it; `--dry-run` shows the
 * same without keeping anything.
 */
export default async function reminders(args: string[]): Promise<number> {
  const parsed = readArgs('reminders', {
    args,
    allowPositionals: true,
    options: {
      now: { type: 'string' },
      days: { type: 'string', default: '90' },
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [action] = positionals;
  if (action !== 'list' && action !== 'tick') {
    say(...(action === undefined ? [] : [t('cli.reminders.bad_action', { action }), '']), helpText('reminders'));
    return 2;
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(now.getTime())) {
    say(t('reminders.cli.bad_now', { input: values.now ?? '' }));
    return 2;
  }
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 0 || days > 3650) {
    say(t('reminders.cli.bad_days', { input: values.days ?? '' }));
    return 2;
  }
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const db = openDatabase(config.DATABASE_PATH);
  const write = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const feature = createReminders({
      db,
      clock: () => now,
      log,
      tz: config.TZ,
      cron: config.REMINDER_CRON,
      knowledgeDir: config.KNOWLEDGE_DIR,
    });
    const { calendar, zone } = feature;
    const today = zone.dayAt(now);
    if (action === 'list') {
      const items = upcoming(calendar, zone, now, days);
      const next = items.length === 0 ? firstAfter(calendar, zone, now, days) : undefined;
      const past = pastEvents(calendar, today);
      if (values.json) {
        const nextItem = next && { eventId: next.event.id, title: next.event.title, ...span(next), daysLeft: next.start - today };
        const pastItems = past.map((o) => ({ eventId: o.event.id, title: o.event.title, ...span(o) }));
        write(JSON.stringify({ now: now.toISOString(), tz: config.TZ, days, items, next: nextItem, past: pastItems }));
        return 0;
      }
      for (const item of items) {
        const occurrence = { start: parseIsoDay(item.start)!, end: parseIsoDay(item.end)!, unconfirmed: false };
        const event = calendar.get(item.eventId)!;
        write(
          t('reminders.cli.line', {
            when: occurrenceWhen(occurrence),
            title: item.title,
            countdown: countdown({ ...occurrence, event }, today),
            unconfirmed: item.unconfirmed ? t('reminders.cli.unconfirmed') : '',
          }),
        );
      }
      if (items.length === 0) {
        const after = next ? t('reminders.list_next', { title: next.event.title, when: occurrenceWhen(next), countdown: countdown(next, today) }) : '';
        write(t('reminders.list_empty', { days }) + after);
      }
      if (past.length > 0) {
        write(t('reminders.cli.past_header'));
        for (const o of past) write(t('reminders.cli.past_line', { when: occurrenceWhen(o), title: o.event.title }));
      }
      return 0;
    }
    let result: TickResult | undefined;
    if (values['dry-run']) {
      try {
        db.transaction(() => {
          result = feature.scheduler.tick(now);
          throw new DryRun();
        })();
      } catch (error) {
        if (!(error instanceof DryRun)) throw error;
      }
    } else {
      result = feature.scheduler.tick(now);
    }
    const done = result as TickResult;
    if (values.json) {
      write(JSON.stringify({ ...done, dryRun: values['dry-run'] }));
      return 0;
    }
    const target = chatLabels(db);
    for (const item of [...done.queued, ...done.missed]) {
      const occurrence = parseIsoDay(item.occurrence);
      write(
        t('reminders.cli.tick_line', {
          status: t(`reminders.cli.status_${item.status}`),
          title: item.title,
          occurrence: occurrence === undefined ? item.occurrence : occurrenceWhen({ start: occurrence, end: occurrence, unconfirmed: false }),
          target: target(item),
        }),
      );
    }
    write(t('reminders.cli.tick_summary', { queued: done.queued.length, missed: done.missed.length }) + (values['dry-run'] ? t('reminders.cli.tick_dry_run') : ''));
    return 0;
  } finally {
    db.close();
  }
}
