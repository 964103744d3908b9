import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import type { Logger } from '../log.js';
import type { ConversationRef, OutgoingMessage, PlatformName } from '../platform.js';
import type { Db } from '../store/db.js';
import { enqueue } from '../store/outbox.js';
import { createDeliveryRecorder, type ReminderDelivery } from '../store/reminder-deliveries.js';
import { listSubscriptions } from '../store/reminder-subscriptions.js';
import { createReminderStateStore } from '../store/reminders.js';
import type { Calendar } from './calendar.js';
import { createZone, isoDay } from './dates.js';
import type { HolidayCalendar } from './holidays.js';
import { missingDateMessage, reminderMessage } from './messages.js';
import { buildPlan, firstDueAfter, PLAN_HORIZON_MS, type DuePrompt, type DueReminder, type Plan, type PlannedSubscription } from './plan.js';

export interface ReminderSchedulerOptions {
  db: Db;
  clock: Clock;
  calendar: Calendar;
  log: Logger;
  /** IANA zone of every date and time of day (config.TZ). */
  tz: string;
  /** node-cron expression driving `tick` (config.REMINDER_CRON). */
  cron: string;
  /** Public holidays and 调休 working days, for subscriptions that shift reminders. */
  holidays: HolidayCalendar;
  /** Told after a tick queued messages, so the outbox senders drain right away. */
  onQueued?: () => void;
  /** Titles of the user's unfinished nomination drafts (listed in nomination-deadline reminders). */
  drafts?: (platform: PlatformName, userId: string) => string[];
  /** Private chats of coordinators, asked for missing event dates besides coordinator subscriptions. */
  coordinatorChats?: ConversationRef[];
  /** A reminder decided later than this after its time is sent with a "late" note. Default 10 minutes. */
  lateAfterMs?: number;
}

/** One decided reminder (or missing-date prompt) for one chat. */
export interface TickItem {
  key: string;
  kind: ReminderDelivery['kind'];
  eventId: string;
  title: string;
  occurrence: string;
  offset: number | null;
  platform: PlatformName;
  chatId: string;
  dueAt: string;
  status: ReminderDelivery['status'];
}

export interface TickResult {
  now: string;
  /** Queued into the outbox (status sent or late). */
  queued: TickItem[];
  /** Recorded as missed: the event was over, or a later reminder of the same occurrence superseded it. */
  missed: TickItem[];
}

export interface ReminderScheduler {
  /** Decides everything due up to `now` (default: the clock) exactly once; safe to call concurrently from several processes. */
  tick(now?: Date): TickResult;
  /** Ticks once now (catching up on downtime), then on every cron beat. */
  start(): void;
  stop(): void;
}

const PROMPT_AT = 9 * 60;

export function createReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { db, calendar, log, holidays } = options;
  const zone = createZone(options.tz);
  const lateAfterMs = options.lateAfterMs ?? 10 * 60_000;
  const recorder = createDeliveryRecorder(db);
  const stateStore = createReminderStateStore(db);
  let plan: Plan | undefined;
  let task: ScheduledTask | undefined;

  const currentPlan = (revision: number, watermark: number | null, now: number): Plan => {
    // A later watermark only narrows the window, so the plan stays valid; an earlier one (another
    // process's view, or a first tick) needs the dues before it.
    const stale = !plan || plan.revision !== revision || now > plan.to || (watermark ?? -Infinity) < plan.from;
    if (stale) {
      plan = buildPlan({
        revision,
        watermark,
        now,
        horizonMs: PLAN_HORIZON_MS,
        subscriptions: listSubscriptions(db),
        calendar,
        zone,
        holidays,
        promptAt: PROMPT_AT,
      });
    }
    return plan as Plan;
  };

  const planDelivery = (now: number): TickResult => {
    const result: TickResult = { now: new Date(now).toISOString(), queued: [], missed: [] };
    const state = stateStore.read();
    const current = currentPlan(state.revision, state.watermark, now);
    const first = firstDueAfter(current, state.watermark ?? current.from);
    const window = [];
    for (let i = first; i < current.dues.length && current.dues[i]!.due <= now; i++) window.push(current.dues[i]!);

    // Per (profile, occurrence) only the latest due offset is sent; earlier ones in the window are superseded.
    const latest = new Map<string, DueReminder>();
    for (const item of window) {
      if (item.kind !== 'reminder') continue;
      latest.set(`${item.profile.key}|${item.occurrence.event.id}|${item.occurrence.start}`, item);
    }
    const today = zone.dayAt(now);
    const recordedAt = result.now;
    for (const item of window) {
      if (item.kind === 'reminder') {
        const over = now >= zone.instantOf(item.occurrence.end + 1, 0);
        const superseded = latest.get(`${item.profile.key}|${item.occurrence.event.id}|${item.occurrence.start}`) !== item;
        const status = over || superseded ? 'missed' : now - item.due > lateAfterMs ? 'late' : 'sent';
        fanOutReminder(item, status, now, today, recordedAt, result);
      } else {
        const status = now >= zone.instantOf(item.missing.seasonStart, 0) ? 'missed' : now - item.due > lateAfterMs ? 'late' : 'sent';
        fanOutPrompt(item, current.coordinators, status, now, recordedAt, result);
      }
    }
    stateStore.setWatermark(now);
    return result;
  };

  const fanOutReminder = (
    item: DueReminder,
    status: ReminderDelivery['status'],
    now: number,
    today: number,
    recordedAt: string,
    result: TickResult,
  ): void => {
    const { occurrence, profile, offset } = item;
    const eventId = occurrence.event.id;
    const occurrenceDay = isoDay(occurrence.start);
    const dueAt = new Date(item.due).toISOString();
    const lateDue = status === 'late' ? { day: item.day, minutes: profile.remindAt } : undefined;
    let shared: OutgoingMessage | undefined;
    const at = new Date(now);
    for (const planned of profile.subs) {
      if (planned.activeFrom >= item.due || !planned.wants(eventId)) continue;
      const { sub } = planned;
      const key = `reminder:${eventId}:${occurrenceDay}:${offset}:${sub.platform}:${sub.chatId}`;
      const delivery: ReminderDelivery = {
        key,
        kind: 'reminder',
        eventId,
        occurrence: occurrenceDay,
        offsetDays: offset,
        platform: sub.platform,
        chatId: sub.chatId,
        dueAt,
        status,
        recordedAt,
      };
      if (!recorder.record(delivery)) continue;
      const tickItem: TickItem = { ...delivery, offset, title: occurrence.event.title };
      if (status === 'missed') {
        result.missed.push(tickItem);
        continue;
      }
      const drafts =
        occurrence.event.nomination && sub.chatType === 'p2p' && options.drafts ? options.drafts(sub.platform, sub.subscriberId) : [];
      const message =
        drafts.length > 0 ? reminderMessage({ occurrence, today, lateDue, drafts }) : (shared ??= reminderMessage({ occurrence, today, lateDue }));
      enqueue(db, key, sub.ref, message, at);
      result.queued.push(tickItem);
    }
  };

  const fanOutPrompt = (
    item: DuePrompt,
    coordinators: PlannedSubscription[],
    status: ReminderDelivery['status'],
    now: number,
    recordedAt: string,
    result: TickResult,
  ): void => {
    const { missing } = item;
    const recipients = new Map<string, ConversationRef>();
    for (const planned of coordinators) {
      if (planned.activeFrom < item.due) recipients.set(`${planned.sub.platform}:${planned.sub.chatId}`, planned.sub.ref);
    }
    for (const ref of options.coordinatorChats ?? []) recipients.set(`${ref.platform}:${ref.chatId}`, ref);
    const message = missingDateMessage(missing);
    for (const ref of recipients.values()) {
      const key = `reminder-missing:${missing.event.id}:${missing.year}:${ref.platform}:${ref.chatId}`;
      const delivery: ReminderDelivery = {
        key,
        kind: 'missing_date',
        eventId: missing.event.id,
        occurrence: String(missing.year),
        offsetDays: null,
        platform: ref.platform,
        chatId: ref.chatId,
        dueAt: new Date(item.due).toISOString(),
        status,
        recordedAt,
      };
      if (!recorder.record(delivery)) continue;
      const tickItem: TickItem = { ...delivery, offset: null, title: missing.event.title, platform: ref.platform };
      if (status === 'missed') {
        result.missed.push(tickItem);
        continue;
      }
      enqueue(db, key, ref, message, new Date(now));
      result.queued.push(tickItem);
    }
  };

  const tick = (at?: Date): TickResult => {
    const now = (at ?? options.clock()).getTime();
    // The no-op path: nothing due since the watermark → one small read, no write, no transaction.
    const state = stateStore.read();
    const current = currentPlan(state.revision, state.watermark, now);
    const next = current.dues[firstDueAfter(current, state.watermark ?? current.from)];
    if (state.watermark !== null && (!next || next.due > now)) return { now: new Date(now).toISOString(), queued: [], missed: [] };
    // IMMEDIATE: a second scheduler on the same file waits here, then sees this one's watermark and keys.
    const result = db.transaction(() => planDelivery(now)).immediate();
    if (result.queued.length > 0 || result.missed.length > 0) {
      log.info({ queued: result.queued.length, missed: result.missed.length, late: result.queued.filter((i) => i.status === 'late').length }, 'reminders decided');
    }
    if (result.queued.length > 0) options.onQueued?.();
    return result;
  };

  return {
    tick,
    start() {
      if (task) return;
      const run = (): void => {
        try {
          tick();
        } catch (error) {
          log.error({ err: error }, 'reminder tick failed');
        }
      };
      run();
      task = cron.schedule(options.cron, run, { timezone: options.tz, noOverlap: true });
    },
    stop() {
      void task?.stop();
      task = undefined;
    },
  };
}
