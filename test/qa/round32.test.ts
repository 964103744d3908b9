import { describe, expect, it } from 'vitest';
import { chunkShapes } from '../../src/qa/shapes.js';
import { CUE_TERMS } from '../../src/qa/lexicon.js';
import { askingClauses } from '../../src/qa/asides.js';
import { deadlinesIn } from '../../src/qa/dates.js';
import { answersWith, shippedQa } from './helpers/shipped.js';

/** The v32–v34 rounds: a phone asked, a person asked by their post, attachments asked as what is attached, a second deadline, the others of a set, a choice settled by its other side, 给 saying for whom, a duty asked as 要求. */

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

describe('a deadline asked where the notice sets two', () => {
  it('gives the second beside the first, each read against today', async () => {
    const answer = await (await shippedQa()).ask('年报截止？');
    expect(answer.declined).toBe(false);
    expect(answer.answer).toContain('2024年1月15日前');
    expect(answer.answer).toContain('同一通知另有期限');
    expect(answer.answer).toContain('2024年3月31日');
    expect(answer.citations).toHaveLength(2);
  });
  it('adds nothing where the notice sets one', async () => {
    const answer = await (await shippedQa()).ask('名录申报截止到哪天');
    expect(answer.answer).toContain('5月8日');
    expect(answer.answer).not.toContain('另有期限');
  });
  it('reads a period told by its days as ending on its last day', () => {
    expect(deadlinesIn('填报日期为2024年1月15日至2024年3月31日。', 2023)).toEqual(['2024-03-31']);
  });
});

describe('the others of a set asked, leaving one out', () => {
  it('are not named by a sentence naming only that one', async () => {
    const answer = await (await shippedQa()).ask('2019年那14个项目的申报单位除了兴安盟还有谁');
    expect(answer.declined).toBe(true);
  });
  it('leaves a question on who else a notice is sent to answered', async () => {
    const answer = await (await shippedQa()).ask('1072号文除了各省局还发给谁了');
    expect(answer.declined).toBe(false);
  });
});

describe('one side of a choice the notice settles', () => {
  it('is answered by the sentence naming the other side', async () => {
    for (const question of ['第二批名录的申报书不能寄纸质的吧？', '能不能寄纸质材料？']) await answersWith(question, '电子邮件形式报送');
    await answersWith('个人反映是不是可以匿名', '署实名');
  });
  it('is not settled when it is asked for besides the other', async () => {
    const answer = await (await shippedQa()).ask('纸质版申报书要不要另外邮寄过去？');
    expect(answer.declined).toBe(true);
  });
});

describe('a clause saying for whom the asker wants something', () => {
  it('tells the background, and the clause after it asks', () => {
    expect(askingClauses('我们市局想给名录里的地标争取点倾斜支持,文件说在哪几个方面倾斜?')?.trim()).toBe('文件说在哪几个方面倾斜?');
    expect(askingClauses('想问下我们县是第一次报,给个模板链接')?.trim()).toBe('给个模板链接');
  });
});

describe('what is required of someone', () => {
  it('is read as a duty, and a piece of a long sentence opening with a duty states one', async () => {
    for (const question of ['千企百城对商标品牌指导站有啥要求', '千企百城对指导站有什么要求']) await answersWith(question, '专业能力和服务水平');
  });
});

describe('the shapes of a long sentence parted into pieces', () => {
  it('give a piece the duty its sentence opens with, and nothing to the next sentence', () => {
    const [opening, piece, next] = chunkShapes(['各地方知识产权管理部门要按照方案要求,加大工作联系力度,', '提升商标品牌指导站的专业能力和服务水平。', '确定719家商标品牌指导站列入名单。']);
    expect(opening).toContain(CUE_TERMS.duty);
    expect(piece).toContain(CUE_TERMS.duty);
    expect(next).not.toContain(CUE_TERMS.duty);
  });
});
