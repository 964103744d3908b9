import { describe, expect, it } from 'vitest';
import { parseField } from '../../src/nomination/parsers/index.js';
import { readMessage } from '../../src/nomination/reading.js';
import { form } from './dialog-fixture.js';

/**
 * A word for nothing ("没有", "不清楚") is no name, unit or category: a short text field asked
 * refuses it, so a "none" meant for another question never lands there. Names that merely start
 * with such a character (无锡…, 没药, 空心菜) are kept.
 */

const shortText = form.fields.filter((f) => f.type === 'text');
const NOTHING = ['没有', '没', '无', '暂无', '不知道', '不清楚', '不详', '未知', '待定', '暂缺', '空', '没统计', '不用填', '不填', '还没有', '没有的'];
const ENDINGS = ['', '。', '！', '~'];

describe('a short text field and a word for nothing', () => {
  it('refuses it, for every short text field and ending, alone or as the answer to the question', () => {
    expect(shortText.length).toBeGreaterThanOrEqual(4);
    const taken: string[] = [];
    for (const field of shortText) {
      for (const word of NOTHING) {
        for (const ending of ENDINGS) {
          const text = `${word}${ending}`;
          if (parseField(field, text).ok) taken.push(`${field.id} ${text}`);
          if (field.id in readMessage(form, {}, field, text).values) taken.push(`${field.id} (asked) ${text}`);
        }
      }
    }
    expect(taken).toEqual([]);
  });

  it('keeps names that only start with such a character', () => {
    const names: Array<[string, string]> = [
      ['applicant', '无锡市茶叶协会'],
      ['applicant', '无为县农业农村局'],
      ['gi_name', '没药'],
      ['product_category', '空心菜'],
      ['product_category', '无公害蔬菜'],
      ['contact_name', '于无忌'],
    ];
    for (const [id, text] of names) {
      const field = form.field(id);
      expect(field && parseField(field, text), `${id} ${text}`).toEqual({ ok: true, value: expect.objectContaining({ value: text }) });
    }
  });
});
