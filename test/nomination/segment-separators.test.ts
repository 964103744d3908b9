import { describe, expect, it } from 'vitest';
import { extractValues } from '../../src/nomination/extract.js';
import { shippedForm } from './form-fixtures.js';

/** Pasted blocks whose pairs are separated by something other than line breaks. */

const form = shippedForm();
const values = (text: string): Record<string, string | number> =>
  Object.fromEntries(Object.entries(extractValues(form, text)).map(([id, v]) => [id, v.value]));

const PAIRS = { gi_name: '湘西椪柑', province: '湖南省', registration_no: '2156789', product_category: '水果' };
const ITEMS: Array<[string, string]> = [
  ['名称', '湘西椪柑'],
  ['省份', '湖南'],
  ['注册号', '2156789'],
  ['品类', '水果'],
];

describe('separators between label：value pairs', () => {
  it.each([
    ['two spaces', ITEMS.map(([l, v]) => `${l}：${v}`).join('  ')],
    ['a tab', ITEMS.map(([l, v]) => `${l}：${v}`).join('\t')],
    ['an ideographic space', ITEMS.map(([l, v]) => `${l}：${v}`).join('\u3000')],
    ['one space before the next label', ITEMS.map(([l, v]) => `${l}：${v}`).join(' ')],
    ['【label】value', ITEMS.map(([l, v]) => `【${l}】${v}`).join('')],
    ['【label】：value with spaces', ITEMS.map(([l, v]) => `【${l}】： ${v}`).join(' ')],
    ['numbered items on one line', ITEMS.map(([l, v], i) => `${i + 1}.${l}：${v}`).join(' ')],
    ['numbered with 、', ITEMS.map(([l, v], i) => `${i + 1}、${l}：${v}`).join(' ')],
    ['numbered with brackets', ITEMS.map(([l, v], i) => `（${i + 1}）${l}：${v}`).join(' ')],
    ['Chinese numerals', ITEMS.map(([l, v], i) => `${'一二三四'[i]}、${l}：${v}`).join(' ')],
    ['numbered with 、 on lines', ITEMS.map(([l, v], i) => `${i + 1}、${l}：${v}`).join('\n')],
    ['numbered after semicolons', ITEMS.map(([l, v], i) => `${i + 1}、${l}：${v}`).join('；')],
    ['table rows "label | value"', ITEMS.map(([l, v]) => `${l} | ${v}`).join('\n')],
    ['table rows with a full-width bar', ITEMS.map(([l, v]) => `${l}｜${v}`).join('\n')],
    ['table rows with a bar at the start', ITEMS.map(([l, v]) => `| ${l} | ${v}`).join('\n')],
    ['markdown table rows', ITEMS.map(([l, v]) => `| ${l} | ${v} |`).join('\n')],
  ])('splits %s', (_, text) => {
    expect(values(text)).toEqual(PAIRS);
  });

  it('ends a numbered free-text item before the next number', () => {
    expect(values('5、保护范围：湖南省湘西州现辖行政区域 6、申请人：湘西州柑橘协会')).toEqual({
      region: '湖南省湘西州现辖行政区域',
      applicant: '湘西州柑橘协会',
    });
  });

  it('keeps a decimal and spaced phone digits as they are', () => {
    expect(values('从业人员：1.5万人 电话：139 9530 1234')).toEqual({ employees: 15_000, contact_phone: '13995301234' });
  });
});
