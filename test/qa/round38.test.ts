import { describe, expect, it } from 'vitest';
import { answersWith, shippedQa } from './helpers/shipped.js';

/**
 * The v38 round: who or how many did not pass, pinyin typed where the input method gave up, a
 * department by its first word, whether it is still in time, what a decision weighs, a warning the
 * asker gives themselves, a policy term jieba parts.
 */

describe('which or how many did not pass', () => {
  it('is not answered by the sentence naming those that passed', async () => {
    const qa = await shippedQa();
    for (const question of ['验收没通过的示范区是哪几个', '有几个示范区没通过验收', '专用标志核准改革试点有哪些省没入选']) {
      const answer = await qa.ask(question);
      expect(answer.declined, question).toBe(true);
      expect(answer.answer, question).toContain('没有写明哪些没有通过或没有入选');
    }
  });
  it('leaves those that passed, and whether one place is among them, answered', async () => {
    await answersWith('2025年示范区验收通过了哪些', '小站稻等54个');
    await answersWith('甘肃这次有没有进专用标志核准改革试点？', '甘肃省等8个地方');
  });
});

describe('pinyin typed for characters', () => {
  it('is read as the notices’ characters the neighbours complete, or their word of that sound', async () => {
    await answersWith('商标品牌指导zhan首批进了多少家呀', '719家');
    await answersWith('名录的jiezhi日期是哪天', '2023年5月8日前');
    await answersWith('专用标志nianbao啥时候交', '2024年1月15日前');
  });
  it('leaves an e-mail address as written', async () => {
    const answer = await (await shippedQa()).ask('年度报告工作联系人信息发到pgi@cnipa.gov.cn吗');
    expect(answer.answer).not.toContain('pgi@年');
  });
});

describe('a department by its first word', () => {
  it('is the department the notice names in full', async () => {
    await answersWith('第二批名录的材料是运用司收还是保护司收', '运用促进司');
  });
});

describe('whether it is still in time', () => {
  it('is asked of the deadline', async () => {
    await answersWith('名录申报书现在还赶得上吗', '2023年5月8日前');
  });
});

describe('what a decision weighs', () => {
  it('is answered by the clause saying what it weighs', async () => {
    await answersWith('国家局定第二批名录的时候主要看地方啥情况呀', '支持措施情况');
  });
});

describe('a warning the asker gives themselves', () => {
  it('is no word the notice must hold', async () => {
    const qa = await shippedQa();
    for (const question of ['申报书发给哪个司，别发错了', '申报书发给谁，千万别弄错']) {
      const answer = await qa.ask(question);
      expect(answer.declined, question).toBe(false);
      expect(answer.answer, question).toContain('运用促进司');
    }
  });
});

describe('a policy term jieba parts', () => {
  it('is read whole', async () => {
    await answersWith('搞这个用标核准改革试点跟放管服有关系吗', '放管服');
  });
});
