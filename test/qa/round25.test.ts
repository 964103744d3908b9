import { describe, expect, it } from 'vitest';
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
