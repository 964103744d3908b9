import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { answersWith, shippedQa } from './helpers/shipped.js';

/**
 * The v46 round: a numbered part's title asked after the notice named with a comma, the notices'
 * 线上线下 as two words, an amount of value asked as money, 没过 as failing.
 */

const declines = async (question: string): Promise<void> => {
  const answer = await (await shippedQa()).ask(question);
  expect(answer.declined, question).toBe(true);
};

describe('a numbered part\'s title after the notice is named', () => {
  it.each(['乡村振兴那个重点联系指导通知，第五部分标题是啥来着', '重点联系指导通知：第五部分的标题叫啥'])('%s', async (question) => {
    await answersWith(question, '五、开展成效统计监测');
  });
});

describe('words of the notices cut as they use them', () => {
  it('reads 线上线下 as 线上 and 线下, 网上 as 线上', () => {
    const sentence = analyzeQuery('线上线下营销').words;
    expect(sentence).toContain(analyzeQuery('网上').words[0]);
    expect(sentence).not.toContain('上线');
  });
});

describe('an amount of value asked', () => {
  it('is declined: no notice states one', async () => {
    await declines('兴安盟大米一年产值多少');
    await declines('2019年那批项目的产值有多少');
  });
  it('leaves a question about counting output to the monitoring clause', async () => {
    await answersWith('名录地标的产值要统计吗', '产值');
  });
});

describe('没过 said for failing', () => {
  it('asks the ones that failed, which no notice lists', async () => {
    const answer = await (await shippedQa()).ask('54个示范区里验收没过的有哪些');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain('没有通过');
  });
  it('is no failing in 过没过 or 没过期', async () => {
    await answersWith('名录申报截止日期过没过', '2023年5月8日');
  });
});
