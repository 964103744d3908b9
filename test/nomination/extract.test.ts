import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectCorrection, extractFields, extractValues } from '../../src/nomination/extract.js';
import { shippedForm } from './form-fixtures.js';

const form = shippedForm();

/** fieldId → normalised value of the fields that parsed. */
const values = (text: string): Record<string, string | number> =>
  Object.fromEntries(Object.entries(extractValues(form, text)).map(([id, v]) => [id, v.value]));

describe('extractFields: several fields in one message', () => {
  it.each([
    ['产值3.2亿，从业人员1.5万人', { annual_output_value: 320_000_000, employees: 15_000 }],
    ['联系人张三 电话 13800138000', { contact_name: '张三', contact_phone: '13800138000' }],
    [
      '年产值约3亿元，出口额500万美元，加工产值1.2亿，旅游收入8000万',
      { annual_output_value: 300_000_000, export_value: 5_000_000, related_output_processing: 120_000_000, related_output_tourism: 80_000_000 },
    ],
    ['省份：内蒙，保护类型：集体商标', { province: '内蒙古自治区', protection_type: '作为集体商标注册的地理标志' }],
    ['溢价率30%，用标企业120家', { sales_premium: 30, authorized_users: 120 }],
    ['产值12,000元', { annual_output_value: 12_000 }],
    ['从业人员人均年收入5.6万元', { income_per_employee: 56_000 }],
    ['张三 13800138000 zs@example.com', { contact_name: '张三', contact_phone: '13800138000', contact_email: 'zs@example.com' }],
    ['联系人：王五；邮箱：wang@zj.gov.cn；手机：139 1234 5678', { contact_name: '王五', contact_email: 'wang@zj.gov.cn', contact_phone: '13912345678' }],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it('reports the span it read and a failure for an unreadable value', () => {
    const found = extractFields(form, '产值很多，从业人员1.5万人');
    const output = found.find((e) => e.fieldId === 'annual_output_value');
    expect(output?.span).toBe('很多');
    expect(output?.result.ok).toBe(false);
    expect(found.find((e) => e.fieldId === 'employees')?.span).toBe('1.5万人');
  });

  it('prefers the longest keyword (加工产值 is not 产值)', () => {
    expect(Object.keys(values('加工产值1亿'))).toEqual(['related_output_processing']);
  });

  it('finds nothing in chatter, and ignores huge input', () => {
    expect(extractFields(form, '今天天气不错')).toEqual([]);
    expect(extractFields(form, '产值3亿'.repeat(1000))).toEqual([]);
  });

  it('keeps the first mention of a field', () => {
    expect(values('产值3亿，产值5亿')).toEqual({ annual_output_value: 300_000_000 });
  });
});

describe('detectCorrection', () => {
  it.each([
    ['产值改成3.5亿', { field: 'annual_output_value', value: '3.5亿' }],
    ['把联系人改为李四', { field: 'contact_name', value: '李四' }],
    ['我想把年产值改成4亿元', { field: 'annual_output_value', value: '4亿元' }],
    ['将联系电话修改为13800138000', { field: 'contact_phone', value: '13800138000' }],
    ['从业人数不对，应该是1.6万人', { field: 'employees', value: '1.6万人' }],
    ['修改联系人', { field: 'contact_name' }],
    ['改一下电话', { field: 'contact_phone' }],
    ['联系人填错了', { field: 'contact_name' }],
    ['修改保护类型', { field: 'protection_type' }],
  ])('%s', (text, expected) => {
    expect(detectCorrection(form, text)).toEqual(expected);
  });

  it.each(['联系人：张三', '今天天气不错', '我改主意了', '修改', '', '产值3亿'])('no correction in %j', (text) => {
    expect(detectCorrection(form, text)).toBeUndefined();
  });
});

describe('random input', () => {
  it('never throws; only ids of the form; spans come from the text', () => {
    const ids = new Set(form.fields.map((f) => f.id));
    const keywordSoup = fc
      .array(fc.oneof(fc.constantFrom(...form.fields.flatMap((f) => f.keywords), '改成', '修改', '，', ' '), fc.string({ maxLength: 6 })), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(keywordSoup, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        for (const found of extractFields(form, text)) {
          expect(ids.has(found.fieldId)).toBe(true);
          expect(text).toContain(found.span);
        }
        const correction = detectCorrection(form, text);
        if (correction) expect(ids.has(correction.field)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
