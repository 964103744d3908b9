import { describe, expect, it } from 'vitest';
import { noticeQa, NOTICE_2023, shippedQa } from './helpers/shipped.js';

describe('a question about a notice\'s attachments and nothing else', () => {
  it.each(['附件一共几个', '通知有几个附件', '附件都是啥'])('%s → the list of the notice the question fits best', async (question) => {
    for (const qa of [await noticeQa(), await shippedQa()]) {
      const answer = await qa.ask(question);
      expect(answer.declined).toBe(false);
      expect(answer.citations).toHaveLength(1);
      expect(answer.citations[0]?.doc).toContain(NOTICE_2023);
      expect(answer.answer).toContain('推荐名额分配表');
    }
  });

  it('answers from the notice the question names, and leaves questions with more words to the ranking', async () => {
    const qa = await shippedQa();
    expect((await qa.ask('498号公告有几个附件')).citations[0]?.doc).toContain('announcement-498');
    const located = await qa.ask('申报书模板和推荐名额分别在哪个附件里');
    expect(located.answer).toContain('见附件1、2');
    expect((await qa.ask('附件2里我们省分到几个名额')).declined).toBe(true);
  });

  it('answers with the list when the notice is named by its number or its words and the names are asked (分别叫啥)', async () => {
    const qa = await shippedQa();
    const named = await qa.ask('475号公告的附件分别叫什么名字');
    expect(named.declined).toBe(false);
    expect(named.citations[0]?.doc).toContain('announcement-475');
    expect(named.citations[0]?.section).toContain('附件');
    const listed = await qa.ask('千企百城那个通知一共几个附件，分别叫啥');
    expect(listed.declined).toBe(false);
    expect(listed.answer).toContain('1.首批参加');
    expect(listed.answer).toContain('2.首批参加');
  });
});
