import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { isValidDate, parseIsoDay } from './dates.js';
import { errorText } from '../errors.js';

/** The calendar file (`knowledge/events.yaml`) and the entries coordinators store in SQLite share this shape. */

const isoDate = z
  .string()
  .trim()
  .refine((text) => parseIsoDay(text) !== undefined, { message: 'must be a real date YYYY-MM-DD' });

const dayRange = z
  .object({
    start: isoDate,
    end: isoDate.optional(),
    unconfirmed: z.boolean().optional(),
    source: z.string().optional(),
  })
  .refine((range) => !range.end || range.end >= range.start, { message: 'end must not be before start' });

const yearlyRule = z
  .object({
    month: z.number().int().min(1).max(12),
    day: z.number().int().min(1).max(31),
    endMonth: z.number().int().min(1).max(12).optional(),
    endDay: z.number().int().min(1).max(31).optional(),
    since: z.number().int().min(1900).max(2200).optional(),
  })
  .refine((rule) => isValidDate(2024, rule.month, rule.day), { message: 'month/day is not a real date' })
  .refine((rule) => (rule.endMonth === undefined) === (rule.endDay === undefined), { message: 'give endMonth and endDay together' });

export const calendarEntrySchema = z
  .object({
    id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id: lowercase letters, digits and dashes'),
    title: z.string().trim().min(1).max(100),
    aliases: z.array(z.string().trim().min(1)).default([]),
    kind: z.enum(['deadline', 'event']),
    /** A nomination deadline: reminders list the recipient's unfinished drafts. */
    nomination: z.boolean().default(false),
    date: isoDate.optional(),
    range: dayRange.optional(),
    yearly: yearlyRule.optional(),
    dates: z.record(z.string().regex(/^\d{4}$/), z.union([isoDate, dayRange])).optional(),
    /** The usual month of an event announced each year; missing years are asked for a month before. */
    season: z.object({ month: z.number().int().min(1).max(12) }).optional(),
    description: z.string().trim().default(''),
    /** For deadlines: what to submit, and how. */
    submit: z.string().trim().optional(),
    how: z.string().trim().optional(),
    source: z.string().trim().min(1),
    unconfirmed: z.boolean().default(false),
    /** Who cares; informational (subscriptions choose events, not roles). */
    roles: z.array(z.enum(['officer', 'coordinator'])).default(['officer', 'coordinator']),
    /** Provinces this applies to; empty = everywhere. */
    scopes: z.array(z.string()).default([]),
    /** Days before to remind of this entry (0 = on the day), in place of each subscription's own; set when a coordinator confirms a deadline. */
    offsets: z.array(z.number().int().min(0).max(365)).min(1).max(10).optional(),
  })
  .refine((entry) => [entry.date, entry.range, entry.yearly, entry.dates ?? entry.season].filter(Boolean).length === 1, {
    message: 'give exactly one of date, range, yearly, dates/season',
  });

/** One calendar entry, validated. */
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;

const calendarFileSchema = z.object({ events: z.array(calendarEntrySchema) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  for (const entry of file.events) {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', message: `duplicate id ${entry.id}` });
    seen.add(entry.id);
  }
});

export class CalendarFileError extends Error {
  constructor(path: string, problems: string[]) {
    super(`${path} is not a valid calendar:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CalendarFileError';
  }
}

/** Parses calendar YAML text; throws `CalendarFileError` naming each bad field. */
export function parseCalendarFile(text: string, path = 'events.yaml'): CalendarEntry[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new CalendarFileError(path, [errorText(error)]);
  }
  const result = calendarFileSchema.safeParse(data);
  if (!result.success) {
    throw new CalendarFileError(path, result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return result.data.events;
}

export function loadCalendarFile(path: string): CalendarEntry[] {
  return parseCalendarFile(readFileSync(path, 'utf8'), path);
}
