import { describe, expect, it } from 'vitest';
import { findCorrection } from '../../src/nomination/extract.js';
import { loadForm } from '../../src/nomination/form.js';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';

/**
 * Words around an answer that are none: a lead-in before a labelled answer ("先说别的：申请人是…"),
 * an opening word before a correction ("对了，…要改成…"), a product's name made of numeral
 * characters before its figure ("三七产值两百亿"), words about a figure while a name is asked, and a
 * multiple after the premium's label ("溢价1倍").
 */

const form = loadForm('knowledge');
const read = (asked: string, text: string) => {
  const r = readMessage(form, {}, form.field(asked), text);
  return Object.fromEntries(Object.entries(r.values).map(([id, v]) => [id, v.value]));
};
const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

describe('a lead-in before a labelled answer', () => {
  const LEADS = ['先说别的：', '顺便说下：', '其他的先报：', '补几项：'];
  const PAIRS: Array<[string, string, string]> = [['申请人是', 'applicant', '赣南脐橙协会'], ['产品类别：', 'product_category', '水果'], ['注册人：', 'applicant', '崇明区农业技术推广中心']];
  const cases = LEADS.flatMap((lead, i) => PAIRS.map(([label, id, value], j) => ({ text: `${pick(['证书我得找找，', '', '号码回头给，'], i + j)}${lead}${label}${value}`, id, value })));
  it(`reads the labelled answer after the lead-in in all ${cases.length} messages`, () => {
    expect(cases.filter(({ text, id, value }) => read('registration_no', text)[id] !== value).map((c) => c.text)).toEqual([]);
  });
  it('keeps a colon that ends a field’s label', () => {
    expect(read('registration_no', '申请人：赣南脐橙协会')).toEqual({ applicant: '赣南脐橙协会' });
  });
});

describe('an opening word before a correction', () => {
  const filled: Record<string, FieldValue> = { annual_output_value: { value: 12500000000, raw: '125亿', display: '125亿元' } as FieldValue };
  const OPENINGS = ['对了，', '另外，', '还有，', ''];
  const FIXES = ['前面产值报错了，要改成138亿元', '产值填错了，得改为138亿', '年产值写错了，应该是138亿元'];
  const cases = OPENINGS.flatMap((o) => FIXES.map((f) => `${o}${f}`));
  it(`reads the new value, not the opening word, in all ${cases.length} messages`, () => {
    const wrong = cases.filter((text) => {
      const found = findCorrection(form, text, 'employees', filled);
      return found?.field !== 'annual_output_value' || !/^138亿/u.test(String(found.value));
    });
    expect(wrong).toEqual([]);
  });
});

describe('numeral characters inside a name', () => {
  it('are no figure before the figure told: 三七, 八角, 五味子', () => {
    for (const name of ['三七', '八角', '五味子']) expect(read('annual_output_value', `${name}产值两百亿出头`), name).toEqual({ annual_output_value: 20000000000 });
  });
  it('still count before a unit', () => {
    expect(read('employees', '三万来人')).toEqual({ employees: 30000 });
  });
});

describe('words about a figure while a name is asked', () => {
  it('are never stored as the name', () => {
    for (const text of ['出口很少，没统计', '出口不多', '产值还行吧', '用标企业不太多']) expect(read('applicant', text), text).toEqual({});
  });
  it('an organisation’s name that holds such a word is still the name', () => {
    expect(read('applicant', '某某出口贸易公司')).toEqual({ applicant: '某某出口贸易公司' });
  });
});

describe('a multiple after the premium’s label', () => {
  it('is the excess the label names', () => {
    const cases: Array<[string, number]> = [['溢价1倍左右', 100], ['溢价率大概两倍', 200], ['溢价：1.5倍', 150]];
    expect(cases.filter(([text, value]) => read('employees', text).sales_premium !== value).map(([text]) => text)).toEqual([]);
  });
  it('leaves a percentage as typed', () => {
    expect(read('sales_premium', '溢价30%')).toEqual({ sales_premium: 30 });
  });
});
