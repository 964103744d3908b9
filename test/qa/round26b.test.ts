import { describe, expect, it } from 'vitest';
import { readScope } from '../../src/qa/scope.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { answersWith } from './helpers/shipped.js';

/**
 * The v26 round's second pass: what officers type that the notices say otherwise, each mechanism
 * stressed with phrasings of its own.
 */

describe('a year word before the verb 报 (去年报过的, 每年报一次)', () => {
  const programmes = (question: string): string[] => readScope(question, '2026-11-30').programmes;

  it('names no annual report (年报): 年 and 报 are two words', () => {
    expect(programmes('这个名录去年报过的今年还能再报吗')).toEqual(['key-contact']);
    expect(programmes('名录今年报还来得及吗')).toEqual(['key-contact']);
    expect(programmes('保护工程每年报几个项目')).toEqual(['protection']);
  });

  it('leaves 年报 after a year word alone', () => {
    expect(programmes('去年的年报什么时候交')).toEqual(['special-mark']);
    expect(programmes('今年年报截止几号')).toEqual(['special-mark']);
    expect(programmes('想问下年报填报模板去哪儿下')).toEqual(['special-mark']);
    expect(programmes('之前年报交过了吗')).toEqual(['special-mark']);
    expect(programmes('说明年报怎么填')).toEqual(['special-mark']);
  });

  it('lets 名录 pin the key-contact notice', () => answersWith('名录去年报过的今年还能再报吗', '国知办发运字〔2023〕14号'));
});

describe('a past year told of the asker\'s own act (去年报过的, 前年申报过)', () => {
  const years = (question: string): number[] => readScope(question, '2026-11-30').years;

  it('is when the asker did it, no year of the notice', () => {
    expect(years('名录去年报过的今年还能再报吗')).toEqual([]);
    expect(years('保护工程前年申报过的项目今年还能报吗')).toEqual([]);
    expect(years('我们去年已经交过年报了还要交吗')).toEqual([]);
  });

  it('leaves a year naming the notice alone', () => {
    expect(years('去年那个示范区验收通知说了啥')).toEqual([2025]);
    expect(years('前年的保护工程方案报几个')).toEqual([2024]);
  });

  it('answers from the notice without a caveat on that year', async () => {
    await answersWith('这个名录去年报过的今年还能再报吗', '5月8日');
    await answersWith('保护工程前年申报过的项目今年还能报吗', '不超过2个');
  });
});

describe('what of the asker\'s own would enter the 名录 (我们镇上的大米想进名录)', () => {
  it('is a 地理标志, wherever the asker is', () => {
    expect(analyzeQuery('咱县的苹果能进名录吗').contentWords).toContain('地理标志');
    expect(analyzeQuery('我们乡里的茶叶想列入名录').contentWords).not.toContain('茶叶');
    expect(analyzeQuery('我们乡里的茶叶想列入名录').contentWords).not.toContain('乡里');
  });

  it('leaves an applicant (企业, 协会) as it is', () => {
    expect(analyzeQuery('我们的企业想进名录要啥条件').contentWords).toContain('企业');
  });

  it('lets the clause on what the 名录 selects answer', async () => {
    await answersWith('我们县的苹果想进名录要什么条件', '工作基础好');
    await answersWith('咱镇上的蜂蜜能进名录吗', '工作基础好');
  });
});
