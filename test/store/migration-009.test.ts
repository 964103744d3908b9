import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, migrationFiles, openDatabase, type Db } from '../../src/store/db.js';
import { fieldTotalsByProvince } from '../../src/store/nomination-queries.js';
import { getDialog, listDrafts, saveDialog, setField } from '../../src/store/nominations.js';
import { auditTrail } from '../../src/store/audit.js';
import { seedNomination } from '../http/seed.js';

/** Migration 009 upgrades a database file written under migrations 001–008, in place. */

const PROVINCES = ['浙江省', '江苏省', '四川省'];
const owner = { platform: 'feishu', id: 'ou_1' };
let dir: string;
let path: string;
const opened: Db[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gi-bot-migrate-'));
  path = join(dir, 'old.db');
});
afterEach(() => {
  for (const db of opened) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A file as the code before migration 009 left it: its migrations and its rows. */
function oldDatabase(): Db {
  const db = new Database(path);
  opened.push(db);
  db.pragma('journal_mode = WAL');
  migrate(db, migrationFiles().filter((migration) => migration.version < 9));
  for (let i = 0; i < 60; i++) {
    const fields: Record<string, string | number> = { gi_name: `产品${i}`, province: PROVINCES[i % 3] as string };
    if (i % 4 !== 0) fields.annual_output_value = 250_000 * i;
    if (i % 5 !== 0) fields.employees = i % 2 ? i * 3 : `${i * 3}`;
    seedNomination(db, { ownerId: `ou_${i % 7}`, fields, submit: i % 3 === 0, at: new Date(Date.UTC(2026, 3, 1, 8, i)) });
  }
  return db;
}

const rows = (db: Db) => db.prepare('SELECT id, form_version, owner_platform, owner_id, owner_name, status, province, fields, flagged, created_at, updated_at, submitted_at FROM nominations ORDER BY id').all();
const jsonTotals = (db: Db) =>
  db
    .prepare(
      `SELECT province, COALESCE(SUM(CAST(json_extract(fields, '$."annual_output_value".value') AS REAL)), 0) AS a,
         COALESCE(SUM(CAST(json_extract(fields, '$."employees".value') AS REAL)), 0) AS b
       FROM nominations WHERE status IN ('draft', 'submitted') AND province IS NOT NULL GROUP BY province ORDER BY province`,
    )
    .all();
const indexColumns = (db: Db, index: string) => (db.prepare(`SELECT name FROM pragma_index_info(?)`).pluck().all(index) as string[]);

describe('migration 009 (narrower nomination indexes)', () => {
  it('upgrades a file with data in place: every row, audit entry and dialog kept, the values copied into the statistics columns', () => {
    const old = oldDatabase();
    const draftId = (listDrafts(old, 'feishu', 'ou_1')[0] as { id: string }).id;
    saveDialog(old, { platform: 'feishu', userId: 'ou_1', nominationId: draftId, currentField: 'employees', failures: 1, back: ['gi_name'], skipped: [] }, new Date());
    const before = { rows: rows(old), totals: jsonTotals(old), audit: auditTrail(old, draftId), dialog: getDialog(old, 'feishu', 'ou_1') };
    expect(indexColumns(old, 'nominations_owner')).toContain('updated_at');
    old.close();

    const db = openDatabase(path);
    opened.push(db);
    expect(db.prepare('SELECT version FROM schema_migrations WHERE version = 9').pluck().get()).toBe(9);
    expect(rows(db)).toEqual(before.rows);
    expect(auditTrail(db, draftId)).toEqual(before.audit);
    expect(getDialog(db, 'feishu', 'ou_1')).toEqual(before.dialog);
    expect(fieldTotalsByProvince(db, {}, 'annual_output_value', 'employees')).toEqual(before.totals);
    const copied = db
      .prepare(
        `SELECT COUNT(*) FROM nominations WHERE stat_annual_output_value IS NOT json_extract(fields, '$."annual_output_value".value')
           OR stat_employees IS NOT json_extract(fields, '$."employees".value')`,
      )
      .pluck()
      .get();
    expect(copied).toBe(0);
    expect(indexColumns(db, 'nominations_recent')).toEqual(['updated_at', 'id', 'province', 'status']);
    expect(indexColumns(db, 'nominations_province_recent')).toEqual([]);
    expect(indexColumns(db, 'nominations_owner')).toEqual(['owner_platform', 'owner_id', 'status']);
    expect(indexColumns(db, 'nominations_statistics')).toEqual(['province', 'status', 'stat_annual_output_value', 'stat_employees']);
  });

  it('keeps the statistics columns in step with every later write of the two fields, and only those', () => {
    oldDatabase().close();
    const db = openDatabase(path);
    opened.push(db);
    const id = (listDrafts(db, 'feishu', 'ou_1')[0] as { id: string }).id;
    const stats = () => db.prepare('SELECT stat_annual_output_value AS a, stat_employees AS b FROM nominations WHERE id = ?').get(id);
    const at = new Date(Date.UTC(2026, 4, 1));
    setField(db, id, 'annual_output_value', { raw: '3亿元', value: 300_000_000, display: '3亿元' }, owner, at);
    setField(db, id, 'employees', { raw: '1200人', value: 1200, display: '1200人' }, owner, at);
    expect(stats()).toEqual({ a: 300_000_000, b: 1200 });
    setField(db, id, 'gi_name', { raw: '新名', value: '新名', display: '新名' }, owner, at);
    expect(stats()).toEqual({ a: 300_000_000, b: 1200 });
    setField(db, id, 'employees', undefined, owner, at);
    expect(stats()).toEqual({ a: 300_000_000, b: null });
    db.prepare(`INSERT INTO nominations (id, form_version, owner_platform, owner_id, fields, created_at, updated_at) VALUES ('imported', 't', 'feishu', 'x', ?, 'now', 'now')`).run(
      JSON.stringify({ employees: { raw: '7', value: 7, display: '7' } }),
    );
    expect(db.prepare(`SELECT stat_employees FROM nominations WHERE id = 'imported'`).pluck().get()).toBe(7);
    expect(fieldTotalsByProvince(db, {}, 'annual_output_value', 'employees')).toEqual(jsonTotals(db));
  });
});
