import { describe, expect, it } from 'vitest';
import { answersWith, shippedQa } from './helpers/shipped.js';

/** The v32/v33 rounds: a phone asked, a person asked by their post, attachments asked as what is attached. */

describe('a phone asked', () => {
  it('is not given by a sentence with only an e-mail address', async () => {
    for (const question of ['专用标志年报有没有联系电话可以打', '年报联系人电话多少']) {
      const answer = await (await shippedQa()).ask(question);
      expect(answer.declined, question).toBe(true);
      expect(answer.answer, question).toContain('没有写明联系方式');
    }
  });
  it('leaves a mailbox asked answered', async () => {
    await answersWith('专用标志年报的联系人信息发哪个邮箱', 'pgi@cnipa.gov.cn');
  });
});

describe('a person asked by their post', () => {
  it('is not given by the name of the office, and the decline says so', async () => {
    for (const question of ['运用促进司司长是谁？', '知识产权保护司的司长是谁', '名录这块的负责人叫什么']) {
      const answer = await (await shippedQa()).ask(question);
      expect(answer.declined, question).toBe(true);
    }
    expect((await (await shippedQa()).ask('运用促进司司长是谁？')).answer).toContain('具体是哪一位');
  });
  it('leaves the office asked answered', async () => {
    await answersWith('名录申报书报给哪个司', '运用促进司');
  });
});

describe('what is attached to a notice', () => {
  it('is its attachment list, asked with the verb as with the noun', async () => {
    for (const question of ['14号文后面附了啥，几个附件', '14号文附件都是啥']) await answersWith(question, '推荐名额分配表');
  });
});
