import { describe, expect, it } from 'vitest';
import { extractValues } from '../../src/nomination/extract.js';
import { readMessage } from '../../src/nomination/reading.js';
import { shippedForm } from './form-fixtures.js';

/** Prose that carries many fields: "label 是/为/有/达到 value" clauses, each read by the label matcher. */

const form = shippedForm();
const plain = (values: Record<string, { value: string | number }>): Record<string, string | number> =>
  Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));
const values = (text: string) => plain(extractValues(form, text));

describe('a paragraph of clauses joined by copulas', () => {
  it('reads every clause, without the copula or the lead-in, and keeps free text to its own clause', () => {
    const text =
      '我们报的是赣南脐橙，江西的，2004年批的地理标志保护产品，公告号是2004年第165号，保护范围为江西省赣州市现辖行政区域，申请单位是赣州市脐橙协会，属于水果。去年产值有150亿元，出口大约2000万美元，从业人员大概七十万人。';
    expect(values(text)).toEqual({
      gi_name: '赣南脐橙',
      province: '江西省',
      protection_type: '地理标志产品',
      registration_no: '2004年第165号',
      region: '江西省赣州市现辖行政区域',
      applicant: '赣州市脐橙协会',
      product_category: '水果',
      annual_output_value: 15_000_000_000,
      export_value: 20_000_000,
      employees: 700_000,
    });
  });

  it.each([
    ['申报的产品是平谷大桃', { gi_name: '平谷大桃' }],
    ['注册人为平谷区大桃协会，品类是水果', { applicant: '平谷区大桃协会', product_category: '水果' }],
    ['年产值达到12亿元，用标企业有46家', { annual_output_value: 1_200_000_000, authorized_users: 46 }],
    ['溢价率大概是20%，人均收入为3.1万元', { sales_premium: 20, income_per_employee: 31_000 }],
    ['联系人是刘洋，电话0731-84221234', { contact_name: '刘洋', contact_phone: '0731-84221234' }],
    ['物流电商产值是6亿元，乡村旅游带动产值约2亿元', { related_output_logistics: 600_000_000, related_output_tourism: 200_000_000 }],
    ['作为证明商标注册的，注册号是2516734', { protection_type: '作为证明商标注册的地理标志', registration_no: '2516734' }],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('keeps measures introduced by a copula whole up to the next clause that names a field', () => {
    const measures = '每年安排资金3000万元，专项资金800万元用于品牌推广，建设标准化基地5万亩';
    expect(values(`扶持政策是${measures}，用标企业有58家`)).toEqual({ support_measures: measures, authorized_users: 58 });
  });

  it('keeps a plan whole when it merely mentions a figure field in passing', () => {
    const plan = form.field('next_year_plan');
    const text = '新增用标企业30家，年产值争取突破4亿元，建设数字溯源平台。';
    expect(plain(readMessage(form, {}, plan, text).values)).toEqual({ next_year_plan: text });
  });

  it('reads a short unlabelled pair by type while the name is asked', () => {
    const name = form.field('gi_name');
    expect(plain(readMessage(form, {}, name, '平谷大桃，北京的').values)).toEqual({ gi_name: '平谷大桃', province: '北京市' });
  });
});
