import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDialog, type ScriptedDialog } from './dialog-eval.js';

/**
 * A leading interjection (嗯，/ 呃 / 哦，…) or acknowledgement (好的，/ 行，) and a closing full stop are how people type, not what
 * they say: every message of a whole conversation reworded so must end in the same form as the
 * plain one — no start missed, no "稍等" stored as a name, no "无" left unread.
 */

const ANSWERS = [
  '洛川苹果',
  '陕西',
  '地理标志产品',
  '2015年第12号',
  '陕西省延安市洛川县现辖行政区域',
  '洛川县苹果产业协会',
  '水果',
  '年产值大概80亿',
  '无',
  '加工产值12亿',
  '没统计',
  '旅游收入3亿',
  '从业人员两万多人',
  '人均收入4.2万元',
  '溢价三成左右',
  '用标企业120家',
  '县政府每年安排专项资金2000万元，建设苹果溯源平台，开展专用标志使用核准。',
  '新增用标企业20家，举办洛川苹果品牌推介会。',
  '稍等',
  '李建国',
  '13909112345',
  '没有邮箱',
];
const EXPECT = {
  gi_name: '洛川苹果',
  province: '陕西省',
  protection_type: '地理标志产品',
  registration_no: '2015年第12号',
  region: '陕西省延安市洛川县现辖行政区域',
  applicant: '洛川县苹果产业协会',
  product_category: '水果',
  annual_output_value: 8_000_000_000,
  export_value: 0,
  related_output_processing: 1_200_000_000,
  related_output_tourism: 300_000_000,
  employees: 20_000,
  income_per_employee: 42_000,
  sales_premium: 30,
  authorized_users: 120,
  contact_name: '李建国',
  contact_phone: '13909112345',
};

const OPENINGS = ['您好，我想申报重点联系指导名录', '我要报地标', '帮我填一下申报书'];
const FILLERS = ['嗯，', '嗯嗯，', '呃，', '哦，', '啊，', '嗯 ', '好的，', '行，', '嗯，好的，', '收到，'];

const dialog = (id: string, opening: string, change: (text: string) => string): ScriptedDialog => ({
  id,
  user: id,
  name: '测试',
  parts: [[opening, ...ANSWERS.slice(0, 9)].map(change), [...ANSWERS.slice(9), '提交', '确认'].map(change)],
  expect: EXPECT,
});

describe('fillers and full stops around what officers say', () => {
  const work = mkdtempSync(join(tmpdir(), 'gi-bot-fillers-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const cases = [
    ...FILLERS.map((filler, i) => {
      const opening = OPENINGS[i % OPENINGS.length]!;
      return [`${opening} / ${filler}`, dialog(`filler${i}`, opening, (text) => `${filler}${text}`)] as const;
    }),
    ...OPENINGS.map((opening, i) => [`${opening} / 。`, dialog(`stop${i}`, opening, (text) => (/[。！？]$/u.test(text) ? text : `${text}。`))] as const),
  ];

  it('reads the plain conversation whole (the baseline the variants must match)', { timeout: 60_000 }, async () => {
    const score = await runDialog(dialog('plain', OPENINGS[0]!, (text) => text), work);
    expect(score.wrong).toEqual([]);
    expect(score.submitted).toBe(true);
  });

  it.each(cases)('%s', { timeout: 60_000 }, async (_name, variant) => {
    const score = await runDialog(variant, work);
    expect(score.wrong).toEqual([]);
    expect(score.submitted).toBe(true);
  });

  it('a product and its data closed by a full stop open the form', { timeout: 60_000 }, async () => {
    const score = await runDialog(
      { id: 'data_stop', user: 'data_stop', name: '测试', parts: [['信阳毛尖 河南 证明商标。', '3056481']], expect: { gi_name: '信阳毛尖', province: '河南省', protection_type: '作为证明商标注册的地理标志', registration_no: '3056481' } },
      work,
    );
    expect(score.wrong).toEqual([]);
  });
});
