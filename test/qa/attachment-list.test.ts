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
});
