import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createQaEngine } from '../../src/qa/engine.js';
import { NOTICE_2023, NOW, noticeQa, shippedQa } from './helpers/shipped.js';

/** The title of a numbered part asked ("第一条标题是什么"): the part's heading, cited. */
describe('the title of a numbered part of the notice', () => {
  const headings: Record<string, string> = {
    第一条标题是什么: '一、明确联系指导重点',
    第五条叫什么: '五、开展成效统计监测',
    第五条标题叫啥来着: '五、开展成效统计监测',
    想问下第二部分的题目是啥: '二、加大政策扶持力度',
    第3点的小标题是什么: '三、发挥示范带动作用',
    '第四部分名称是什么？': '四、扩大联系指导范围',
    '麻烦告知一下，第六条的标题': '六、做好经验复制推广',
    重点联系指导的通知第一条标题是什么: '一、明确联系指导重点',
  };
  it.each(Object.entries(headings))('%s → %s', async (question, heading) => {
    for (const qa of [await noticeQa(), await shippedQa()]) {
      const answer = await qa.ask(question);
      expect(answer.declined, question).toBe(false);
      expect(answer.answer).toContain(`“${heading}”`);
      expect(answer.citations[0]).toMatchObject({ doc: NOTICE_2023, quote: heading });
      expect(answer.citations[0]?.section).toContain(heading);
    }
  });

  it('reads the headings of the notice indexed, not a list of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gi-annual-'));
    const doc = '2023-gi-special-mark-annual-report';
    cpSync(join('knowledge', `${doc}.md`), join(dir, `${doc}.md`));
    const qa = await createQaEngine({ knowledgeDir: dir, log: silentLogger, now: () => NOW });
    for (const question of ['第二条标题是什么', '年报那个通知第二条叫啥']) {
      expect((await qa.ask(question)).citations[0], question).toMatchObject({ doc, quote: '二、填报时间' });
    }
    expect((await (await shippedQa()).ask('年报那个通知第二条标题是什么')).citations[0]).toMatchObject({ doc, quote: '二、填报时间' });
  });

  it('leaves a part asked with more words to the ranking, and declines a part the notice does not have', async () => {
    const qa = await noticeQa();
    expect((await qa.ask('第三条把名录地标叫作什么')).citations[0]?.quote).not.toBe('三、发挥示范带动作用');
    expect((await qa.ask('第三条把名录地标比作啥')).answer).toContain('试验田');
    expect((await qa.ask('第九条标题是什么')).declined).toBe(true);
    expect((await qa.ask('第九条叫什么')).declined).toBe(true);
  });
});
