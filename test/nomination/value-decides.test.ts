import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';

/**
 * Officers' own labels that name a field loosely, wrongly or by one character ("商标类别",
 * "类", "省"): the value decides among the fields the label's words point at — an option of one
 * choice field by name, or a value only one of them takes outright — and never goes to a field
 * that merely takes any text.
 */

const plain = (values: Record<string, FieldValue>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));

const cross = <T extends unknown[]>(...lists: { [K in keyof T]: T[K][] }): T[] =>
  lists.reduce<unknown[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]) as T[];

/** Labels an officer may write over a value, and the values with the field and what it holds. */
const CASES: Array<{ labels: string[]; values: Array<[string, string, unknown]> }> = [
  {
    labels: ['商标类别', '类别', '商标类型', '类型', '注册类别', '所属类别', '性质', '类', '保护形式', '商标性质'],
    values: [
      ['证明商标', 'protection_type', '作为证明商标注册的地理标志'],
      ['集体商标', 'protection_type', '作为集体商标注册的地理标志'],
      ['地理标志证明商标', 'protection_type', '作为证明商标注册的地理标志'],
      ['地理标志保护产品', 'protection_type', '地理标志产品'],
    ],
  },
  {
    labels: ['类', '类别', '品类', '产品类别', '类型', '所属类别', '产品类型'],
    values: [
      ['中药材', 'product_category', '中药材'],
      ['茶叶', 'product_category', '茶叶'],
      ['调味品', 'product_category', '调味品'],
      ['水产品', 'product_category', '水产品'],
    ],
  },
  {
    labels: ['省', '省份', '所在省', '所属省', '省区'],
    values: [
      ['吉林', 'province', '吉林省'],
      ['四川省', 'province', '四川省'],
      ['内蒙古', 'province', '内蒙古自治区'],
    ],
  },
];
const SEPARATORS = ['：', ':', '： '];
const ASKED = [undefined, 'gi_name', 'province', 'protection_type', 'registration_no', 'product_category', 'annual_output_value', 'support_measures'];
/** Other lines of the same pasted block. */
const AROUND = ['', '品名：长白山人参\n', '注册单位：吉林省长白山人参产业协会\n'];

describe('a label read with its value', () => {
  const cases = cross<[(typeof CASES)[number], string, string | undefined, string]>(CASES, SEPARATORS, ASKED, AROUND).flatMap(([group, separator, asked, around]) =>
    group.labels.flatMap((label) => group.values.map(([value, id, want]) => ({ text: `${around}${label}${separator}${value}`, asked, id, want }))),
  );

  it(`gives the value to the field it decides in ${cases.length} generated blocks`, () => {
    const wrong = cases.flatMap(({ text, asked, id, want }) => {
      const got = plain(readMessage(form, {}, asked ? field(asked) : undefined, text).values);
      const others = Object.keys(got).filter((k) => k !== id && k !== 'gi_name' && k !== 'applicant');
      return got[id] === want && others.length === 0 ? [] : [`${asked ?? '-'} | ${JSON.stringify(text)} → ${JSON.stringify(got)}`];
    });
    expect(wrong).toEqual([]);
  });

  it('reads the colleague’s block of own labels whole', () => {
    const text = ['品名：长白山人参', '省：吉林', '商标类别：证明商标', '注册证号：第3129876号', '范围：吉林省白山市、通化市所辖长白山区域', '注册单位：吉林省长白山人参产业协会', '类：中药材'].join('\n');
    const got = plain(readMessage(form, {}, field('province'), text).values);
    expect(got).toMatchObject({ province: '吉林省', protection_type: '作为证明商标注册的地理标志', product_category: '中药材', registration_no: '第3129876号' });
  });

  it.each([
    ['类别：粮油', { product_category: '粮油' }],
    ['产品名称：安溪铁观音', { gi_name: '安溪铁观音' }],
    ['类型：地理标志产品', { protection_type: '地理标志产品' }],
    ['联系人：王磊', { contact_name: '王磊' }],
    ['申请单位：吉林省长白山人参产业协会', { applicant: '吉林省长白山人参产业协会' }],
  ])('leaves a label that names its field to that field: %s', (text, want) => {
    expect(plain(readMessage(form, {}, undefined, text).values)).toEqual(want);
  });

  it.each(['类：鲜食玉米礼盒', '省：江南一带', '类：3', '省：2'])('stores a one-character label’s value nowhere when it fits no field outright: %s', (text) => {
    const got = plain(readMessage(form, {}, field('registration_no'), text).values);
    expect(Object.keys(got).filter((k) => k !== 'registration_no')).toEqual([]);
  });
});
