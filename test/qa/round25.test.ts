import { describe, expect, it } from 'vitest';
import { CUE_SHAPES } from '../../src/qa/lexicon.js';
import { analyzeQuery, normalizeText } from '../../src/qa/tokenize.js';
import { answersWith } from './helpers/shipped.js';

/**
 * The v25 round: what officers type that the notices say otherwise, each mechanism stressed with
 * phrasings of its own.
 */

describe('a day spelt in Chinese numerals after its month', () => {
  const readings = {
    // the date as the notices write it
    五月八号前: '5月8日前',
    三月十号: '3月10日',
    二〇二四年一月五日: '2024年1月5日',
    // a numeral that is no day, left as it was
    八号文: '八号文',
    公告第四九八号: '公告第498号',
  };

  it('reads as the notices write the date, and leaves a numeral that is no day alone', () => {
    expect(Object.fromEntries(Object.keys(readings).map((typed) => [typed, normalizeText(typed)]))).toEqual(readings);
  });

  it('is the day\'s date term, which finds the clause dated that day', async () => {
    expect(analyzeQuery('五月八号之前材料交给谁').contentWords).toContain('\u0001d5-8');
    await answersWith('五月八号之前材料交给谁', '运用促进司');
  });
});

describe('the 将 of a notice\'s formula (现将…印发给你们)', () => {
  it('is no duty, as a subject\'s 将 or 要 is', () => {
    expect(CUE_SHAPES.duty.test('现将《地理标志保护工程实施方案》印发给你们,请结合实际认真抓好落实。')).toBe(false);
    expect(CUE_SHAPES.duty.test('特将有关事项通知如下。')).toBe(false);
    expect(CUE_SHAPES.duty.test('国家知识产权局将进一步建立长效机制,加强示范区建设管理和成效复核。')).toBe(true);
    expect(CUE_SHAPES.duty.test('请于2024年3月15日前报送。')).toBe(true);
  });

  it('leaves the clause stating the bureaus\' duty to answer', () => answersWith('保护工程各省级局要干什么', '组织做好项目申报工作'));
});
