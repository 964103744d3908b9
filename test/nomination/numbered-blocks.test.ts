import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import { opensWithAnswers } from '../../src/nomination/dialog/answers-opening.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';

/**
 * A pasted block numbered 一、二、… or 1. 2. …: the numbers part the pairs and are never a value —
 * not when an item is empty ("一、" left on its own line once its pair was read), not as a lone
 * numeral that only the premium's percentage could take.
 */

const plain = (values: Record<string, FieldValue>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)).map(([id, v]) => [id, v.value]));

const CHINESE = '一二三四五六七八九十';
const MARKS: Array<[string, (i: number) => string]> = [
  ['一、', (i) => `${CHINESE[i]}、`],
  ['1.', (i) => `${i + 1}.`],
  ['1、', (i) => `${i + 1}、`],
  ['（1）', (i) => `（${i + 1}）`],
  ['(一)', (i) => `(${CHINESE[i]})`],
  ['①', (i) => String.fromCharCode(0x2460 + i)],
];
const PAIRS: Array<[string, string, string, unknown]> = [
  ['地标名称', '赣南脐橙', 'gi_name', '赣南脐橙'],
  ['所属省份', '江西', 'province', '江西省'],
  ['保护形式', '地理标志证明商标', 'protection_type', '作为证明商标注册的地理标志'],
  ['商标注册号', '5016789', 'registration_no', '5016789'],
  ['产地范围', '江西省赣州市所辖18个县（市、区）', 'region', '江西省赣州市所辖18个县（市、区）'],
  ['注册人', '赣州市果业发展中心', 'applicant', '赣州市果业发展中心'],
  ['所属类别', '水果', 'product_category', '水果'],
];
const SEPARATORS = ['：', ':', '　'];
const ASKED = [undefined, 'gi_name', 'province', 'annual_output_value', 'sales_premium'];

describe('a numbered block of pairs', () => {
  it.each(MARKS)('reads its pairs and no number, numbered %s', (_, mark) => {
    const wrong: string[] = [];
    for (const separator of SEPARATORS) {
      for (const asked of ASKED) {
        for (const emptyFirst of [false, true]) {
          const lines = PAIRS.map(([label, value], i) => (emptyFirst && i === 0 ? mark(i) : `${mark(i)}${label}${separator}${value}`));
          const want = Object.fromEntries(PAIRS.filter((_, i) => !(emptyFirst && i === 0)).map(([, , id, v]) => [id, v]));
          const got = plain(readMessage(form, {}, asked ? field(asked) : undefined, lines.join('\n')).values);
          const sorted = Object.fromEntries(Object.entries(want).sort(([a], [b]) => a.localeCompare(b)));
          if (JSON.stringify(got) !== JSON.stringify(sorted)) wrong.push(`${asked ?? '-'} | ${JSON.stringify(lines.join('\n'))} → ${JSON.stringify(got)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it.each(MARKS)('opens the form with the name and reads the rest without the name’s number, numbered %s', (_, mark) => {
    const text = PAIRS.map(([label, value], i) => `${mark(i)}${label}：${value}`).join('\n');
    const opened = opensWithAnswers(form, text);
    expect(opened?.name).toBe('赣南脐橙');
    const got = plain(readMessage(form, {}, undefined, opened?.rest ?? '').values);
    expect(got).toEqual(Object.fromEntries(PAIRS.slice(1).map(([, , id, v]) => [id, v]).sort(([a], [b]) => String(a).localeCompare(String(b)))));
  });

  it.each(['二', '三', '七', '十'])('gives a lone numeral to no figure field: %s', (numeral) => {
    for (const asked of [undefined, 'gi_name', 'province', 'registration_no']) {
      const got = plain(readMessage(form, {}, asked ? field(asked) : undefined, numeral).values);
      expect(got.sales_premium).toBeUndefined();
    }
  });

  it('still reads a premium said with its label inside the block', () => {
    const text = ['一、年产值：190亿元', '二、溢价率：30%', '三、用标主体：190家'].join('\n');
    expect(plain(readMessage(form, {}, undefined, text).values)).toEqual({ annual_output_value: 19_000_000_000, authorized_users: 190, sales_premium: 30 });
  });
});
