import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadForm } from '../../src/nomination/form.js';
import { readMessage } from '../../src/nomination/reading.js';
import { withSpokenBreaks } from '../../src/nomination/run-on.js';
import { runDialog, type ScriptedDialog } from './dialog-eval.js';

/**
 * How officers say answers when they do not type them one per message: voice input that runs
 * answers together without a stop, labels and values parted by spaces, an emoji after a figure,
 * "有个" before one, and a correction whose new value stands in a clause of its own.
 */

const form = loadForm('knowledge');
const field = (id: string) => form.fields.find((f) => f.id === id)!;
const values = (asked: string, text: string) =>
  Object.fromEntries(Object.entries(readMessage(form, {}, field(asked), text).values).map(([id, v]) => [id, v.value]));

describe('a spoken run of answers', () => {
  const LINKS = ['', '然后', '还有'];
  const FIGURES = [
    { text: '产值的话去年大概是五十个亿左右', id: 'annual_output_value', value: 5_000_000_000 },
    { text: '出口没有', id: 'export_value', value: 0 },
    { text: '加工的话大概有十个亿', id: 'related_output_processing', value: 1_000_000_000 },
    { text: '物流三个亿', id: 'related_output_logistics', value: 300_000_000 },
    { text: '旅游这块有十五个亿吧', id: 'related_output_tourism', value: 1_500_000_000 },
    { text: '从业人员差不多两万多人', id: 'employees', value: 20_000 },
    { text: '人均年收入十万出头', id: 'income_per_employee', value: 100_000 },
    { text: '用标企业一共七百六十家', id: 'authorized_users', value: 760 },
  ];
  // every run of three neighbours, joined by each link: all three are read
  const runs = LINKS.flatMap((link) =>
    FIGURES.slice(0, -2).map((_, i) => {
      const parts = FIGURES.slice(i, i + 3);
      return [`${link || '（无连接词）'} ${parts.map((p) => p.id).join('+')}`, parts.map((p, j) => (j > 0 ? link : '') + p.text).join(''), parts] as const;
    }),
  );

  it.each(runs)('%s', (_name, text, parts) => {
    expect(values('product_category', text)).toEqual(Object.fromEntries(parts.map((p) => [p.id, p.value])));
  });

  it('cuts a name and a short answer after a link: "申请单位是…协会然后类别的话就是水产品"', () => {
    for (const link of ['然后', '还有', '另外']) {
      expect(values('applicant', `申请单位是苏州市阳澄湖大闸蟹行业协会${link}类别的话就是水产品`)).toEqual({
        applicant: '苏州市阳澄湖大闸蟹行业协会',
        product_category: '水产品',
      });
    }
  });

  it('reads a whole form said in one breath, names without their copula and a choice after 的', () => {
    const run = '平谷大桃北京市的地理标志产品批准公告是2005年第183号保护范围是北京市平谷区现辖行政区域申请人北京市平谷区果品办公室类别水果';
    expect(values('gi_name', run)).toEqual({
      gi_name: '平谷大桃',
      province: '北京市',
      protection_type: '地理标志产品',
      registration_no: '2005年第183号',
      region: '北京市平谷区现辖行政区域',
      applicant: '北京市平谷区果品办公室',
      product_category: '水果',
    });
  });

  it('reads 从业 alone as the employees\' name: "从业一百二十万人人均收入两万六"', () => {
    expect(values('employees', '从业一百二十万人人均收入两万六')).toEqual({ employees: 1_200_000, income_per_employee: 26_000 });
  });

  it('keeps names joined by 和 together: "物流和旅游这两块我们没统计"', () => {
    expect(values('related_output_processing', '加工的产值是五亿左右物流和旅游这两块我们没统计就跳过吧')).toEqual({ related_output_processing: 500_000_000 });
  });

  it('never cuts free text or a typed message with stops', () => {
    const measures = '县里每年安排资金5000万元加工企业给补贴物流园区建设也有支持';
    expect(withSpokenBreaks(form, measures)).toBe(measures);
    expect(withSpokenBreaks(form, '产值50亿，出口没有，加工10亿物流3亿')).toBe('产值50亿，出口没有，加工10亿物流3亿');
    // asked for free text, a run is that text whole
    const plan = '明年计划新增用标企业20家然后物流园区扩建3万平方米旅游节再办一届';
    expect(values('next_year_plan', plan)).toEqual({ next_year_plan: plan });
  });
});

describe('a spaced list on one line of a pasted block', () => {
  it('is read as the list it is, the other lines as their labels say', () => {
    const block = ['庆元香菇 浙江 证明商标 注册号第3025946号', '范围是浙江省丽水市庆元县现辖行政区域', '注册人庆元县食用菌产业中心', '类别食用菌'].join('\n');
    expect(values('gi_name', block)).toEqual({
      gi_name: '庆元香菇',
      province: '浙江省',
      protection_type: '作为证明商标注册的地理标志',
      registration_no: '第3025946号',
      region: '浙江省丽水市庆元县现辖行政区域',
      applicant: '庆元县食用菌产业中心',
      product_category: '食用菌',
    });
  });
});

describe('labels and values parted by spaces', () => {
  const APPLICANT_LABELS = ['', '注册人 ', '申请单位 ', '申请人 '];
  const CATEGORY_LABELS = ['类别', '产品类别', '品类'];
  const cases = APPLICANT_LABELS.flatMap((a) => CATEGORY_LABELS.map((c) => `${a}信阳市茶叶协会 ${c} 茶叶`));
  it.each(cases)('%s', (text) => {
    expect(values('applicant', text)).toEqual({ applicant: '信阳市茶叶协会', product_category: '茶叶' });
  });

  it('keeps a spaced list of answers and a name with a space as before', () => {
    expect(values('gi_name', '信阳毛尖 河南 证明商标')).toEqual({ gi_name: '信阳毛尖', province: '河南省', protection_type: '作为证明商标注册的地理标志' });
    expect(values('contact_name', '阿依古丽 买买提')).toEqual({ contact_name: '阿依古丽 买买提' });
  });
});

describe('an emoji or "有个" beside a figure', () => {
  const EMOJI = ['👍', '😊', '🙏🏻', '✌️'];
  const FIGURES = [
    { asked: 'annual_output_value', text: '产值 二百四十亿', value: 24_000_000_000 },
    { asked: 'annual_output_value', text: '240亿', value: 24_000_000_000 },
    { asked: 'employees', text: '从业人员两万来人', value: 20_000 },
    { asked: 'export_value', text: '出口有个两千来万', value: 20_000_000 },
  ];
  const cases = FIGURES.flatMap((f) => EMOJI.flatMap((e) => [`${f.text}${e}`, `${e}${f.text}`, `${f.text} ${e}`].map((text) => [text, f] as const)));
  it.each(cases)('%s', (text, f) => {
    expect(values(f.asked, text)).toEqual({ [f.asked]: f.value });
  });

  it('reads "有个" after a label in every money field', () => {
    expect(values('export_value', '出口大概有个3000万')).toEqual({ export_value: 30_000_000 });
    expect(values('annual_output_value', '产值有个240亿')).toEqual({ annual_output_value: 24_000_000_000 });
  });

  it('still refuses a name that is only an emoji', () => {
    expect(values('gi_name', '👍')).toEqual({});
  });
});

describe('a correction whose new value stands in a clause of its own', () => {
  const work = mkdtempSync(join(tmpdir(), 'gi-bot-spoken-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const START = ['我要申报', '沙县小吃', '福建', '集体商标', '17256834', '福建省三明市沙县区现辖行政区域', '沙县小吃同业公会', '加工食品'];
  const dialog = (id: string, after: string[], expect: Record<string, string | number>): ScriptedDialog => ({ id, user: id, name: '测试', parts: [[...START, ...after]], expect });

  const PREVIOUS = ['哦不对，打错了，是四百八十亿', '不对不对，写错了，应该是480亿', '刚才打错了，是480亿元', '啊错了，480亿'];
  it.each(PREVIOUS)('"%s" sent while the next field is asked corrects the answer just given', { timeout: 60_000 }, async (text) => {
    const score = await runDialog(dialog(`prev${PREVIOUS.indexOf(text)}`, ['年产值五百亿', text, '出口额 3000万元'], { annual_output_value: 48_000_000_000, export_value: 30_000_000 }), work);
    expect(score.wrong).toEqual([]);
  });

  it('a value alone with 应该是 answers the question asked, not the one before', { timeout: 60_000 }, async () => {
    const score = await runDialog(dialog('alone', ['年产值五百亿', '应该是3000万吧'], { annual_output_value: 50_000_000_000, export_value: 30_000_000 }), work);
    expect(score.wrong).toEqual([]);
  });

  const NAMED = ['更正一下，上次年产值写的500亿不准，按统计公报是480亿', '上次年产值写的500亿不准确，应该是480亿', '年产值报错了，按统计局的数是480亿'];
  it.each(NAMED)('"%s" corrects the field it names, never the one asked', { timeout: 60_000 }, async (text) => {
    const score = await runDialog(dialog(`named${NAMED.indexOf(text)}`, ['年产值五百亿', '出口额 3000万元', text, '加工产值60亿'], { annual_output_value: 48_000_000_000, export_value: 30_000_000, related_output_processing: 6_000_000_000 }), work);
    expect(score.wrong).toEqual([]);
  });
});
