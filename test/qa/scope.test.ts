import { describe, expect, it } from 'vitest';
import { readScope, scopeWeights, type DocumentProfile } from '../../src/qa/scope.js';

/** Which notice a question is about, over three notices of different programmes. */

const profile = (doc: string, programmes: string[], year: number): DocumentProfile => ({
  doc,
  years: [year],
  programmes,
  date: `${year}-06-01`,
  titleWords: new Set(),
  months: [`${year}-06`],
});
const PROFILES = [profile('home', ['key-contact'], 2023), profile('brands', ['qqbc'], 2023), profile('zones', ['demo-zone'], 2025)];
const weights = (question: string) => scopeWeights(readScope(question, '2026-11-30'), PROFILES)!;

describe('the notice a question is about', () => {
  it('prefers the programme the bot serves mildly when a question names no notice', () => {
    expect(weights('附件有几个').get('home')).toBe(1);
    expect(weights('附件有几个').get('brands')).toBe(0.6);
  });

  it('prefers it firmly when the question speaks of "this notice" without naming which', () => {
    for (const question of ['这个通知一共几个附件', '这次通知是按哪个文件的要求来的？', '本通知的附件有哪些']) {
      expect(weights(question).get('home')).toBe(1);
      expect(weights(question).get('brands')).toBe(0.35);
    }
  });

  it('tells a 公示 from the notice of its programme when the question names the 公示', () => {
    const zones = [profile('list', ['demo-zone'], 2021), { ...profile('publicity', ['demo-zone'], 2021), kind: 'publicity' }, { ...profile('pilots', ['special-mark'], 2022), kind: 'announcement' }];
    const named = scopeWeights(readScope('示范区筹建名单公示有意见打哪个电话', '2026-11-30'), zones)!;
    expect(named.get('publicity')).toBe(1);
    expect(named.get('list')).toBeLessThan(1);
    // "通知" is what any notice is called: it tells none apart.
    expect(readScope('示范区的通知里说了什么', '2026-11-30').kinds).toEqual([]);
  });

  it('tells two notices of one programme and year apart by the month named with the year, not by a deadline\'s', () => {
    const marks = [{ ...profile('march', ['special-mark'], 2022), months: ['2022-03'] }, { ...profile('august', ['special-mark'], 2022), months: ['2022-08'] }];
    const august = scopeWeights(readScope('22年8月那个专用标志公告里有安吉白茶吗', '2026-11-30'), marks)!;
    expect(august.get('august')).toBe(1);
    expect(august.get('march')).toBeLessThan(1);
    expect(readScope('2022年3月那次专用标志核准公告是依据什么规定', '2026-11-30').months).toEqual(['2022-03']);
    expect(readScope('请在2023年5月8日前报送吗', '2026-11-30').months).toEqual([]);
    expect(readScope('公示期是2021年7月15日至8月25日吗', '2026-11-30').months).toEqual([]);
  });

  it('lets a named programme, not "this notice", tell which', () => {
    const named = weights('这个千企百城的通知有几个附件');
    expect(named.get('brands')).toBe(1);
    expect(named.get('home')).toBeLessThan(1);
  });
});
