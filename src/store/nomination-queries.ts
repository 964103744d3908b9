import type { Db } from './db.js';
import { statement } from './statements.js';
import type { NominationRecord, NominationStatus } from './nomination-types.js';
import { toRecord, type RawNomination } from './nominations.js';

/** The web console's read-only queries over the `nominations` table (filtered, paged, summed). */

export interface WebNominationFilter {
  province?: string;
  /** Undefined: drafts and submissions (cancelled ones are hidden). */
  status?: NominationStatus;
  /** Substring of the owner name or any field value (raw text or display). */
  search?: string;
  owner?: { platform: string; userId: string };
}

/** A list row: the columns the table shows, read with json_extract instead of parsing `fields`. */
export interface WebNominationListRow {
  id: string;
  ownerPlatform: string;
  ownerId: string;
  ownerName?: string;
  status: NominationStatus;
  province?: string;
  /** The title field's display text; undefined when not filled. */
  title?: string;
  /** How many of the given required fields are filled. */
  filled: number;
  updatedAt: string;
  submittedAt?: string;
}

interface RawListRow {
  id: string;
  owner_platform: string;
  owner_id: string;
  owner_name: string | null;
  status: NominationStatus;
  province: string | null;
  title: string | null;
  filled: number;
  updated_at: string;
  submitted_at: string | null;
}

/**
 * A JSON path into `fields` as an SQL literal. Field ids come from the form definition, never
 * from users.
 */
function fieldPath(field: string, member: 'value' | 'display' | undefined): string {
  if (!/^[A-Za-z0-9_]+$/.test(field)) throw new Error(`unexpected field id: ${field}`);
  return `'$."${field}"${member ? `.${member}` : ''}'`;
}

/** LIKE with the user's text taken literally (no % or _ wildcards from them). */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * The WHERE clause of a filter. `inOrder` is for the list's page: status and province are then
 * compared with a unary + so that no index on them is usable and the planner walks
 * nominations_recent (migration 009) in ORDER BY order, reading both from the index entries,
 * instead of fetching and sorting every row of a status or province.
 */
function where(filter: WebNominationFilter, inOrder = false): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const plus = inOrder ? '+' : '';
  if (filter.status) {
    clauses.push(`${plus}status = ?`);
    params.push(filter.status);
  } else {
    // Drafts and submissions are nearly every row: a range of nominations_status_province would
    // not narrow anything, walking an index in order (or reading one whole to count) does better.
    clauses.push(`+status IN ('draft', 'submitted')`);
  }
  if (filter.province) {
    clauses.push(`${plus}province = ?`);
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

/**
 * One page of matching nominations, most recently updated first, and how many match in all.
 * `requiredFields` are counted into `filled`; nothing else of `fields` is read.
 */
export function pageNominationRows(
  db: Db,
  filter: WebNominationFilter,
  page: { offset: number; limit: number },
  columns: { titleField: string; requiredFields: string[] },
): { rows: WebNominationListRow[]; total: number } {
  const counted = where(filter);
  const total = statement(db, `SELECT COUNT(*) FROM nominations ${counted.sql}`).pluck().get(...counted.params) as number;
  // A search keeps few rows of a province: fetching that province's rows and sorting the matches
  // beats walking every province's entries in order.
  const { sql, params } = where(filter, !filter.search);
  const filled = columns.requiredFields.map((field) => `(json_type(fields, ${fieldPath(field, undefined)}) IS NOT NULL)`).join(' + ') || '0';
  const raws = statement(
    db,
    `SELECT id, owner_platform, owner_id, owner_name, status, province, updated_at, submitted_at,
       json_extract(fields, ${fieldPath(columns.titleField, 'display')}) AS title, ${filled} AS filled
     FROM nominations ${sql} ORDER BY updated_at DESC, id LIMIT ? OFFSET ?`,
  ).all(...params, page.limit, page.offset) as RawListRow[];
  const rows = raws.map((raw) => ({
    id: raw.id,
    ownerPlatform: raw.owner_platform,
    ownerId: raw.owner_id,
    ownerName: raw.owner_name ?? undefined,
    status: raw.status,
    province: raw.province ?? undefined,
    title: raw.title === null ? undefined : String(raw.title),
    filled: raw.filled,
    updatedAt: raw.updated_at,
    submittedAt: raw.submitted_at ?? undefined,
  }));
  return { rows, total };
}

/** Every matching nomination (for exports), oldest first. */
export function allNominations(db: Db, filter: WebNominationFilter): NominationRecord[] {
  const { sql, params } = where(filter);
  return (statement(db, `SELECT * FROM nominations ${sql} ORDER BY COALESCE(submitted_at, created_at), id`).all(...params) as RawNomination[]).map(toRecord);
}

/** Submitted nominations per province. */
export function submittedByProvince(db: Db): Map<string, number> {
  const rows = statement(db, `SELECT province, COUNT(*) AS n FROM nominations WHERE status = 'submitted' AND province IS NOT NULL GROUP BY province`)
    .all() as { province: string; n: number }[];
  return new Map(rows.map((row) => [row.province, row.n]));
}

/**
 * Fields whose values migration 009 keeps in columns of their own (triggers copy them from
 * `fields`), indexed by nominations_statistics: the form's annual_output_value and employees.
 */
const STATISTICS_COLUMNS: Readonly<Record<string, string>> = {
  annual_output_value: 'stat_annual_output_value',
  employees: 'stat_employees',
};

/**
 * Sums of two numeric fields per province over the matching nominations. Unfiltered (or by
 * province), this is answered from the nominations_statistics index when the fields are the ones
 * that index covers.
 */
export function fieldTotalsByProvince(
  db: Db,
  filter: WebNominationFilter,
  fieldA: string,
  fieldB: string,
): { province: string; a: number; b: number }[] {
  const { sql, params } = where(filter);
  const valueOf = (field: string) => STATISTICS_COLUMNS[field] ?? `json_extract(fields, ${fieldPath(field, 'value')})`;
  const sum = (field: string) => `COALESCE(SUM(CAST(${valueOf(field)} AS REAL)), 0)`;
  return statement(
    db,
    `SELECT province, ${sum(fieldA)} AS a, ${sum(fieldB)} AS b
     FROM nominations ${sql} AND province IS NOT NULL GROUP BY province ORDER BY province`,
  ).all(...params) as { province: string; a: number; b: number }[];
}

/** Provinces that have nominations. */
export function nominationProvinces(db: Db): string[] {
  return statement(db, `SELECT DISTINCT province FROM nominations WHERE province IS NOT NULL ORDER BY province`).pluck().all() as string[];
}
