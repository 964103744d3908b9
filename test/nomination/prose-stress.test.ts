import { describe, expect, it } from 'vitest';
import { extractValues } from '../../src/nomination/extract.js';
import { shippedForm } from './form-fixtures.js';

/**
 * Prose paragraphs generated from several phrasings of each field ("label 是/为/有/达到 value",
 * a province as "X的", a protection type inside a clause), in rotated orders: every clause must be
 * read into its own field, without the copula, and free text must stop at its own clause.
 */

const form = shippedForm();

interface Case {
  gi: string;
  province: [string, string];
  region: string;
  applicant: string;
  category: string;
}
const CASES: Case[] = [
  { gi: '赣南脐橙', province: ['江西', '江西省'], region: '江西省赣州市现辖行政区域', applicant: '赣州市脐橙协会', category: '水果' },
  { gi: '平谷大桃', province: ['北京', '北京市'], region: '北京市平谷区现辖行政区域', applicant: '北京市平谷区大桃协会', category: '水果' },
  { gi: '文山三七', province: ['云南', '云南省'], region: '云南省文山壮族苗族自治州现辖行政区域', applicant: '文山三七产业协会', category: '中药材' },
  { gi: '宁夏枸杞', province: ['宁夏', '宁夏回族自治区'], region: '宁夏回族自治区中宁县等现辖行政区域', applicant: '宁夏枸杞产业发展中心', category: '中药材' },
  { gi: '镇江香醋', province: ['江苏', '江苏省'], region: '江苏省镇江市现辖行政区域', applicant: '镇江市醋业协会', category: '调味品' },
];

type Phrase = (c: Case, i: number) => [string, Record<string, string | number>];
const GP = '地理标志产品';
const CERT = '作为证明商标注册的地理标志';

const NAME: Phrase[] = [
  (c) => [`我们报的是${c.gi}`, { gi_name: c.gi }],
  (c) => [`申报的产品是${c.gi}`, { gi_name: c.gi }],
  (c) => [`产品名称为${c.gi}`, { gi_name: c.gi }],
];
const PROVINCE: Phrase[] = [
  (c) => [`${c.province[0]}的`, { province: c.province[1] }],
  (c) => [`省份是${c.province[0]}`, { province: c.province[1] }],
  (c) => [`所在省份为${c.province[1]}`, { province: c.province[1] }],
];
const TYPE_AND_NUMBER: Phrase[] = [
  (_, i) => [`${2001 + i}年批的地理标志保护产品，公告号是${2001 + i}年第${10 + i}号`, { protection_type: GP, registration_no: `${2001 + i}年第${10 + i}号` }],
  (_, i) => [`作为证明商标注册的，注册号为${3100000 + i}`, { protection_type: CERT, registration_no: String(3100000 + i) }],
  (_, i) => [`保护类型是证明商标，商标注册号是${5200000 + i}`, { protection_type: CERT, registration_no: String(5200000 + i) }],
];
const REGION: Phrase[] = [
  (c) => [`保护范围为${c.region}`, { region: c.region }],
  (c) => [`地域范围是${c.region}`, { region: c.region }],
];
const APPLICANT: Phrase[] = [
  (c) => [`申请单位是${c.applicant}`, { applicant: c.applicant }],
  (c) => [`注册人为${c.applicant}`, { applicant: c.applicant }],
  (c) => [`申请人是${c.applicant}`, { applicant: c.applicant }],
];
const CATEGORY: Phrase[] = [
  (c) => [`属于${c.category}`, { product_category: c.category }],
  (c) => [`品类是${c.category}`, { product_category: c.category }],
  (c) => [`产品类别为${c.category}`, { product_category: c.category }],
];
const FIGURES: Phrase[] = [
  (_, i) => [`去年产值有${20 + i}亿元`, { annual_output_value: (20 + i) * 1e8 }],
  (_, i) => [`年产值达到${30 + i}亿元`, { annual_output_value: (30 + i) * 1e8 }],
  (_, i) => [`出口大约${1000 + i}万美元`, { export_value: (1000 + i) * 1e4 }],
  (_, i) => [`出口额是${500 + i}万美元`, { export_value: (500 + i) * 1e4 }],
  (_, i) => [`从业人员大概${2 + i}万人`, { employees: (2 + i) * 1e4 }],
  (_, i) => [`从业人数有${3 + i}万人`, { employees: (3 + i) * 1e4 }],
  (_, i) => [`用标企业有${40 + i}家`, { authorized_users: 40 + i }],
  (_, i) => [`获准用标的企业达到${60 + i}家`, { authorized_users: 60 + i }],
  (_, i) => [`人均收入为${2 + (i % 5)}.5万元`, { income_per_employee: (2 + (i % 5)) * 1e4 + 5000 }],
];

const GROUPS = [NAME, PROVINCE, TYPE_AND_NUMBER, REGION, APPLICANT, CATEGORY];
const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

/** Paragraph i: one phrasing per group, the groups rotated, two figures at the end. */
function paragraph(i: number): [string, Record<string, string | number>] {
  const c = pick(CASES, i);
  const parts = GROUPS.map((group, g) => pick(group, Math.floor(i / (g + 1)) + g)(c, i % 20));
  const rotated = [...parts.slice(i % parts.length), ...parts.slice(0, i % parts.length)];
  const figures = [pick(FIGURES, i)(c, i % 20), pick(FIGURES, i + 4)(c, i % 20)];
  const all = [...rotated, ...figures];
  const text = `${all.map(([t]) => t).join('，')}。`;
  return [text, Object.assign({}, ...all.map(([, v]) => v))];
}

const paragraphs = Array.from({ length: 540 }, (_, i) => paragraph(i));

describe('prose paragraphs under stress', () => {
  it(`reads every field of ${paragraphs.length} generated paragraphs`, () => {
    const wrong = paragraphs
      .map(([text, expected]) => {
        const got = Object.fromEntries(Object.entries(extractValues(form, text)).map(([id, v]) => [id, v.value]));
        return { text, expected, got };
      })
      .filter(({ expected, got }) => JSON.stringify(Object.entries(expected).sort()) !== JSON.stringify(Object.entries(got).sort()));
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
