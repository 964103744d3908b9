import type { Db } from './db.js';
import type { FieldValue, NominationRecord, NominationStatus } from '../nomination/types.js';

/** The web console's read-only queries over the `nominations` table (filtered, paged, summed). */

export interface WebNominationFilter {
  province?: string;
  /** Undefined: drafts and submissions (cancelled ones are hidden). */
  status?: NominationStatus;
  /** Substring of the owner name or any field value (raw text or display). */
  search?: string;
  owner?: { platform: string; userId: string };
}

interface RawRow {
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

const toRecord = (raw: RawRow): NominationRecord => ({
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

/** LIKE with the user's text taken literally (no % or _ wildcards from them). */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

function where(filter: WebNominationFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter.status) {
    clauses.push('status = ?');
    params.push(filter.status);
  } else {
    clauses.push(`status IN ('draft', 'submitted')`);
  }
  if (filter.province) {
    clauses.push('province = ?');
    params.push(filter.province);
  }
  if (filter.owner) {
    clauses.push('owner_platform = ? AND owner_id = ?');
    params.push(filter.owner.platform, filter.owner.userId);
  }
  if (filter.search) {
    // Fields are stored as JSON with non-ASCII kept as is, so Chinese text matches directly.
    clauses.push(`(fields LIKE ? ESCAPE '\\' OR owner_name LIKE ? ESCAPE '\\' OR id = ?)`);
    params.push(likePattern(filter.search), likePattern(filter.search), filter.search);
  }
  return { sql: `WHERE ${clauses.join(' AND ')}`, params };
}

/** One page of matching nominations, most recently updated first, and how many match in all. */
export function pageNominations(db: Db, filter: WebNominationFilter, offset: number, limit: number): { records: NominationRecord[]; total: number } {
  const { sql, params } = where(filter);
  const total = db.prepare(`SELECT COUNT(*) FROM nominations ${sql}`).pluck().get(...params) as number;
  const rows = db
    .prepare(`SELECT * FROM nominations ${sql} ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`)
    .all(...params, limit, offset) as RawRow[];
  return { records: rows.map(toRecord), total };
}

/** Every matching nomination (for exports), oldest first. */
export function allNominations(db: Db, filter: WebNominationFilter): NominationRecord[] {
  const { sql, params } = where(filter);
  return (db.prepare(`SELECT * FROM nominations ${sql} ORDER BY COALESCE(submitted_at, created_at), id`).all(...params) as RawRow[]).map(toRecord);
}

/** Submitted nominations per province. */
export function submittedByProvince(db: Db): Map<string, number> {
  const rows = db
    .prepare(`SELECT province, COUNT(*) AS n FROM nominations WHERE status = 'submitted' AND province IS NOT NULL GROUP BY province`)
    .all() as { province: string; n: number }[];
  return new Map(rows.map((row) => [row.province, row.n]));
}

/** Sums of two numeric fields per province over the matching nominations. */
export function fieldTotalsByProvince(
  db: Db,
  filter: WebNominationFilter,
  fieldA: string,
  fieldB: string,
): { province: string; a: number; b: number }[] {
  const { sql, params } = where(filter);
  const path = (field: string) => `$."${field.replace(/"/g, '')}".value`;
  return db
    .prepare(
      `SELECT province, COALESCE(SUM(CAST(json_extract(fields, ?) AS REAL)), 0) AS a, COALESCE(SUM(CAST(json_extract(fields, ?) AS REAL)), 0) AS b
       FROM nominations ${sql} AND province IS NOT NULL GROUP BY province ORDER BY province`,
    )
    .all(path(fieldA), path(fieldB), ...params) as { province: string; a: number; b: number }[];
}

/** Provinces that have nominations. */
export function nominationProvinces(db: Db): string[] {
  return db.prepare(`SELECT DISTINCT province FROM nominations WHERE province IS NOT NULL ORDER BY province`).pluck().all() as string[];
}
