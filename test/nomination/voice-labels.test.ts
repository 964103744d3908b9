import { describe, expect, it } from 'vitest';
import { loadForm } from '../../src/nomination/form.js';
import { readMessage } from '../../src/nomination/reading.js';
import { withSpokenBreaks } from '../../src/nomination/run-on.js';
import { fill } from './form-fixtures.js';

/**
 * Voice input that says each field's name with its copula and never stops ("…现辖行政区域注册人是
 * 恩施市茶业协会品类是茶叶"), and spoken figures ending on a numeral ("人均收入大概三万六溢价是…"):
 * each begins an answer of its own. A name another word modifies ("加工的产值是五亿") or one inside a
 * longer name or a choice ("物流产值是", "证明商标注册号") is no break. Generated from pieces, with
 * and without the closing full stop speech-to-text adds. (A name the segmenter glues to the word
 * before it, 行政区域管理机构, is not cut: a known limit.)
 */

const form = loadForm('knowledge');
const field = (id: string) => form.fields.find((f) => f.id === id)!;
const read = (asked: string, text: string) =>
  Object.fromEntries(Object.entries(readMessage(form, fill(form, {}), field(asked), text).values).map(([id, v]) => [id, v.value]));

const REGIONS = ['湖北省恩施土家族苗族自治州恩施市现辖行政区域', '福建省南平市武夷山市现辖行政区域'];
const APPLICANTS = [
  ['注册人是', '恩施市茶业协会'],
  ['申请单位是', '武夷山市茶业同业公会'],
  ['申报主体就是', '武夷山市茶叶科学研究所'],
] as const;
const CATEGORIES = [
  ['品类是', '茶叶'],
  ['类别的话', '茶叶'],
  ['产品类别是', '茶叶'],
] as const;
const ENDS = ['', '。'];

describe('names said with their copula in a spoken run', () => {
  const cases = REGIONS.flatMap((region, r) =>
    APPLICANTS.flatMap(([label, applicant], a) =>
      CATEGORIES.map(([name, category], c) => ({
        text: `地域范围就是${region}${label}${applicant}${name}${category}${ENDS[(r + a + c) % 2]}`,
        expected: { region, applicant, product_category: category },
      })),
    ),
  );

  it(`reads region, applicant and category apart in ${cases.length} generated runs`, () => {
    const sorted = (values: Record<string, unknown>) => JSON.stringify(Object.entries(values).sort());
    const wrong = cases.filter(({ text, expected }) => sorted(read('region', text)) !== sorted(expected)).map((c) => `${c.text} → ${sorted(read('region', c.text))}`);
    expect(wrong).toEqual([]);
  });

  it('reads spoken figures that end on a numeral before the next field\'s name', () => {
    expect(read('employees', '从业的有六万人左右人均收入大概三万六溢价是百分之三十五用标的企业七十二家')).toEqual({
      employees: 60000,
      income_per_employee: 36000,
      sales_premium: 35,
      authorized_users: 72,
    });
  });

  it('never breaks inside a longer name or a choice: 物流产值是, 保护范围是, 证明商标注册号', () => {
    expect(read('export_value', '物流产值是四千万产值是六点八亿')).not.toHaveProperty('annual_output_value', 40_000_000);
    expect(read('gi_name', '保护范围是浙江省金华市磐安县现辖行政区域')).toEqual({ region: '浙江省金华市磐安县现辖行政区域' });
    expect(withSpokenBreaks(form, '我们报的是恩施玉露湖北省恩施州的是证明商标注册号是8012345')).not.toContain('证明，');
  });

  it('does not break at a name another word modifies: 加工的产值是五亿 is the processing figure', () => {
    const values = read('annual_output_value', '产值去年是二十四亿出口有一千五百万美元加工的产值是五亿左右');
    expect(values).toMatchObject({ annual_output_value: 2_400_000_000, related_output_processing: 500_000_000 });
  });
});
