import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';
import { pick, random } from '../helpers/random.js';

/**
 * Tables pasted from Excel, Word or Markdown with a header row of the officer's own labels over a
 * row of values: each column goes to the field its header names, whatever the labels' spelling,
 * the columns' order, the cells' separator or the question asked; a unit in the header goes to the
 * bare figures under it; a value its column cannot read is reported, never stored elsewhere.
 */

const shuffled = <T,>(next: () => number, list: readonly T[]): T[] =>
  list
    .map((item) => ({ item, key: next() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);

const plain = (values: Record<string, FieldValue>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)).map(([id, v]) => [id, v.value]));

/** Columns a header may hold: the header cells officers write and the value under each, with what it is once read. */
type Column = { id: string; cells: Array<[header: string, value: string]>; want: unknown };

const NAMES: Column[] = [
  { id: 'gi_name', cells: [['名称', '乌兰察布马铃薯'], ['产品名称', '乌兰察布马铃薯'], ['地理标志名称', '乌兰察布马铃薯'], ['地标名称', '乌兰察布马铃薯']], want: '乌兰察布马铃薯' },
  { id: 'province', cells: [['省份', '内蒙古'], ['所在省', '内蒙古'], ['所属省份', '内蒙古自治区']], want: '内蒙古自治区' },
  { id: 'protection_type', cells: [['保护类型', '证明商标'], ['类型', '证明商标'], ['保护方式', '地理标志证明商标'], ['商标类别', '证明商标']], want: '作为证明商标注册的地理标志' },
  { id: 'registration_no', cells: [['注册号', '10123456'], ['商标注册号', '10123456'], ['注册证号', '10123456']], want: '10123456' },
  { id: 'region', cells: [['地域范围', '内蒙古自治区乌兰察布市现辖行政区域'], ['保护范围', '内蒙古自治区乌兰察布市现辖行政区域'], ['产地范围', '内蒙古自治区乌兰察布市现辖行政区域']], want: '内蒙古自治区乌兰察布市现辖行政区域' },
  { id: 'applicant', cells: [['申请单位', '乌兰察布市马铃薯产业协会'], ['申请人', '乌兰察布市马铃薯产业协会'], ['注册人', '乌兰察布市马铃薯产业协会'], ['注册单位', '乌兰察布市马铃薯产业协会']], want: '乌兰察布市马铃薯产业协会' },
  { id: 'product_category', cells: [['类别', '蔬菜'], ['产品类别', '蔬菜'], ['品类', '蔬菜'], ['所属类别', '蔬菜']], want: '蔬菜' },
];

const FIGURES: Column[] = [
  {
    id: 'annual_output_value',
    cells: [['年产值（亿元）', '160'], ['年产值(万元)', '1600000'], ['产值/亿元', '160'], ['年产值（单位：亿元）', '160'], ['年产值', '160亿元'], ['2023年产值（亿元）', '160'], ['总产值（万元）', '1,600,000']],
    want: 16_000_000_000,
  },
  { id: 'export_value', cells: [['出口额（万美元）', '4500'], ['出口（万美元）', '4500'], ['出口额', '4500万美元'], ['年出口额(万美元)', '4500']], want: 45_000_000 },
  { id: 'related_output_logistics', cells: [['物流产值（亿元）', '12'], ['物流（万元）', '120000'], ['物流产值', '12亿元']], want: 1_200_000_000 },
  { id: 'related_output_tourism', cells: [['旅游产值（亿元）', '3'], ['旅游收入（万元）', '30000'], ['文旅产值', '3亿']], want: 300_000_000 },
  { id: 'employees', cells: [['从业人员（人）', '15000'], ['从业人数（万人）', '1.5'], ['从业人员', '1.5万人'], ['就业人数(人)', '15,000']], want: 15_000 },
  { id: 'income_per_employee', cells: [['人均年收入（元）', '62000'], ['人均收入（万元）', '6.2'], ['人均年收入（元/人）', '62000'], ['人均年收入', '6.2万元']], want: 62_000 },
  { id: 'sales_premium', cells: [['溢价率（%）', '35'], ['溢价率(%)', '35'], ['销售溢价率', '35%'], ['溢价率/%', '35']], want: 35 },
  { id: 'authorized_users', cells: [['用标企业（家）', '98'], ['用标主体（家）', '98'], ['用标企业', '98家'], ['获准使用的市场主体（家）', '98']], want: 98 },
];

/** How cells are parted in a row, and the table's lines around the header. */
const PARTINGS: Array<{ name: string; row: (cells: string[]) => string; rule?: (n: number) => string }> = [
  { name: 'tabs', row: (cells) => cells.join('\t') },
  { name: 'two spaces', row: (cells) => cells.join('  ') },
  { name: 'ideographic spaces', row: (cells) => cells.join('\u3000') },
  { name: 'wide gaps', row: (cells) => cells.join('    ') },
  { name: 'a Markdown table', row: (cells) => `| ${cells.join(' | ')} |`, rule: (n) => `|${'---|'.repeat(n)}` },
  { name: 'bars without edges', row: (cells) => cells.join(' ｜ ') },
  { name: 'single spaces', row: (cells) => cells.join(' ') },
];
const ASKED = [undefined, 'gi_name', 'registration_no', 'annual_output_value', 'support_measures', 'contact_name'];
const LEADS = ['', '表格如下：\n', '我把表里的内容复制过来了\n'];

function table(next: () => number, columns: Column[], parting: (typeof PARTINGS)[number]): { text: string; want: Record<string, unknown> } {
  const chosen = shuffled(next, columns).slice(0, 3 + Math.floor(next() * (columns.length - 2)));
  const cells = chosen.map((c) => pick(next, c.cells));
  const lines = [parting.row(cells.map(([h]) => h)), ...(parting.rule ? [parting.rule(cells.length)] : []), parting.row(cells.map(([, v]) => v))];
  return { text: `${pick(next, LEADS)}${lines.join(pick(next, ['\n', '\r\n']))}`, want: Object.fromEntries(chosen.map((c) => [c.id, c.want])) };
}

describe('a pasted table with a header row over its values', () => {
  for (const [kind, columns] of [
    ['names and choices', NAMES],
    ['figures with units in the header', FIGURES],
  ] as const) {
    it.each(PARTINGS.map((p) => [p.name, p] as const))(`reads ${kind} column by column, parted by %s`, (_, parting) => {
      const next = random(kind.length * 7919 + parting.name.length);
      const wrong: string[] = [];
      for (let n = 0; n < 120; n += 1) {
        const { text, want } = table(next, columns, parting);
        const asked = pick(next, ASKED);
        const read = readMessage(form, {}, asked ? field(asked) : undefined, text);
        const got = plain(read.values);
        const sorted = Object.fromEntries(Object.entries(want).sort(([a], [b]) => a.localeCompare(b)));
        if (JSON.stringify(got) !== JSON.stringify(sorted) || read.unread.some((u) => !/如下|复制/u.test(u))) {
          wrong.push(`${asked ?? '-'} | ${JSON.stringify(text)} → ${JSON.stringify(got)} unread ${JSON.stringify(read.unread)}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('reads several tables of one message, each header over its own values', () => {
    const next = random(17);
    for (let n = 0; n < 60; n += 1) {
      const first = table(next, NAMES, PARTINGS[0] as (typeof PARTINGS)[number]);
      const second = table(next, FIGURES, PARTINGS[0] as (typeof PARTINGS)[number]);
      const text = `${first.text.replace(/^.*[：来]\n/u, '')}\n${second.text.replace(/^.*[：来]\n/u, '')}`;
      const got = plain(readMessage(form, {}, undefined, text).values);
      expect(got).toEqual(Object.fromEntries(Object.entries({ ...first.want, ...second.want }).sort(([a], [b]) => a.localeCompare(b))));
    }
  });

  it('keeps an empty cell empty: a tab row may end early or leave a cell blank', () => {
    const read = readMessage(form, {}, field('gi_name'), '名称\t省份\t保护类型\t注册号\n五常大米\t\t地理标志产品\n');
    expect(plain(read.values)).toEqual({ gi_name: '五常大米', protection_type: '地理标志产品' });
    expect(read.unread).toEqual([]);
  });

  it.each([
    ['年产值\t出口额\n160亿元\t东南亚为主', { annual_output_value: 16_000_000_000 }, '出口额：东南亚为主'],
    ['从业人员（人）\t用标企业（家）\n很多\t98', { authorized_users: 98 }, '从业人员（人）：很多'],
    ['省份\t类别\n四川\t豆瓣酱厂', { province: '四川省', product_category: '豆瓣酱厂' }, undefined],
    ['名称\t保护类型\t注册号\n郫县豆瓣\t商标\t3578925', { gi_name: '郫县豆瓣', registration_no: '3578925' }, '保护类型：商标'],
    ['年产值（亿元）\t溢价率（%）\t备注\n160\t35\t数据来自统计局', { annual_output_value: 16_000_000_000, sales_premium: 35 }, '备注：数据来自统计局'],
  ])('reports a cell its column cannot read and stores it nowhere else: %j', (text, want, unread) => {
    for (const asked of [undefined, 'gi_name', 'export_value', 'employees', 'support_measures']) {
      const read = readMessage(form, {}, asked ? field(asked) : undefined, text);
      expect(plain(read.values)).toEqual(want);
      if (unread) expect(read.unread).toContain(unread);
    }
  });

  it('reads no table where a line of words is followed by another', () => {
    for (const text of ['年产值 出口额都还在统计\n明天发给你', '出口 加工 物流都没有\n旅游也没统计', '名称和省份  回头再发\n今天先填产值']) {
      const read = readMessage(form, {}, field('annual_output_value'), text);
      expect(Object.keys(read.values)).not.toContain('gi_name');
      expect(Object.keys(read.values)).not.toContain('province');
    }
  });

  it.each([
    '年产值（亿元）\t出口额（万美元）\n150\t400\n160\t450',
    '名称  省份\n五常大米  黑龙江\n盘锦大米  辽宁',
    '| 年产值 | 从业人员 |\n|---|---|\n| 150亿元 | 3万人 |\n| 160亿元 | 3.2万人 |',
  ])('stores no value of a header over several rows, and reports the rows: %j', (text) => {
    const read = readMessage(form, {}, field('annual_output_value'), text);
    expect(read.values).toEqual({});
    expect(read.unread.length).toBeGreaterThanOrEqual(2);
  });
});
