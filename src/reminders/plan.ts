import type { ReminderSubscription } from '../store/reminder-subscriptions.js';
import type { Calendar, MissingDate, Occurrence } from './calendar.js';
import type { DayNumber, Zone } from './dates.js';
import type { HolidayCalendar } from './holidays.js';

/**
 * What is due when, for a window of instants: reminders per schedule profile (subscriptions
 * sharing offsets, time and holiday shift) and missing-date prompts. Computed once per event
 * and profile, then fanned out to the profile's subscriptions, so a tick is linear in
 * subscriptions, not in subscriptions × events.
 */

/** Subscriptions with the same offsets, time of day and shift setting. */
export interface Profile {
  key: string;
  offsets: number[];
  remindAt: number;
  shift: boolean;
  subs: PlannedSubscription[];
}

export interface PlannedSubscription {
  sub: ReminderSubscription;
  /** Reminders due at or before this instant are not for this subscription (made or changed later). */
  activeFrom: number;
  wants(eventId: string): boolean;
}

export interface DueReminder {
  kind: 'reminder';
  due: number;
  profile: Profile;
  occurrence: Occurrence;
  offset: number;
  day: DayNumber;
}

export interface DuePrompt {
  kind: 'missing_date';
  due: number;
  missing: MissingDate;
}

export type DueItem = DueReminder | DuePrompt;

export interface Plan {
  revision: number;
  /** Dues are in (from, to]. */
  from: number;
  to: number;
  dues: DueItem[];
  profiles: Profile[];
  /** Coordinators' private-chat subscriptions (they get missing-date prompts; groups do not). */
  coordinators: PlannedSubscription[];
}

export interface PlanInput {
  revision: number;
  /** Exclusive lower bound; undefined before the first tick (then the oldest subscription). */
  watermark: number | null;
  now: number;
  horizonMs: number;
  subscriptions: ReminderSubscription[];
  calendar: Calendar;
  zone: Zone;
  holidays: HolidayCalendar;
  /** Time of day of missing-date prompts. */
  promptAt: number;
}

const DAY_MS = 86_400_000;

function planSubscription(sub: ReminderSubscription): PlannedSubscription {
  const only = sub.events ? new Set(sub.events) : undefined;
  const excluded = new Set(sub.excluded);
  return {
    sub,
    activeFrom: Date.parse(sub.updatedAt),
    wants: only ? (id) => only.has(id) : (id) => !excluded.has(id),
  };
}

export function buildPlan(input: PlanInput): Plan {
  const { zone, holidays, calendar } = input;
  const planned = input.subscriptions.map(planSubscription);
  const oldest = planned.reduce((min, p) => Math.min(min, p.activeFrom), input.now);
  const from = input.watermark ?? Math.min(oldest, input.now);
  const to = input.now + input.horizonMs;

  const byKey = new Map<string, Profile>();
  for (const p of planned) {
    const key = `${p.sub.offsets.join(',')}|${p.sub.remindAt}|${p.sub.shift ? 1 : 0}`;
    let profile = byKey.get(key);
    if (!profile) {
      profile = { key, offsets: p.sub.offsets, remindAt: p.sub.remindAt, shift: p.sub.shift, subs: [] };
      byKey.set(key, profile);
    }
    profile.subs.push(p);
  }
  const profiles = [...byKey.values()];

  const fromDay = zone.dayAt(from) - 1;
  const toDay = zone.dayAt(to) + 1;
  const events = calendar.events();
  const maxOffset = [...profiles.map((p) => p.offsets), ...events.map((e) => e.offsets ?? [])].reduce((max, list) => Math.max(max, ...list), 0);
  // Shifting moves reminders earlier by at most a holiday's length; 31 days covers it.
  const occurrences = calendar.occurrences(fromDay, toDay + maxOffset + 31, events);

  const dues: DueItem[] = [];
  for (const profile of profiles) {
    for (const occurrence of occurrences) {
      const days = new Set<DayNumber>();
      // Ascending offsets, so when shifting makes two land on one day, the closer one wins.
      for (const offset of [...(occurrence.event.offsets ?? profile.offsets)].sort((a, b) => a - b)) {
        let day = occurrence.start - offset;
        if (profile.shift) day = holidays.previousWorkingDay(day);
        if (days.has(day)) continue;
        days.add(day);
        if (day < fromDay || day > toDay) continue;
        const due = zone.instantOf(day, profile.remindAt);
        if (due > from && due <= to) dues.push({ kind: 'reminder', due, profile, occurrence, offset, day });
      }
    }
  }
  for (const missing of calendar.missingDates(fromDay, toDay, events)) {
    const due = zone.instantOf(missing.askOn, input.promptAt);
    if (due > from && due <= to) dues.push({ kind: 'missing_date', due, missing });
  }
  dues.sort((a, b) => a.due - b.due);
  return {
    revision: input.revision,
    from,
    to,
    dues,
    profiles,
    coordinators: planned.filter((p) => p.sub.subscriberRole === 'coordinator' && p.sub.chatType === 'p2p'),
  };
}

/** Index of the first due item after `after` (binary search over the sorted dues). */
export function firstDueAfter(plan: Plan, after: number): number {
  let lo = 0;
  let hi = plan.dues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (plan.dues[mid]!.due <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const PLAN_HORIZON_MS = 7 * DAY_MS;
