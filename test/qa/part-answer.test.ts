import { describe, expect, it } from 'vitest';
import { noticeQa, shippedQa } from './helpers/shipped.js';

describe('what a numbered part of the notice is about', () => {
  it.each([
    ['第五部分是讲什么的', '五、开展成效统计监测'],
    ['第四部分讲了啥', '四、扩大联系指导范围'],
    ['第三部分主要内容是啥', '三、发挥示范带动作用'],
    ['第1部分说了什么', '一、明确联系指导重点'],
    ['第六部分是关于什么的？', '六、做好经验复制推广'],
  ])('%s → its heading and first sentence', async (question, heading) => {
    for (const qa of [await noticeQa(), await shippedQa()]) {
      const answer = await qa.ask(question);
      expect(answer.declined).toBe(false);
      expect(answer.citations[0]?.section).toContain(heading);
      expect(answer.citations[0]?.doc).toMatch(/2023-14-gi-key-contact-guidance-notice/u);
    }
  });

  it('leaves a part asked with more words to the ranking, and declines a part the notice does not have', async () => {
    const qa = await noticeQa();
    expect((await qa.ask('第三部分把名录地标比作啥')).answer).toContain('试验田');
    expect((await qa.ask('第九部分讲什么')).declined).toBe(true);
  });

  it('reads the part of the notice a question names, and declines a part that notice does not have', async () => {
    const qa = await shippedQa();
    expect((await qa.ask('重点联系那个通知第四部分讲了啥')).citations[0]?.section).toContain('四、扩大联系指导范围');
    for (const question of ['767号文第六部分说了什么', '年报那个通知第五条讲的是啥', '年报那个通知第五条标题是什么']) {
      expect((await qa.ask(question)).declined, question).toBe(true);
    }
  });
});
