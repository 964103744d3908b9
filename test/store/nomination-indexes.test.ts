import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/db.js';
import {
  allNominations,
  fieldTotalsByProvince,
  nominationProvinces,
  pageNominationRows,
  submittedByProvince,
} from '../../src/store/nomination-queries.js';
import { countSubmitted, latestSubmitted, listDrafts, listNominations } from '../../src/store/nominations.js';
import { seedNomination } from '../http/seed.js';

/**
 * Every query over `nominations` keeps an index after migration 009 narrowed them: the plans
 * SQLite makes for the statements the store functions really run (captured through the
 * connection's `verbose` hook, values bound), on a file with 600 nominations.
 */

const PROVINCES = ['浙江省', '江苏省', '四川省', '云南省', '广东省', '福建省'];
const COLUMNS = { titleField: 'gi_name', requiredFields: ['gi_name', 'province', 'annual_output_value', 'employees'] };

let dir: string;
let db: Database.Database;
const executed: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gi-bot-plans-'));
  db = new Database(join(dir, 'plans.db'), { verbose: (sql) => executed.push(String(sql)) });
  db.pragma('journal_mode = WAL');
  migrate(db);
  db.transaction(() => {
    for (let i = 0; i < 600; i++) {
      seedNomination(db, {
        ownerId: `ou_${i % 90}`,
        fields: { gi_name: `地标产品${i}`, province: PROVINCES[i % PROVINCES.length] as string, annual_output_value: 1e6 * (i % 37), employees: i % 400 },
        submit: i % 2 === 0,
        at: new Date(Date.UTC(2026, 2, 1) + ((i * 7919) % 600) * 60_000),
      });
    }
  })();
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The query plans of the SELECTs `run` executes, one string per statement. */
function plans(run: () => unknown): string[] {
  executed.length = 0;
  run();
  const selects = executed.filter((sql) => /^\s*SELECT/i.test(sql));
  return selects.map((sql) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' | '),
  );
}

const FULL_SCAN = /SCAN nominations(?! USING)/;

describe('nominations queries after migration 009', () => {
  it('walk the list in index order: everything, one province, one status (in a province or not)', () => {
    const [count, page] = plans(() => pageNominationRows(db, {}, { offset: 0, limit: 100 }, COLUMNS));
    expect(page).toMatch(/nominations_recent/);
    expect(page).not.toMatch(/TEMP B-TREE/);
    expect(count).toBeDefined();
    for (const filter of [{ province: '浙江省' }, { province: '浙江省', status: 'submitted' as const }, { status: 'draft' as const }]) {
      const [provinceCount, provincePage] = plans(() => pageNominationRows(db, filter, { offset: 0, limit: 100 }, COLUMNS));
      expect(provincePage).toMatch(/nominations_recent/);
      expect(provincePage).not.toMatch(/TEMP B-TREE/);
      expect(provinceCount).not.toMatch(FULL_SCAN);
    }
  });

  it('search one province through an index on province, not every row', () => {
    for (const plan of plans(() => pageNominationRows(db, { province: '浙江省', search: '产品1' }, { offset: 0, limit: 100 }, COLUMNS))) {
      expect(plan).not.toMatch(FULL_SCAN);
    }
  });

  it('answer the statistics totals from the statistics index alone, also per province', () => {
    for (const filter of [{}, { province: '浙江省' }]) {
      const [totals] = plans(() => fieldTotalsByProvince(db, filter, 'annual_output_value', 'employees'));
      expect(totals).toMatch(/COVERING INDEX nominations_statistics/);
    }
  });

  it('find a person’s drafts and submissions, the quota counts and the provinces through an index', () => {
    const all = [
      ...plans(() => listDrafts(db, 'feishu', 'ou_5')),
      ...plans(() => latestSubmitted(db, 'feishu', 'ou_5')),
      ...plans(() => pageNominationRows(db, { owner: { platform: 'feishu', userId: 'ou_5' } }, { offset: 0, limit: 100 }, COLUMNS)),
    ];
    for (const plan of all) expect(plan).toMatch(/nominations_owner/);
    for (const plan of [...plans(() => countSubmitted(db, '浙江省')), ...plans(() => submittedByProvince(db))]) {
      expect(plan).toMatch(/COVERING INDEX nominations_(status_province|statistics)/);
    }
    expect(plans(() => nominationProvinces(db))[0]).toMatch(/COVERING INDEX/);
    for (const plan of plans(() => listNominations(db, { statuses: ['submitted'], province: '浙江省' }))) expect(plan).not.toMatch(FULL_SCAN);
  });

  it('give the same totals from the columns as summing the JSON values', () => {
    const fromJson = db
      .prepare(
        `SELECT province, COALESCE(SUM(CAST(json_extract(fields, '$."annual_output_value".value') AS REAL)), 0) AS a,
           COALESCE(SUM(CAST(json_extract(fields, '$."employees".value') AS REAL)), 0) AS b
         FROM nominations WHERE status IN ('draft', 'submitted') AND province IS NOT NULL GROUP BY province ORDER BY province`,
      )
      .all();
    expect(fieldTotalsByProvince(db, {}, 'annual_output_value', 'employees')).toEqual(fromJson);
    expect(allNominations(db, {})).toHaveLength(600);
  });
});
