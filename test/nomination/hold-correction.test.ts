import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDialog, type ScriptedDialog } from './dialog-eval.js';

/**
 * "等等，我查了下表，是16.5亿" sent while the next question is asked takes back the answer just
 * given: a word holding back, maybe a clause saying the figure was looked up again, then the value
 * said with 是. Without the holding word, or with a bare value, the message answers the question
 * asked: nothing filled changes without a signal.
 */

const work = mkdtempSync(join(tmpdir(), 'gi-bot-hold-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const START = ['我要申报', '隰县玉露香梨', '山西', '证明商标', '15273846', '山西省临汾市隰县现辖行政区域', '隰县果业发展中心', '水果'];
let n = 0;
const dialog = (after: string[], expect: Record<string, string | number>): ScriptedDialog => {
  n += 1;
  return { id: `hold${n}`, user: `hold${n}`, name: '测试', parts: [[...START, ...after]], expect };
};

describe('a held-back answer corrected while the next field is asked', () => {
  const HOLD = ['等等', '等一下', '哦不', '不对', '稍等'];
  const CHECKED = ['我查了下表', '我刚核对了一下', '看了下统计报表', ''];
  const SAID = ['是16.5亿', '应该是16.5亿元', '其实是十六点五亿'];
  const WIDTH = ['，', ','];
  const cases = HOLD.map((hold, i) => {
    const checked = CHECKED[i % CHECKED.length] as string;
    const comma = WIDTH[i % WIDTH.length] as string;
    return [hold, checked, SAID[i % SAID.length] as string].filter(Boolean).join(comma);
  });

  it.each(cases)('"%s" corrects 年产值, and the export answered next goes to 出口额', { timeout: 60_000 }, async (text) => {
    const score = await runDialog(dialog(['年产值大约18亿', text, '出口额300万美元'], { annual_output_value: 1_650_000_000, export_value: 3_000_000 }), work);
    expect(score.wrong).toEqual([]);
  });

  const ANSWERS = ['16.5亿', '是16.5亿', '我查了下表，16.5亿'];
  it.each(ANSWERS)('"%s" without a word holding back answers the export asked', { timeout: 60_000 }, async (text) => {
    const score = await runDialog(dialog(['年产值大约18亿', text], { annual_output_value: 1_800_000_000, export_value: 1_650_000_000 }), work);
    expect(score.wrong).toEqual([]);
  });
});

describe('voice answers over a whole conversation', () => {
  it('a run with a field said to have none, a run named by a synonym, a statement and a figure taken back', { timeout: 60_000 }, async () => {
    const measures = '市里每年拿出三千万元支持品牌建设搞了溯源防伪系统还跟市场监管局联合打假';
    const score = await runDialog(
      dialog(
        [
          '产值这块去年统计是一百一十个亿左右出口没有加工那块的话大概二十个亿物流电商那块八个亿旅游不太好算就不填了',
          '从业的一共六十万人不对不对刚才说错了是六万人然后人均一年收入四万出头的样子',
          '比一般的贵五成左右',
          measures,
          '用标企业嗯现在是二百零六家',
        ],
        {
          annual_output_value: 11_000_000_000,
          export_value: 0,
          related_output_processing: 2_000_000_000,
          related_output_logistics: 800_000_000,
          employees: 60_000,
          income_per_employee: 40_000,
          sales_premium: 50,
          support_measures: measures,
          authorized_users: 206,
        },
      ),
      work,
    );
    expect(score.wrong).toEqual([]);
  });
});
