import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { answersWith, shippedQa } from './helpers/shipped.js';

/** The v43 round: today's date told before asking whether one still may, failures asked after 有没有. */

describe('today told in a clause of its own, then whether one still may', () => {
  it('asks whether the deadline has passed, answered by its date', async () => {
    for (const question of ['现在都26年12月了，第二批重点联系指导名录还能补报不？', '今天已经12月7号了，名录申报书还能交吗']) {
      const { cues } = analyzeQuery(question);
      expect(cues, question).toContain('deadline');
      expect(cues, question).not.toContain('late');
    }
    await answersWith('现在都26年12月了，第二批重点联系指导名录还能补报不？', '2023年5月8日');
  });
  it('leaves a stated passing the question of what happens late', () => {
    expect(analyzeQuery('5月8号过了，名录还能补报吗').cues).toContain('late');
  });
});

describe('those that failed, asked after 有没有', () => {
  it('asks for failures, which a notice naming those that passed does not state', async () => {
    expect(analyzeQuery('示范区验收有没有没通过的，几个？').cues).toContain('failed');
    expect(analyzeQuery('示范区验收有没有通过的').cues).not.toContain('failed');
    const answer = await (await shippedQa()).ask('示范区验收有没有没通过的，几个？');
    expect(answer.declined).toBe(true);
  });
});

describe('a notice cited by its whole doc number', () => {
  it('is named by it: the doc number line does not answer what is asked of the notice', async () => {
    await answersWith('国知办发运字〔2023〕14号开头说是为了贯彻落实哪次会议的精神？', '党的二十大精神');
    await answersWith('国知办函保字〔2023〕1072号要求什么时候填报', '2024年1月15日至2024年3月31日');
  });
  it('still answers when the doc number itself is asked', async () => {
    await answersWith('重点联系指导工作那个通知的文号是多少', '国知办发运字〔2023〕14号');
  });
});

describe('whether one still may now, asked of an act', () => {
  it('asks the time of that act: the report is filled in by its 填报日期, not by the contact list\'s date', async () => {
    expect(analyzeQuery('2023年度监管报告现在还能补填不').timedAct).toBe('填报');
    await answersWith('2023年度监管报告现在还能补填不', '2024年1月15日至2024年3月31日');
  });
  it('names no act when who may is asked rather than now', () => {
    expect(analyzeQuery('已经进首批名录的，这次还能再报第二批吗').timedAct).toBeUndefined();
  });
});
