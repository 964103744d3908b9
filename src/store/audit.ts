import type { Db } from './db.js';
import { statement } from './statements.js';

/** What happened to a nomination: created, a field set or cleared, flagged, submitted, cancelled. */
export type AuditAction = 'create' | 'set' | 'clear' | 'flag' | 'submit' | 'cancel';

/** One row of the audit trail. Values are the FieldValue JSON (or null). */
export interface AuditEntry {
  nominationId: string;
  actorPlatform: string;
  actorId: string;
  at: string;
  action: AuditAction;
  field?: string;
  oldValue?: string;
  newValue?: string;
}

/** Appends to the audit trail; call inside the transaction that makes the change. */
export function recordAudit(db: Db, entry: AuditEntry): void {
  statement(
    db,
    `INSERT INTO nomination_audit (nomination_id, actor_platform, actor_id, at, action, field, old_value, new_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.nominationId,
    entry.actorPlatform,
    entry.actorId,
    entry.at,
    entry.action,
    entry.field ?? null,
    entry.oldValue ?? null,
    entry.newValue ?? null,
  );
}

interface RawAudit {
  nomination_id: string;
  actor_platform: string;
  actor_id: string;
  at: string;
  action: AuditAction;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
}

/** The field the last change of a nomination set, when that change was a value set (not a clear, flag …). */
export function lastSetField(db: Db, nominationId: string): string | undefined {
  const row = statement(db, 'SELECT action, field FROM nomination_audit WHERE nomination_id = ? ORDER BY id DESC LIMIT 1').get(nominationId) as
    | Pick<RawAudit, 'action' | 'field'>
    | undefined;
  return row?.action === 'set' ? (row.field ?? undefined) : undefined;
}

/** The audit trail of one nomination, oldest first. */
export function auditTrail(db: Db, nominationId: string): AuditEntry[] {
  const rows = db
    .prepare('SELECT * FROM nomination_audit WHERE nomination_id = ? ORDER BY id')
    .all(nominationId) as RawAudit[];
  return rows.map((row) => ({
    nominationId: row.nomination_id,
    actorPlatform: row.actor_platform,
    actorId: row.actor_id,
    at: row.at,
    action: row.action,
    field: row.field ?? undefined,
    oldValue: row.old_value ?? undefined,
    newValue: row.new_value ?? undefined,
  }));
}
