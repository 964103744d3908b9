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

describe('the asking of a name or of a kind', () => {
  it('is no word a passage must hold', () => {
    expect(analyzeQuery('地方上自己搞的名录叫啥名称').contentWords).not.toContain('名称');
    expect(analyzeQuery('那个方案叫什么名字').contentWords).not.toContain('名字');
    expect(analyzeQuery('福建算哪种试点').contentWords).not.toContain('种');
    expect(analyzeQuery('福建属于哪一种').contentWords).toEqual(['福建']);
  });

  it('keeps 种 where it is part of a word', () => {
    expect(analyzeQuery('哪种植物').contentWords).toContain('植物');
  });

  it('lets the clause naming the local list answer', () => answersWith('地方上自己搞的名录叫啥名称', '地方地理标志运用促进重点联系指导名录'));
  it('lets the clause naming the pilot\'s kind answer', () => answersWith('海南在2022年核准改革试点里属于哪种', '延续开展第二批改革试点'));
});

describe('后续 in a question about what comes next', () => {
  it('is the asking, as 今后 is', () => {
    expect(analyzeQuery('千企百城国知局后续要干啥').contentWords).not.toContain('后续');
  });

  it('lets the plan stated with 将 answer', () => answersWith('千企百城国家局后续还要做啥', '宣传推广'));
});

describe('online, in officers\' words', () => {
  it('is the notices\' 在线', () => {
    expect(analyzeQuery('年报可以线上填吗').contentWords).toContain('在线');
    expect(analyzeQuery('能不能网上填').contentWords).toContain('在线');
  });

  it('finds the clause on filling in online', () => answersWith('年报可以线上填吗', '在线填报'));
});

describe('the start or end of a period asked by its month (从几月开始, 到哪个月结束)', () => {
  it('is the asking, as 哪天开始 is', () => {
    expect(analyzeQuery('示范区筹建期从几月开始').contentWords).not.toContain('开始');
    expect(analyzeQuery('筹建期到哪个月结束').contentWords).not.toContain('结束');
  });

  it('lets the clause giving the period answer', () => answersWith('示范区筹建期从几月开始算', '2021年9月'));
});

describe('the noun a "which one" question asks, before an aside in brackets', () => {
  it('is still the noun asked', () => {
    expect(analyzeQuery('示范区验收后要建立什么机制(2025)').askedHead).toBe('机制');
    expect(analyzeQuery('年报在什么系统（线上）').askedHead).toBe('系统');
  });

  it('lets the clause naming that noun answer', () => answersWith('示范区验收后国家局要建立什么机制（2025）', '长效机制'));
});
