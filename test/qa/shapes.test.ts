import { describe, expect, it } from 'vitest';
import { CUE_TERMS, PLACE_ASKED } from '../../src/qa/lexicon.js';
import { batchesOf, enumerationHeads, missesListHead, otherBatch, shapesOf } from '../../src/qa/shapes.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { shippedQa } from './helpers/shipped.js';

describe('sentence shapes', () => {
  it('reads a year as a date and a length as a duration, neither as a count; a count as a number', () => {
    expect(shapesOf('请于2023年5月8日前报送')).not.toContain(CUE_TERMS.number);
    expect(shapesOf('遴选了160件地理标志')).toContain(CUE_TERMS.number);
    for (const text of ['实施期为3年', '公示期为30个工作日', '为期6个月']) {
      expect(shapesOf(text)).toContain(CUE_TERMS.duration);
      expect(shapesOf(text)).not.toContain(CUE_TERMS.number);
    }
  });

  it('reads any time (可随时报送) as the answer to when, as a date is', () => {
    expect(shapesOf('果园遇到的突发情况可随时上报')).toContain(CUE_TERMS.date);
    expect(shapesOf('果园遇到的突发情况要及时上报')).not.toContain(CUE_TERMS.date);
  });

  it('reads the end of a period as a deadline, a span of years as a duration, a batch by its ordinal', () => {
    for (const text of ['公示期为30个工作日(2021年7月15日至2021年8月25日)', '征集时间自即日起到9月30日', '报名至2024年3月1日止']) expect(shapesOf(text)).toContain(CUE_TERMS.deadline);
    expect(shapesOf('于2021年7月15日召开')).not.toContain(CUE_TERMS.deadline);
    for (const text of ['《行动方案(2023—2025年)》', '2021-2023年开展试点']) expect(shapesOf(text)).toContain(CUE_TERMS.duration);
    expect(shapesOf('2023年5月8日')).not.toContain(CUE_TERMS.duration);
    for (const text of ['申报第二批拟纳入名录的地理标志', '纳入首批名录', '第10批']) expect(shapesOf(text)).toContain(CUE_TERMS.batch);
    expect(shapesOf('批准了一批示范区')).not.toContain(CUE_TERMS.batch);
    for (const q of ['这回报的是第几批啊', '这是哪一批名录', '哪批']) expect(analyzeQuery(q).cues).toContain('batch');
  });

  it('leaves the ordinal of a part named (第三部分, 第5条) to the ranking: it is no word a sentence holds', () => {
    for (const q of ['第三部分把名录地标比作啥', '通知第5条说了什么', '第二点讲的是啥']) {
      expect(analyzeQuery(q).contentWords.filter((w) => /^(?:第.|[三五二]|3|5|2)$/u.test(w))).toEqual([]);
    }
    expect(analyzeQuery('第三部分把名录地标比作啥').contentWords).toContain('名录');
  });

  it('does not take the provinces\' set name for an enumeration', () => {
    expect(shapesOf('各省、自治区、直辖市知识产权局:')).not.toContain(CUE_TERMS.list);
    expect(shapesOf('品牌推广、经验交流、培训讲座等活动')).toContain(CUE_TERMS.list);
  });
});

describe('naming the members of a set', () => {
  const products = '生产贺兰山东麓葡萄酒、平遥牛肉、沁州黄小米等14个产品的59家企业,使用地理标志专用标志';

  it('reads the noun an enumeration closes on', () => {
    expect(enumerationHeads(products)).toEqual(['产品']);
    expect(enumerationHeads('在项目分配、部门协作、政策落地等方面予以倾斜')[0]).toMatch(/^方面/);
  });

  it('reads which set a question asks to be named', () => {
    expect(analyzeQuery('498号公告里做平遥牛肉的是哪几家企业').namedSet).toBe('企业');
    expect(analyzeQuery('那48家企业具体是谁').namedSet).toBe('企业');
    expect(analyzeQuery('首批名单里有哪些城市').namedSet).toBe('城市');
    expect(analyzeQuery('名录地标能享受哪些支持政策').namedSet).toBeUndefined();
  });

  it('reads whether one is among a counted set\'s members as asking the set named', async () => {
    expect(analyzeQuery('那59家企业里面有没有做古丈毛尖的公司').namedSet).toBe('企业');
    expect(analyzeQuery('14个产品当中有几个是茶').namedSet).toBe('产品');
    expect(analyzeQuery('59家企业是哪年核准的').namedSet).toBeUndefined();
    // The notice counts its firms but lists its products: declined, the clause that counts them cited.
    const qa = await shippedQa();
    const answer = await qa.ask('498号公告那59家企业里面有没有做古丈毛尖的公司');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain('没有写明具体名单');
    expect(answer.citations[0]!.quote).toContain('59家企业');
    // Its products it does list.
    expect((await qa.ask('第四九八号公告核准的14个产品都有哪些')).declined).toBe(false);
  });

  it('reads the outcome of a selection as a set to name, with or without its noun', () => {
    expect(analyzeQuery('第二批名录最后入选了哪些地标').namedSet).toBe('地理');
    expect(analyzeQuery('首批保护工程最后批了哪几个').namedSet).toBe('');
    expect(analyzeQuery('保护工程最后批了几个项目').namedSet).toBeUndefined();
    expect(missesListHead('首批地理标志保护工程项目申报工作同步启动', '', false)).toBe(true);
    expect(missesListHead('确定了平遥牛肉、沁州黄小米、大连海参等3个项目', '', true)).toBe(false);
  });

  it('reads the noun a list without one lists from its items\' shared ending', () => {
    const benefits = '取得的经济效益、社会效益和生态效益等,由省级知识产权局汇总';
    expect(missesListHead(benefits, '地方', true)).toBe(true);
    expect(missesListHead(benefits, '效益', true)).toBe(false);
    expect(missesListHead(benefits, '', true)).toBe(false);
    expect(missesListHead('经验收自查、验收评估、综合评定、社会公示', '地方', true)).toBe(false);
  });

  it('reads where something is held as a place asked, apart from where to send', () => {
    expect(analyzeQuery('中国品牌日在哪办的').cues).toContain('where');
    expect(PLACE_ASKED.test(analyzeQuery('中国品牌日在哪办的').normalized)).toBe(true);
    expect(PLACE_ASKED.test(analyzeQuery('申报书报到哪里').normalized)).toBe(false);
  });

  it('misses when the sentence lists other things, or nothing', () => {
    expect(missesListHead(products, '企业', true)).toBe(true);
    expect(missesListHead(products, '产品', true)).toBe(false);
    expect(missesListHead('遴选了160件地理标志纳入名录', '地理', false)).toBe(true);
    expect(missesListHead('中国品牌日、双品网购节、中国国际商标品牌节', '活动', true)).toBe(false);
  });

  it('reads one item before 等 as an example, which names one of the set but does not list it', () => {
    const example = '国家知识产权局确定了小站稻等54个国家地理标志保护示范区';
    expect(enumerationHeads(example)).toEqual([]);
    expect(missesListHead(example, '示范区', false)).toBe(true);
    expect(analyzeQuery('54个示范区除了小站稻还有哪些').namedSet).toBe('示范');
    const applicant = '现确定兴安盟知识产权局等单位申报的14个项目';
    expect(analyzeQuery('项目是哪家单位申报的').namesOne).toBe(true);
    expect(missesListHead(applicant, '单位', false, true)).toBe(false);
    expect(missesListHead(applicant, '单位', false)).toBe(true);
  });

  it('reads a list of kinds with their counts as saying how many, not which ones', () => {
    const kinds = '确定1105件企业商标品牌、285件区域商标品牌、719家商标品牌指导站列入首批名单';
    expect(missesListHead(kinds, '城市', true)).toBe(true);
  });
});

describe('batches', () => {
  it('reads the batches a text names, 首批 and 第一批 alike', () => {
    expect(batchesOf('遴选了160件地理标志纳入首批名录')).toEqual(['1']);
    expect(batchesOf('申报第二批拟纳入名录的地理标志,第一批不再申报')).toEqual(['二', '1']);
    expect(batchesOf('确定新一批重点联系指导名录')).toEqual([]);
  });

  it('tells a sentence about another batch than the one asked', () => {
    expect(otherBatch(['二'], ['1'])).toBe(true);
    expect(otherBatch(['二'], ['二', '1'])).toBe(false);
    // A sentence naming no batch, or a question asking none, is about no other list.
    expect(otherBatch(['二'], [])).toBe(false);
    expect(otherBatch([], ['1'])).toBe(false);
  });
});
