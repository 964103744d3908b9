import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/qa/tokenize.js';
import { answersWith, shippedQa } from './helpers/shipped.js';

/**
 * The v35–v37 rounds: a count stated by a sentence rather than an attachment's title, the others of a set in a sentence the
 * chunker parted, how something turned out, what qualifies asked as what is considered, a date written 8/30 or 5.8号, adverbs of time.
 */

describe('a count an announcement states', () => {
  it('is quoted from its sentence, not from the attachment’s file name', async () => {
    await answersWith('四九八号公告核准了多少家企业使用专用标志', '14个产品的59家企业');
    await answersWith('三月份那个475号公告一共核准了多少家企业用专用标志', '24个产品的48家企业');
  });
  it('leaves the attachment asked answered by its title', async () => {
    await answersWith('498号公告的附件是什么', '59家核准使用地理标志专用标志企业名单');
  });
});

describe('the others of a set', () => {
  it('are not named by a sentence the chunker parted, whose second piece names only the one left out', async () => {
    const answer = await (await shippedQa()).ask('2019年那14个项目除了兴安盟，还有哪些单位？');
    expect(answer.declined).toBe(true);
  });
  it('leaves the set asked whole answered', async () => {
    await answersWith('2019年运用促进工程项目都是哪些单位申报的', '兴安盟知识产权局等单位');
  });
});

describe('how something turned out', () => {
  it('is not told by the sentence that set it up', async () => {
    for (const question of ['兴安盟大米那个项目最后实施效果怎么样？', '2019年那批运用促进工程项目搞得怎么样']) {
      expect((await (await shippedQa()).ask(question)).declined, question).toBe(true);
    }
  });
  it('leaves what was set up answered', async () => {
    await answersWith('2019年运用促进工程重点围绕哪些地理标志', '兴安盟大米');
  });
});

describe('what qualifies', () => {
  it('is asked as what is considered and whether conditions are stated', async () => {
    await answersWith('什么样的地标国家局会考虑列进名录，有没有说条件？', '具备进一步培育和推广潜力');
  });
});

describe('a month and day written with a slash or a dot', () => {
  it('reads as the date the notices write', () => {
    expect(normalizeText('498号公告落款是8/30吗？')).toContain('8月30日');
    expect(normalizeText('截止是5.8号吗')).toContain('5月8日');
    expect(normalizeText('3/15之前报')).toContain('3月15日');
  });
  it('leaves fractions, attachments, figures and paths alone', () => {
    for (const text of ['附件1/2', '1/3的企业', '5.8亿元', 'http://x.cn/2023/5/8/a']) expect(normalizeText(text), text).not.toMatch(/月\d+日/u);
  });
  it('answers the signing date asked that way', async () => {
    await answersWith('498号公告落款是8/30吗？', '2022年8月30日');
  });
});

describe('adverbs of time around the matter', () => {
  it('are not what a passage must hold', async () => {
    await answersWith('示范区一旦确定了就一直是示范区，不会被取消吧？', '取消示范区资格');
  });
});
