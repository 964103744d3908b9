import { describe, expect, it } from 'vitest';
import { extractValues } from '../../src/nomination/extract.js';
import { barsBetweenPairs } from '../../src/nomination/pair-bars.js';
import { shippedForm } from './form-fixtures.js';

/** A bar or a slash between labelled pairs parts them; inside a value or a table row it stays. */

const form = shippedForm();
const values = (text: string): Record<string, string | number> =>
  Object.fromEntries(Object.entries(extractValues(form, text)).map(([id, v]) => [id, v.value]));

const FIGURES: Array<[string[], string, string | number]> = [
  [['产值', '年产值', '总产值'], '58亿元', 5_800_000_000],
  [['出口', '出口额'], '1.2亿元', 120_000_000],
  [['加工', '加工产值'], '6亿元', 600_000_000],
  [['从业者', '从业人员', '从业人数'], '6.5万人', 65_000],
  [['用标单位', '用标企业'], '142家', 142],
  [['溢价', '溢价率'], '35%', 35],
];
const IDS = ['annual_output_value', 'export_value', 'related_output_processing', 'employees', 'authorized_users', 'sales_premium'];
const SEPARATORS = ['｜', '|', ' | ', ' ｜ ', '¦', '/', ' / ', '／'];
const JOINS = [' ', '：', ':', ''];

describe('a bar or a slash between labelled pairs', () => {
  // every separator × label joiner × a rotating choice of label words: the same six values
  const cases = SEPARATORS.flatMap((sep, s) => JOINS.map((join, j) => [sep, join, s + j] as const));
  it.each(cases)('parts pairs joined by %j (label%jvalue)', (sep, join, seed) => {
    const text = FIGURES.map(([labels, value], i) => `${labels[(seed + i) % labels.length]}${join}${value}`).join(sep);
    const expected = Object.fromEntries(FIGURES.map(([, , v], i) => [IDS[i], v]));
    expect(values(text)).toEqual(expected);
  });

  it('parts text pairs too', () => {
    expect(values('名称 青田石雕｜省份 浙江｜注册号 7734520')).toEqual({ gi_name: '青田石雕', province: '浙江省', registration_no: '7734520' });
  });

  it.each([
    '联系电话 0774-3821234/13900001111',
    '溢价 1/2',
    '批准日期 2023/5/1',
    '邮箱 gi@example.com/备用 gi2@example.com',
    '网址 http://www.example.com/产值',
    '人均收入 2万元/人',
    '亩产 3吨/亩',
    '名称 | 五常大米',
    '| 名称 | 五常大米 |',
    '序号 | 项目 | 内容',
  ])('leaves %j as typed', (text) => {
    expect(barsBetweenPairs(form, text)).toBe(text);
  });

  it('keeps a table row read as label | value', () => {
    expect(values('名称 | 五常大米\n省份 | 黑龙江')).toEqual({ gi_name: '五常大米', province: '黑龙江省' });
  });
});
