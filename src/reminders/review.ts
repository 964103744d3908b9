import type { Db } from '../store/db.js';
import { decideProposal, getProposal, pendingProposals, type StoredProposal } from '../store/reminders.js';
import { calendarEntrySchema, type CalendarEntry } from './calendar-file.js';
import type { Calendar } from './calendar.js';

/** Coordinators' review of the deadlines spotted in notices: confirm (as proposed, or with a corrected date and reminder days) or dismiss. */

/** A pending proposal with the entry it would add. */
export interface PendingProposal extends StoredProposal {
  entry: CalendarEntry;
}

/** Pending proposals whose entry is still valid (an entry the schema no longer accepts cannot be confirmed, so it is not offered). */
export function reviewQueue(db: Db): PendingProposal[] {
  return pendingProposals(db).flatMap((proposal) => {
    const parsed = calendarEntrySchema.safeParse({ ...(proposal.entry as object), id: 'proposal' });
    return parsed.success ? [{ ...proposal, entry: parsed.data }] : [];
  });
}

/**
 * Adds the proposal's deadline to the calendar (on `changes.date` when given, reminding
 * `changes.offsets` days before when given) and marks it confirmed; undefined when it is not
 * pending (decided meanwhile, or unknown). Call inside the caller's transaction.
 */
export function confirmProposal(
  db: Db,
  calendar: Calendar,
  id: number,
  by: string,
  now: Date,
  changes: { date?: string; offsets?: number[] } = {},
): CalendarEntry | undefined {
  const proposal = getProposal(db, id);
  if (!proposal || proposal.status !== 'pending') return undefined;
  const entry = calendarEntrySchema.parse({
    ...(proposal.entry as object),
    id: calendar.nextId(),
    ...(changes.date ? { date: changes.date } : {}),
    ...(changes.offsets ? { offsets: changes.offsets } : {}),
  });
  calendar.save(entry, by, now);
  decideProposal(db, id, 'confirmed', by, now);
  return entry;
}

/** Marks a pending proposal rejected; false when it was not pending. */
export function dismissProposal(db: Db, id: number, by: string, now: Date): boolean {
  return decideProposal(db, id, 'rejected', by, now);
}
