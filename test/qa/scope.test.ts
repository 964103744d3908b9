import { describe, expect, it } from 'vitest';
import { readScope, scopeWeights, type DocumentProfile } from '../../src/qa/scope.js';
import { analyze } from '../../src/qa/tokenize.js';

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
  it('reads 现在 in a question of whether a deadline is open as the time of asking, not the newest notice', () => {
    expect(readScope('现在申报还来得及吗', '2026-11-30').newest).toBe(false);
    expect(readScope('目前还能补交材料吗', '2026-11-30').newest).toBe(false);
    expect(readScope('现在最新的通知是哪个', '2026-11-30').newest).toBe(true);
    expect(readScope('最新一期还能报吗', '2026-11-30').newest).toBe(true);
  });

  it('reads a year told as the time of asking or offered as a choice as naming no notice', () => {
    expect(readScope('现在都2026年10月了，当初那个千企百城名单几号定的', '2026-11-30')).toMatchObject({ years: [], months: [] });
    expect(readScope('今年已经2026年了吧 示范区还在筹建吗', '2026-11-30').years).toEqual([]);
    expect(readScope('千企百城是24年还是25年开始的', '2026-11-30').years).toEqual([]);
    expect(readScope('示范区验收是2024或者2025做的吗', '2026-11-30').years).toEqual([]);
    // A year naming the notice beside them still counts.
    expect(readScope('2025年那个示范区通知，现在都2026年了还有效吗', '2026-11-30').years).toEqual([2025]);
  });

  it('reads a doc number after a year as that year\'s number (22年9号文, 2021年20号), a day after a month as no number', () => {
    expect(readScope('22年9号文讲的啥', '2026-11-30').serial).toEqual({ year: 2022, number: 9 });
    expect(readScope('国知发运字2021年20号是谁发的', '2026-11-30').serial).toEqual({ year: 2021, number: 20 });
    expect(readScope('2023年5月8号之前要交吗', '2026-11-30').serial).toBeUndefined();
    expect(readScope('475号公告有几家', '2026-11-30').serial).toEqual({ number: 475 });
  });

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

  it('prefers the 通知 over a 公示 that fits as well when the question calls the notice it describes a 通知', () => {
    const zones = [{ ...profile('list', ['demo-zone'], 2021), kind: 'notice' }, { ...profile('publicity', ['demo-zone'], 2021), kind: 'publicity' }, profile('home', ['key-contact'], 2023)];
    const called = scopeWeights(readScope('示范区那个通知对省级有啥要求', '2026-11-30'), zones)!;
    expect(called.get('list')).toBe(1);
    expect(called.get('publicity')).toBeLessThan(1);
    // … not when it speaks of something in a notice (通知里), nor when no notice of that kind fits as well
    expect(scopeWeights(readScope('示范区通知里对省级有啥要求', '2026-11-30'), zones)!.get('publicity')).toBe(1);
    const alone = [{ ...profile('publicity', ['demo-zone'], 2021), kind: 'publicity' }, profile('home', ['key-contact'], 2023)];
    expect(scopeWeights(readScope('示范区那个通知对省级有啥要求', '2026-11-30'), alone)!.get('publicity')).toBe(1);
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

  it('holds a notice named by its programme or doc number far above the rest (a year alone does not)', () => {
    const named = weights('名录的联系邮箱');
    expect(named.get('home')).toBe(1);
    expect(named.get('zones')).toBeLessThanOrEqual(0.15);
    expect(weights('千企百城的通知有几个附件').get('home')).toBeLessThanOrEqual(0.15);
    // A year may be the matter's, not the notice's: it only tilts.
    expect(weights('2025年验收了多少个').get('home')).toBe(0.7);
  });

  it('reads a number before 公告 as the announcement\'s number, with or without 号', () => {
    for (const q of ['498公告落款日期是哪天？', '498号公告是哪天发的', '公告第四九八号的落款日期']) expect(readScope(q, '2026-11-30').serial, q).toEqual({ number: 498 });
    expect(readScope('2023年的公告', '2026-11-30').serial).toBeUndefined();
  });

  it('lets a named programme, not "this notice", tell which', () => {
    const named = weights('这个千企百城的通知有几个附件');
    expect(named.get('brands')).toBe(1);
    expect(named.get('home')).toBeLessThan(1);
  });

  it('tells notices the rest fits equally apart by the words of their own titles, when the question describes one', () => {
    const titled = (doc: string, title: string, extra: Partial<DocumentProfile> = {}): DocumentProfile => ({ ...profile(doc, ['demo-zone'], 2021), titleWords: new Set(analyze(title).words), titled: true, ...extra });
    const zones = [
      titled('list', '国家知识产权局办公室关于确定2021年国家地理标志产品保护示范区筹建名单的通知'),
      titled('publicity', '关于2021年国家地理标志产品保护示范区筹建名单的公示'),
      titled('projects', '国家知识产权局办公室关于确定2019年地理标志运用促进工程项目的通知', { programmes: ['promotion'], years: [2019] }),
      titled('plan', '国家知识产权局办公室关于印发《地理标志保护工程实施方案》的通知', { programmes: ['protection'], years: [2024] }),
      { ...profile('results', ['demo-zone'], 2025), titleWords: new Set(analyze('国知发保函字〔2025〕173号').words) },
    ];
    const described = scopeWeights(readScope('2021年确定筹建名单那个通知里，示范区建设的工作原则是什么', '2026-11-30'), zones)!;
    expect(described.get('list')).toBe(1);
    expect(described.get('publicity')).toBeLessThan(1);
    // An untitled copy is not judged by the title it lacks.
    const untitled = scopeWeights(readScope('示范区筹建验收工作的通知文号是啥', '2026-11-30'), zones)!;
    expect(untitled.get('results')).toBe(1);
    // A question that describes no notice, or asks for the newest, is not read for title words.
    expect(scopeWeights(readScope('示范区筹建要确定哪些工作原则', '2026-11-30'), zones)!.get('publicity')).toBe(1);
    expect(readScope('2021年确定筹建名单那个通知是哪天印发的', '2026-11-30').describing).not.toContain('发布');
  });
});

describe('a programme named as the matter, not as the notice', () => {
  const programmes = (question: string) => readScope(question, '2026-11-30').programmes;

  it('takes the programme pointed at as the notice, and drops one compared with the notice', () => {
    expect(programmes('千企百城跟这个名录通知有关系吗')).toEqual(['key-contact']);
    expect(programmes('这个名录通知里提到千企百城了吗')).toEqual(['key-contact']);
    expect(programmes('千企百城跟这个通知有关系吗')).toEqual([]);
  });

  it('keeps a programme word that only names the list a notice is about', () => {
    expect(programmes('确定2021年示范区筹建名录的通知文号').sort()).toEqual(['demo-zone', 'key-contact']);
    expect(programmes('千企百城和名录有什么关系').sort()).toEqual(['key-contact', 'qqbc']);
  });
});
