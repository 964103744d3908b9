import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Step } from '../feature.js';
import { t } from '../texts.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { ConversationRef, PlatformName } from '../platform.js';
import type { Db } from '../store/db.js';
import { enqueue } from '../store/outbox.js';
import { listSubscriptions } from '../store/reminder-subscriptions.js';
import { addProposal } from '../store/reminders.js';
import { loadCalendarFile } from './calendar-file.js';
import { createCalendar, type Calendar } from './calendar.js';
import { chineseDay, createZone, parseIsoDay, type Zone } from './dates.js';
import { loadHolidays, parseHolidays, type HolidayCalendar } from './holidays.js';
import { proposeDeadlines, type ProposedEvent } from './proposals.js';
import { createReminderScheduler, type ReminderScheduler } from './scheduler.js';
import { createReminderStep } from './step.js';

export interface RemindersOptions {
  db: Db;
  clock: Clock;
  log: Logger;
  /** config.TZ */
  tz: string;
  /** config.REMINDER_CRON */
  cron: string;
  /** config.KNOWLEDGE_DIR: holds events.yaml and holidays.yaml. */
  knowledgeDir: string;
  onQueued?: () => void;
  /** Titles of a user's unfinished nomination drafts (from the nomination feature). */
  drafts?: (platform: PlatformName, userId: string) => string[];
  /** Coordinators' private chats: asked for missing event dates and told of proposed deadlines. */
  coordinatorChats?: ConversationRef[];
}

/** What the reminders feature holds: its step, scheduler and calendar (the feature itself is entry.ts). */
export interface Reminders {
  step: Step;
  scheduler: ReminderScheduler;
  calendar: Calendar;
  holidays: HolidayCalendar;
  zone: Zone;
  /** Stores the deadlines a newly ingested notice names as proposals and tells coordinators; returns the new ones. */
  proposeFromNotice(text: string, doc: { doc: string; title: string }): ProposedEvent[];
}

export function createReminders(options: RemindersOptions): Reminders {
  const { db, log, clock } = options;
  const eventsPath = join(options.knowledgeDir, 'events.yaml');
  const holidaysPath = join(options.knowledgeDir, 'holidays.yaml');
  if (!existsSync(eventsPath)) log.warn({ path: eventsPath }, 'no events.yaml in KNOWLEDGE_DIR: the calendar has only coordinator-added events');
  if (!existsSync(holidaysPath)) log.warn({ path: holidaysPath }, 'no holidays.yaml in KNOWLEDGE_DIR: holiday shifts skip weekends only');
  const calendar = createCalendar({ db, fileEntries: existsSync(eventsPath) ? loadCalendarFile(eventsPath) : [] });
  const holidays = existsSync(holidaysPath) ? loadHolidays(holidaysPath) : parseHolidays('years: {}');
  const zone = createZone(options.tz);
  const scheduler = createReminderScheduler({
    db,
    clock,
    calendar,
    log: log.child({ feature: 'reminders' }),
    tz: options.tz,
    cron: options.cron,
    holidays,
    onQueued: options.onQueued,
    drafts: options.drafts,
    coordinatorChats: options.coordinatorChats,
  });

  const proposeFromNotice = (text: string, doc: { doc: string; title: string }): ProposedEvent[] => {
    const fresh: ProposedEvent[] = [];
    db.transaction(() => {
      const now = clock();
      const recipients = new Map<string, ConversationRef>();
      for (const sub of listSubscriptions(db)) if (sub.subscriberRole === 'coordinator' && sub.chatType === 'p2p') recipients.set(`${sub.platform}:${sub.chatId}`, sub.ref);
      for (const ref of options.coordinatorChats ?? []) recipients.set(`${ref.platform}:${ref.chatId}`, ref);
      const today = zone.dayAt(now);
      for (const proposal of proposeDeadlines(text, doc)) {
        // A deadline that is over, or already a deadline on the calendar, needs nobody's confirmation.
        const day = parseIsoDay(proposal.day)!;
        const known = calendar.occurrences(day, day).some((occurrence) => occurrence.event.kind === 'deadline');
        if (day < today || known) continue;
        const id = addProposal(db, { doc: proposal.doc, docTitle: proposal.docTitle, day: proposal.day, entry: proposal.entry, quote: proposal.quote }, now);
        if (id === undefined) continue;
        fresh.push(proposal);
        const message = t('reminders.proposal_notice', { doc: doc.title, when: chineseDay(parseIsoDay(proposal.day)!, true), quote: proposal.quote, id });
        for (const ref of recipients.values()) enqueue(db, `reminder-proposal:${id}:${ref.platform}:${ref.chatId}`, ref, { text: message }, now);
      }
    }).immediate();
    if (fresh.length > 0) options.onQueued?.();
    return fresh;
  };

  return { step: createReminderStep({ calendar, zone }), scheduler, calendar, holidays, zone, proposeFromNotice };
}
