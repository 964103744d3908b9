import type { Db } from './db.js';

/** Coordinator calendar edits, deadline proposals and the scheduler's state row. */

export interface StoredEvent {
  id: string;
  /** CalendarEntry JSON (validated by the calendar when read). */
  entry: unknown;
  deleted: boolean;
  updatedBy: string;
  updatedAt: string;
}

export function storedEvents(db: Db): StoredEvent[] {
  const rows = db.prepare('SELECT * FROM reminder_events ORDER BY id').all() as {
    id: string;
    entry: string;
    deleted: number;
    updated_by: string;
    updated_at: string;
  }[];
  return rows.map((row) => ({
    id: row.id,
    entry: JSON.parse(row.entry) as unknown,
    deleted: row.deleted === 1,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  }));
}

export function saveStoredEvent(db: Db, id: string, entry: unknown, deleted: boolean, by: string, now: Date): void {
  db.prepare(
    `INSERT INTO reminder_events (id, entry, deleted, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET entry = excluded.entry, deleted = excluded.deleted, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(id, JSON.stringify(entry), deleted ? 1 : 0, by, now.toISOString());
}

export interface StoredProposal {
  id: number;
  doc: string;
  docTitle: string;
  day: string;
  entry: unknown;
  quote: string;
  status: 'pending' | 'confirmed' | 'rejected';
  createdAt: string;
}

interface RawProposal {
  id: number;
  doc: string;
  doc_title: string;
  day: string;
  entry: string;
  quote: string;
  status: StoredProposal['status'];
  created_at: string;
}

const toProposal = (raw: RawProposal): StoredProposal => ({
  id: raw.id,
  doc: raw.doc,
  docTitle: raw.doc_title,
  day: raw.day,
  entry: JSON.parse(raw.entry) as unknown,
  quote: raw.quote,
  status: raw.status,
  createdAt: raw.created_at,
});

/** Stores a proposal once per (doc, day); returns its id, or undefined when it was proposed before. */
export function addProposal(db: Db, p: Omit<StoredProposal, 'id' | 'status' | 'createdAt'>, now: Date): number | undefined {
  const result = db
    .prepare(
      `INSERT INTO reminder_proposals (doc, doc_title, day, entry, quote, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (doc, day) DO NOTHING`,
    )
    .run(p.doc, p.docTitle, p.day, JSON.stringify(p.entry), p.quote, now.toISOString());
  return result.changes === 1 ? Number(result.lastInsertRowid) : undefined;
}

export function getProposal(db: Db, id: number): StoredProposal | undefined {
  const raw = db.prepare('SELECT * FROM reminder_proposals WHERE id = ?').get(id) as RawProposal | undefined;
  return raw && toProposal(raw);
}

export function pendingProposals(db: Db): StoredProposal[] {
  return (db.prepare(`SELECT * FROM reminder_proposals WHERE status = 'pending' ORDER BY id`).all() as RawProposal[]).map(toProposal);
}

export function decideProposal(db: Db, id: number, status: 'confirmed' | 'rejected', by: string, now: Date): boolean {
  return (
    db
      .prepare(`UPDATE reminder_proposals SET status = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'pending'`)
      .run(status, by, now.toISOString(), id).changes === 1
  );
}

/** The scheduler's state: a revision bumped by triggers on every subscription/event change, and the watermark. */
export interface ReminderState {
  revision: number;
  /** Instant (ms) up to which due reminders have been decided; null before the first tick. */
  watermark: number | null;
}

/** Prepared once per scheduler: the no-op tick is this one read. */
export function createReminderStateStore(db: Db): { read(): ReminderState; setWatermark(at: number): void } {
  const read = db.prepare('SELECT revision, watermark FROM reminder_state WHERE id = 1');
  const advance = db.prepare('UPDATE reminder_state SET watermark = ? WHERE id = 1 AND (watermark IS NULL OR watermark < ?)');
  return {
    read: () => read.get() as ReminderState,
    setWatermark(at) {
      advance.run(at, at);
    },
  };
}
