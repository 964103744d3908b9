import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { createQaEngine } from '../../src/qa/engine.js';
import type { QaEngine } from '../../src/qa/types.js';
import { dialogEnv, field, form, type DialogEnv, validAnswer } from './dialog-fixture.js';
import type { FormField } from '../../src/nomination/form.js';

/**
 * Questions with a remark after them ("…几个名额啊？怕报多了"), asked at every kind of field: the Q&A
 * answers, nothing is stored, the same field stays asked, and the next answer goes into it.
 */
const QUESTIONS = [
  '我们省今年能推荐几个名额啊？怕报多了',
  '申报书什么时候截止？赶不上就麻烦了',
  '电子件要不要盖章？我们领导出差了',
  '这个名录纳入以后有什么支持政策呀？领导问起来',
  '材料是报给省局还是直接报国家局？我们第一次弄',
];
const AT: Array<[string, string]> = [
  ['product_category', '茶叶'],
  ['annual_output_value', '3.6亿元'],
  ['support_measures', '出台地理标志产业扶持办法，每年安排专项资金300万元；开展专用标志使用核准。'],
  ['protection_type', '证明商标'],
  ['contact_name', '韩雪梅'],
];

describe('a question in the middle of a nomination', () => {
  let qa: QaEngine;
  let env: DialogEnv;
  beforeAll(async () => {
    qa = await createQaEngine({ knowledgeDir: 'knowledge', log: silentLogger });
    env = await dialogEnv({ qa });
  });
  afterAll(() => env.close());

  it('is answered by the Q&A with a citation, and the form resumes at the same field', async () => {
    await env.chat.as('u1').says('/申报');
    const first = form.fields[0];
    await env.chat.as('u1').says(validAnswer(first as FormField));
    const asked = env.current();
    const draftBefore = env.draft();

    const texts = await env.chat.as('u1').says('推荐材料什么时候报送截止？');
    const expected = await qa.ask('推荐材料什么时候报送截止？');
    expect(expected.declined).toBe(false);
    expect(texts[0]).toBe(expected.answer);
    expect(texts.at(-1)).toContain(asked?.prompt ?? '');
    expect(texts.at(-1)).toMatch(/申报书填写中/);
    // Nothing was stored from the question, and the same field is still pending.
    expect(env.current()?.id).toBe(asked?.id);
    expect(env.draft()?.fields).toEqual(draftBefore?.fields);

    await env.chat.as('u1').says(validAnswer(asked as FormField)).expectReply(/已记录/);
    expect(env.draft()?.fields[asked?.id ?? '']).toBeDefined();
  });

  it.each(AT.map(([id, answer], i) => [id, answer, QUESTIONS[i % QUESTIONS.length] as string] as const))(
    'at %s: answered by the Q&A, nothing stored, the field still asked and then filled',
    async (id, answer, question) => {
      const user = `u-${id}`;
      await env.chat.as(user).says('/申报');
      for (let guard = 0; guard < 30 && env.current(user)?.id !== id; guard += 1) {
        await env.chat.as(user).says(env.current(user)?.example ?? '');
      }
      expect(env.current(user)?.id).toBe(id);
      const before = env.draft(user)?.fields;
      const replies = await env.chat.as(user).says(question);
      expect(replies.join('\n')).toMatch(/申报书填写中/);
      expect(replies.join('\n')).not.toMatch(/已记录/);
      expect(env.draft(user)?.fields).toEqual(before);
      expect(env.current(user)?.id).toBe(id);
      await env.chat.as(user).says(answer).expectReply(/已记录/);
      expect(env.draft(user)?.fields[id]).toBeDefined();
      expect(env.current(user)?.id).not.toBe(field(id).id);
    },
  );

  it('takes the question repeated before an answer ("出口额？没有") as the answer, not a question', async () => {
    const user = 'u-repeat';
    await env.chat.as(user).says('/申报');
    for (let guard = 0; guard < 30 && env.current(user)?.id !== 'export_value'; guard += 1) {
      await env.chat.as(user).says(env.current(user)?.example ?? '');
    }
    await env.chat.as(user).says('出口额？没有').expectReply(/已记录/);
    expect(env.draft(user)?.fields.export_value?.value).toBe(0);
  });
});
