import { describe, expect, it } from 'vitest';
import { noticeQa, shippedQa } from './helpers/shipped.js';

describe('declining', () => {
  it.each(['收到', '哈哈', '好的收到', '谁有充电器', '大家晚上几点开会？', '今天星期几', '帮我翻译一下这段英文', '明天天气怎么样'])(
    'declines chatter and off-topic: %s',
    async (text) => {
      const answer = await (await noticeQa()).ask(text);
      expect(answer.declined).toBe(true);
      expect(answer.citations).toEqual([]);
      expect(answer.answer).toMatch(/申报|名录|政策/);
      expect(answer.answer.length).toBeLessThanOrEqual(300);
    },
  );

  it.each(['专利年费怎么缴纳？', '实用新型专利保护期多长？', '商标续展要交多少钱', '发明专利审查要多久'])(
    'declines IP questions the notice does not cover: %s',
    async (text) => {
      expect((await (await noticeQa()).ask(text)).declined).toBe(true);
    },
  );
});

describe('arithmetic on numbers the notices hold', () => {
  // The notices hold 160, 2021, 54 and 475: a passage sharing only a question's numbers does not answer it.
  it.each(['160减去20是多少', '2021加2等于几', '54乘3得多少？', '475除以5是多少'])('declines %s, with one notice and with the corpus', async (text) => {
    for (const qa of [await noticeQa(), await shippedQa()]) expect((await qa.ask(text)).declined).toBe(true);
  });

  // … also beside the notice's own words, which a sum asked of its figures shares
  it.each(['498号公告48加59一共多少家企业？', '首批160个，160乘以2是多少', '475号公告里48家企业加上24个产品等于多少', '示范区54个减去7个还剩几个'])('declines %s', async (text) => {
    expect((await (await shippedQa()).ask(text)).declined).toBe(true);
  });

  it('still answers a question whose numbers it names without asking a sum', async () => {
    expect((await (await shippedQa()).ask('498号公告一共核准了多少家企业')).declined).toBe(false);
  });
});

describe('isSurelyRelevant (the group gate)', () => {
  it.each(['申报书什么时候截止？', '地标名录申报材料发到哪个邮箱？', '第二批名录各省推荐名额在哪看？'])('passes clear questions about the notice: %s', async (text) => {
    expect((await noticeQa()).isSurelyRelevant(text)).toBe(true);
  });

  it.each(['收到', '申报书我已经发了', '今天天气不错', '名录', '谁有充电器？', '专利年费怎么缴纳？', ''])('stays quiet otherwise: %s', async (text) => {
    expect((await noticeQa()).isSurelyRelevant(text)).toBe(false);
  });
});

describe('a ranking the notices never state', () => {
  it('declines which of a set is first, and still answers the limit per province', async () => {
    const qa = await shippedQa();
    expect((await qa.ask('验收通过的那些示范区里哪个省最多')).declined).toBe(true);
    expect((await qa.ask('保护工程项目每个省最多报几个')).answer).toContain('不超过2个');
  });
});
