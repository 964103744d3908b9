import { describe, expect, it } from 'vitest';
import { globalIntent, dialogIntent } from '../../src/nomination/dialog/intents.js';
import { isProductName } from '../../src/nomination/dialog/product-name.js';
import { fieldAsked } from '../../src/nomination/dialog/field-question.js';
import { dialogEnv, field, form } from './dialog-fixture.js';

describe('a clause ending in a one-character verb', () => {
  it('is a predicate, never the product', () => {
    for (const words of ['第一次弄', '马上填', '今天就报', '这会儿搞']) expect(isProductName(words), words).toBe(false);
  });
  it('leaves products whose last word the dictionary reads as a verb', () => {
    for (const name of ['岷县当归', '舟山带鱼', '霍城薰衣草', '安化黑茶', '涪陵榨菜']) expect(isProductName(name), name).toBe(true);
  });
  it('is not taken as the name beside a start request', () => {
    for (const text of ['hello，我想报个地标，第一次弄，麻烦指导下', '您好，要报名录，第一次弄', '想填申报书，马上填']) {
      const intent = globalIntent(text);
      expect(intent, text).toMatchObject({ kind: 'start' });
      expect(intent, text).not.toHaveProperty('name');
    }
  });
});

describe('the list named by a run of its own words', () => {
  it('is the list a request is for', () => {
    for (const text of ['领导让我报一下地标重点联系名录，要怎么弄啊', '我要报一下重点联系名录', '帮我报个地标运用促进名录', '想申报地标重点联系指导名录']) {
      expect(globalIntent(text), text).toMatchObject({ kind: 'start' });
    }
  });
  it('asks nothing of the form when the message asks about it', () => {
    for (const text of ['我想问一下重点联系名录的截止时间', '地标重点联系名录要交什么材料']) expect(globalIntent(text), text).toBeUndefined();
  });
});

describe('handing in on a condition said before it', () => {
  it('is a submit', () => {
    for (const text of ['好了的话帮我提交', '没问题的话就提交吧', '可以的话帮我交上去']) expect(dialogIntent(text)?.kind, text).toBe('submit');
  });
  it('is nothing when it holds a no', () => {
    for (const text of ['有问题的话先别提交', '不对的话不要提交']) expect(dialogIntent(text)?.kind, text).not.toBe('submit');
  });
});

describe('a question about filling a field in', () => {
  const current = field('product_category');
  it('names the field it asks about, however it is worded', () => {
    const asked: Array<[string, string]> = [
      ['保护类型是啥意思啊？', 'protection_type'],
      ['年产值是写去年的吗？', 'annual_output_value'],
      ['加工业产值是指什么？', 'related_output_processing'],
      ['从业人员怎么统计', 'employees'],
      ['溢价率咋算的', 'sales_premium'],
      ['扶持措施要写些什么', 'support_measures'],
      ['这个类别怎么填？榨菜算蔬菜还是加工食品？', 'product_category'],
      ['这一项是指什么', 'product_category'],
      ['产品类别包括哪些', 'product_category'],
    ];
    for (const [question, id] of asked) expect(fieldAsked(form, current, question)?.id, question).toBe(id);
  });
  it('leaves questions about the policy to the notices', () => {
    for (const question of ['申报材料包括哪些？', '截止时间是哪天', '支持政策包括哪些', '名录是什么意思', '用标企业包括合作社吗']) {
      expect(fieldAsked(form, current, question), question).toBeUndefined();
    }
  });
  it('is answered mid-form with the field help, and the form keeps its place', async () => {
    const env = await dialogEnv();
    try {
      await env.chat.as('u1').says('/申报');
      await env.chat.as('u1').says('安化黑茶');
      await env.chat.as('u1').says('湖南');
      const replies = await env.chat.as('u1').says('保护类型是啥意思啊？');
      expect(replies.join('\n')).toContain(field('protection_type').help ?? '');
      expect(env.current()?.id).toBe('protection_type');
      await env.chat.as('u1').says('地理标志产品');
      expect(env.draft()?.fields.protection_type?.value).toBe('地理标志产品');
    } finally {
      env.close();
    }
  });
});
