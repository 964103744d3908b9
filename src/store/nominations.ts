import { randomBytes } from 'node:crypto';
import type { Db } from './db.js';
import { recordAudit } from './audit.js';
import { statement } from './statements.js';
import type { FieldValue, NominationRecord, NominationStatus } from './nomination-types.js';

/** Who made a change (for the audit trail). */
export interface Actor {
  platform: string;
  id: string;
}

/** The field whose value is copied into the `province` column (filtering and quotas). */
export const PROVINCE_FIELD = 'province';

/** A `nominations` row as SQLite returns it. */
export interface RawNomination {
  id: string;
  form_version: string;
  owner_platform: string;
  owner_id: string;
  owner_name: string | null;
  status: NominationStatus;
  province: string | null;
  fields: string;
  flagged: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
}

export const toRecord = (raw: RawNomination): NominationRecord => ({
  id: raw.id,
  formVersion: raw.form_version,
  ownerPlatform: raw.owner_platform,
  ownerId: raw.owner_id,
  ownerName: raw.owner_name ?? undefined,
  status: raw.status,
  province: raw.province ?? undefined,
  fields: JSON.parse(raw.fields) as Record<string, FieldValue>,
  flagged: JSON.parse(raw.flagged) as string[],
  createdAt: raw.created_at,
  updatedAt: raw.updated_at,
  submittedAt: raw.submitted_at ?? undefined,
});

export interface NewNomination {
  formVersion: string;
  owner: Actor;
  ownerName?: string;
  at: Date;
}

/** Creates an empty draft and audits it. */
export function createNomination(db: Db, input: NewNomination): NominationRecord {
  const id = `N${input.at.toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(4).toString('hex')}`;
  const iso = input.at.toISOString();
  statement(db, 
    `INSERT INTO nominations (id, form_version, owner_platform, owner_id, owner_name, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, input.formVersion, input.owner.platform, input.owner.id, input.ownerName ?? null, iso, iso);
  recordAudit(db, { nominationId: id, actorPlatform: input.owner.platform, actorId: input.owner.id, at: iso, action: 'create' });
  return getNomination(db, id) as NominationRecord;
}

export function getNomination(db: Db, id: string): NominationRecord | undefined {
  const raw = statement(db, 'SELECT * FROM nominations WHERE id = ?').get(id) as RawNomination | undefined;
  return raw && toRecord(raw);
}

/** A person's drafts, most recently edited first. */
export function listDrafts(db: Db, platform: string, userId: string): NominationRecord[] {
  const rows = db
    .prepare(
      `SELECT * FROM nominations WHERE owner_platform = ? AND owner_id = ? AND status = 'draft'
       ORDER BY updated_at DESC, rowid DESC`,
    )
    .all(platform, userId) as RawNomination[];
  return rows.map(toRecord);
}

/** A person's most recently submitted nomination (what 查看 shows once the dialog is over). */
export function latestSubmitted(db: Db, platform: string, userId: string): NominationRecord | undefined {
  const row = db
    .prepare(
      `SELECT * FROM nominations WHERE owner_platform = ? AND owner_id = ? AND status = 'submitted'
       ORDER BY submitted_at DESC, rowid DESC LIMIT 1`,
    )
    .get(platform, userId) as RawNomination | undefined;
  return row && toRecord(row);
}

export interface NominationFilter {
  statuses: NominationStatus[];
  /** A canonical province name; undefined or `*` means every province. */
  province?: string;
}

/** Nominations by status (and province), oldest submission first. */
export function listNominations(db: Db, filter: NominationFilter): NominationRecord[] {
  const statuses = filter.statuses.length > 0 ? filter.statuses : ['submitted'];
  const marks = statuses.map(() => '?').join(', ');
  const byProvince = filter.province && filter.province !== '*';
  const rows = db
    .prepare(
      `SELECT * FROM nominations WHERE status IN (${marks}) ${byProvince ? 'AND province = ?' : ''}
       ORDER BY COALESCE(submitted_at, created_at), rowid`,
    )
    .all(...statuses, ...(byProvince ? [filter.province] : [])) as RawNomination[];
  return rows.map(toRecord);
}

/** Submitted nominations of one province (for the quota check). */
export function countSubmitted(db: Db, province: string): number {
  return db
    .prepare(`SELECT COUNT(*) FROM nominations WHERE status = 'submitted' AND province = ?`)
    .pluck()
    .get(province) as number;
}

const toJson = (value: FieldValue | undefined): string | undefined => (value === undefined ? undefined : JSON.stringify(value));

/**
 * Sets (or with `value` undefined, clears) one field, unflags it when set, keeps the
 * `province` column in step, and audits the change. Returns the updated record.
 */
export function setField(db: Db, id: string, field: string, value: FieldValue | undefined, actor: Actor, at: Date): NominationRecord {
  const current = getNomination(db, id);
  if (!current) throw new Error(`no nomination ${id}`);
  const old = current.fields[field];
  const fields = { ...current.fields };
  if (value === undefined) delete fields[field];
  else fields[field] = value;
  const flagged = value === undefined ? current.flagged : current.flagged.filter((f) => f !== field);
  const iso = at.toISOString();
  // Naming `province` in an UPDATE rewrites the indexes that hold it, even with the value unchanged.
  if (field === PROVINCE_FIELD) {
    statement(db, 'UPDATE nominations SET fields = ?, flagged = ?, province = ?, updated_at = ? WHERE id = ?').run(
      JSON.stringify(fields),
      JSON.stringify(flagged),
      value === undefined ? null : String(value.value),
      iso,
      id,
    );
  } else {
    statement(db, 'UPDATE nominations SET fields = ?, flagged = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(fields), JSON.stringify(flagged), iso, id);
  }
  recordAudit(db, {
    nominationId: id,
    actorPlatform: actor.platform,
    actorId: actor.id,
    at: iso,
    action: value === undefined ? 'clear' : 'set',
    field,
    oldValue: toJson(old),
    newValue: toJson(value),
  });
  return getNomination(db, id) as NominationRecord;
}

/** Marks a field as skipped after failed validation, for a coordinator to check. */
export function flagField(db: Db, id: string, field: string, actor: Actor, at: Date): void {
  const current = getNomination(db, id);
  if (!current || current.flagged.includes(field)) return;
  const iso = at.toISOString();
  statement(db, 'UPDATE nominations SET flagged = ?, updated_at = ? WHERE id = ?').run(JSON.stringify([...current.flagged, field]), iso, id);
  recordAudit(db, { nominationId: id, actorPlatform: actor.platform, actorId: actor.id, at: iso, action: 'flag', field });
}

/** Submits or cancels a draft (audited). */
export function setStatus(db: Db, id: string, status: 'submitted' | 'cancelled', actor: Actor, at: Date): void {
  const iso = at.toISOString();
  statement(db, 'UPDATE nominations SET status = ?, updated_at = ?, submitted_at = ? WHERE id = ?').run(
    status,
    iso,
    status === 'submitted' ? iso : null,
    id,
  );
  recordAudit(db, {
    nominationId: id,
    actorPlatform: actor.platform,
    actorId: actor.id,
    at: iso,
    action: status === 'submitted' ? 'submit' : 'cancel',
  });
}

/** Something awaiting the user's 确认 (or a choice among drafts). */
export type PendingConfirmation =
  | { kind: 'cancel' }
  | { kind: 'submit' }
  | { kind: 'extracted'; payload: Record<string, FieldValue> }
  | { kind: 'overwrite'; payload: Record<string, FieldValue> }
  | { kind: 'choose'; payload: string[] }
  /** A product named alone, offered a form (product-offer.ts). */
  | { kind: 'offer'; payload: string; told?: string }
  /** A table's header row sent alone, waiting for the row under it (header-row.ts). */
  | { kind: 'header'; payload: string[] }
  /** A figure refused for want of its unit, waiting for a unit sent alone (unit-after.ts). */
  | { kind: 'unit'; payload: { field: string; figure: string } }
  /** A free text's opening cut mid-clause, too short for its field, waiting for the rest (text-opening.ts). */
  | { kind: 'opening'; payload: { field: string; text: string } };

/** Whether what is pending is a question of 确认 / 不 (the other kinds wait for more of an answer). */
export const awaitsYesNo = (pending: PendingConfirmation | undefined): pending is Exclude<PendingConfirmation, { kind: 'choose' | 'header' | 'unit' | 'opening' }> =>
  pending !== undefined && !['choose', 'header', 'unit', 'opening'].includes(pending.kind);

/** The nomination dialog of one person on one platform. */
export interface DialogState {
  platform: string;
  userId: string;
  nominationId?: string;
  currentField?: string;
  failures: number;
  pending?: PendingConfirmation;
  /** Fields asked before, for 上一步 (last is the most recent). */
  back: string[];
  /** Optional fields the user skipped; not asked again (a correction still reaches them). */
  skipped: string[];
}

interface RawDialog {
  platform: string;
  user_id: string;
  nomination_id: string | null;
  current_field: string | null;
  failures: number;
  pending: string | null;
  back_stack: string;
  skipped: string;
}

export function getDialog(db: Db, platform: string, userId: string): DialogState | undefined {
  const raw = statement(db, 'SELECT * FROM nomination_dialogs WHERE platform = ? AND user_id = ?').get(platform, userId) as
    | RawDialog
    | undefined;
  if (!raw) return undefined;
  return {
    platform: raw.platform,
    userId: raw.user_id,
    nominationId: raw.nomination_id ?? undefined,
    currentField: raw.current_field ?? undefined,
    failures: raw.failures,
    pending: raw.pending ? (JSON.parse(raw.pending) as PendingConfirmation) : undefined,
    back: JSON.parse(raw.back_stack) as string[],
    skipped: JSON.parse(raw.skipped) as string[],
  };
}

export function saveDialog(db: Db, state: DialogState, at: Date): void {
  statement(db, 
    `INSERT INTO nomination_dialogs (platform, user_id, nomination_id, current_field, failures, pending, back_stack, skipped, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, user_id) DO UPDATE SET nomination_id = excluded.nomination_id,
       current_field = excluded.current_field, failures = excluded.failures, pending = excluded.pending,
       back_stack = excluded.back_stack, skipped = excluded.skipped, updated_at = excluded.updated_at`,
  ).run(
    state.platform,
    state.userId,
    state.nominationId ?? null,
    state.currentField ?? null,
    state.failures,
    state.pending ? JSON.stringify(state.pending) : null,
    JSON.stringify(state.back.slice(-50)),
    JSON.stringify(state.skipped),
    at.toISOString(),
  );
}

export function clearDialog(db: Db, platform: string, userId: string): void {
  statement(db, 'DELETE FROM nomination_dialogs WHERE platform = ? AND user_id = ?').run(platform, userId);
}
