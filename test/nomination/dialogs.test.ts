import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readDialogs, runDialog, type DialogScore } from './dialog-eval.js';

/**
 * Every scripted conversation under test/fixtures/nomination-dialogs/*.jsonl, run the way
 * `run_dialogs.py` runs them (the `gi-bot chat` turn, a restart between parts, the JSON export),
 * in-process. Each file has its floor in thresholds.json; a new file meets the default.
 */

const DIR = 'test/fixtures/nomination-dialogs';
const floorSchema = z.object({ minPct: z.number().min(0).max(100), allSubmitted: z.boolean() });
const thresholds = z
  .record(z.string(), z.union([floorSchema, z.string()]))
  .parse(JSON.parse(readFileSync(join(DIR, 'thresholds.json'), 'utf8')));
const floorOf = (file: string) => floorSchema.parse(thresholds[file] ?? thresholds.default);
const files = readdirSync(DIR).filter((f) => f.endsWith('.jsonl')).sort();
const work = mkdtempSync(join(tmpdir(), 'gi-bot-dialogs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const report = (scores: DialogScore[]): string =>
  scores
    .filter((s) => s.wrong.length > 0 || !s.submitted)
    .map((s) => `${s.id}${s.submitted ? '' : ' (not submitted)'}: ${s.wrong.map((w) => `${w.field} expected ${JSON.stringify(w.expected)} got ${JSON.stringify(w.got)}`).join('; ')}`)
    .join('\n');

describe('scripted nomination conversations', () => {
  it('has the public sample and our own set', () => {
    expect(files).toContain('public-sample.jsonl');
    expect(files).toContain('own-frozen.jsonl');
  });

  for (const file of files) {
    it(`${file} meets its floor`, { timeout: 600_000 }, async () => {
      const floor = floorOf(file);
      const scores: DialogScore[] = [];
      for (const dialog of readDialogs(join(DIR, file))) scores.push(await runDialog(dialog, join(work, file)));
      const right = scores.reduce((n, s) => n + s.right, 0);
      const total = scores.reduce((n, s) => n + s.total, 0);
      const pct = (100 * right) / total;
      console.log(`${file}: ${right}/${total} fields right (${pct.toFixed(1)}%), ${scores.filter((s) => s.submitted).length}/${scores.length} submitted`);
      expect(pct, report(scores)).toBeGreaterThanOrEqual(floor.minPct);
      if (floor.allSubmitted) expect(scores.filter((s) => !s.submitted).map((s) => s.id)).toEqual([]);
    });
  }

  it('a pasted report split over a restart continues where it stopped', { timeout: 120_000 }, async () => {
    const score = await runDialog(
      {
        id: 'paste_restart',
        user: 'paste01',
        name: '测试',
        parts: [
          ['/申报', '名称：赣南脐橙；省份：江西；类型：地理标志产品；公告号：2004年第165号公告'],
          ['继续申报', '保护范围：江西省赣州市现辖行政区域；申请人：赣州市脐橙协会；品类：水果', '年产值：150亿元；从业人员：20万人；用标企业：300家'],
          ['继续申报', '扶持措施：市政府出台脐橙产业发展规划，安排资金1亿元，建立质量追溯体系。\\n明年计划：新增用标企业30家，建设冷链物流中心。', '联系人：李明，电话：0797-8221234', '提交', '确认'],
        ],
        expect: {
          gi_name: '赣南脐橙',
          province: '江西省',
          registration_no: '2004年第165号公告',
          region: '江西省赣州市现辖行政区域',
          applicant: '赣州市脐橙协会',
          annual_output_value: 15_000_000_000,
          employees: 200_000,
          authorized_users: 300,
          support_measures: '市政府出台脐橙产业发展规划，安排资金1亿元，建立质量追溯体系。',
          next_year_plan: '新增用标企业30家，建设冷链物流中心。',
          contact_name: '李明',
          contact_phone: '0797-8221234',
        },
      },
      work,
    );
    expect(score.wrong).toEqual([]);
    expect(score.submitted).toBe(true);
  });
});
