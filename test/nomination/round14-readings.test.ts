import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRequest } from '../../src/nomination/dialog/start-request.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { namesField } from '../../src/nomination/labels.js';
import { mendLatinScales } from '../../src/nomination/parsers/numbers.js';
import { readMessage } from '../../src/nomination/reading.js';
import { figuresAsMeant } from '../../src/nomination/settle.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

const plain = (values: Record<string, FieldValue>): Record<string, unknown> => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));

describe('who a nomination is for, between the help word and the verb', () => {
  it.each(['协会', '合作社', '行业协会', '龙头企业'])('帮%s报… names the product after the verb', (whom) => {
    for (const product of ['阳澄湖大闸蟹', '五常大米', '安化黑茶']) {
      expect(startRequest(`您好，我是市局的，帮${whom}报${product}`)?.name).toBe(product);
      expect(startRequest(`替${whom}申报${product}`)?.name).toBe(product);
    }
  });

  it('never takes the one it is for as the product', () => {
    expect(startRequest('帮我们协会报个地标')).toEqual({ fresh: false });
    expect(startRequest('帮协会报一下名录')?.name).toBeUndefined();
  });
});

describe('a field named where a request names its product', () => {
  it('is a field, not a product', () => {
    for (const label of ['从业人员', '年产值', '联系人', '保护范围', '溢价']) expect(namesField(form, label)).toBe(true);
    for (const product of ['阳澄湖大闸蟹', '若羌红枣', '涪陵榨菜', '新会陈皮']) expect(namesField(form, product)).toBe(false);
  });

  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it.each([
    ['从业人员先报一下吧，大概6.5万人', 'employees', 65000],
    ['出口额先报一下，1100万美元', 'export_value', 11000000],
    ['联系人先报一下，王海燕', 'contact_name', '王海燕'],
  ])('"%s" while a form is open is that answer, no new form offered', async (text, id, value) => {
    const user = `u-${id}`;
    await env.chat.as(user).says('我要报名录');
    await env.chat.as(user).says('若羌红枣');
    const replies = (await env.chat.as(user).says(text)).join('\n');
    expect(replies).not.toMatch(/另建|新建/u);
    expect(env.draft(user)?.fields[id]?.value).toBe(value);
    expect(env.draft(user)?.fields.gi_name?.value).toBe('若羌红枣');
    expect(env.drafts(user)).toHaveLength(1);
  });
});

describe('chat shorthand for a scale after a figure', () => {
  it.each([
    ['16w左右', '16万左右'],
    ['从业人员：1.6W人', '从业人员：1.6万人'],
    ['产值3000w', '产值3000万'],
    ['人均 8k', '人均 8千'],
  ])('%s → %s', (typed, meant) => {
    expect(mendLatinScales(typed)).toBe(meant);
  });

  it.each(['zhang16w@163.com', 'wang8k@qq.com', 'QW16w1', 'A16W', '2k3'])('leaves %s alone', (typed) => {
    expect(mendLatinScales(typed)).toBe(typed);
  });

  it('reads the figure meant', () => {
    const reading = readMessage(form, {}, field('employees'), figuresAsMeant('16w左右'));
    expect(plain(reading.values)).toEqual({ employees: 160000 });
  });
});

describe('labels in a pasted block that name no field', () => {
  it('a bracketed heading over a labelled value gives way to the inner label', () => {
    const text = '【涪陵榨菜去年主要指标】产值：约150亿元 ｜ 出口：折合人民币3.2亿元 ｜ 用标企业：41家';
    const reading = readMessage(form, {}, field('annual_output_value'), text);
    expect(plain(reading.values)).toEqual({ annual_output_value: 15000000000, export_value: 320000000, authorized_users: 41 });
    expect(reading.unread).toEqual([]);
  });

  it.each(['比普通羊肉高：35%左右', '比一般的贵：三成五', '比外地产品价格高: 35%'])('"%s" in a block is the premium', (pair) => {
    const text = `从业人员：约9.6万人；${pair}；获授权用标企业：74家`;
    const reading = readMessage(form, {}, field('employees'), text);
    expect(reading.values.sales_premium?.value).toBe(35);
    expect(reading.values.employees?.value).toBe(96000);
    expect(reading.unread).toEqual([]);
  });

  it('a label naming no field over a figure of no such kind stays unread', () => {
    const reading = readMessage(form, {}, field('employees'), '从业人员：约9.6万人；获证时间：2001年；用标企业：74家');
    expect(reading.values.sales_premium).toBeUndefined();
    expect(reading.unread).toEqual(['获证时间：2001年']);
  });
});

describe('a comparison of prices sent while free text is asked', () => {
  it.each(['比一般榨菜贵一成五左右', '价格比普通大米高15%', '比外地的贵百分之十五'])('"%s" is the premium, not the measures', (text) => {
    for (const asked of ['support_measures', 'next_year_plan']) {
      const reading = readMessage(form, {}, field(asked), text);
      expect(plain(reading.values)).toEqual({ sales_premium: 15 });
    }
  });

  it('a measure that raises prices stays the measures', () => {
    const text = '开展品牌营销，推动产品价格比普通产品高15%';
    const reading = readMessage(form, {}, field('support_measures'), text);
    expect(reading.values.support_measures?.value).toBe(text);
    expect(reading.values.sales_premium).toBeUndefined();
  });
});

describe('a correction whose field is named twice', () => {
  it.each([
    ['刚才的旅游写错了，旅游产值改成4.6亿元', 'related_output_tourism', '4.6亿元'],
    ['产值写错了，年产值应该是52亿', 'annual_output_value', '52亿'],
  ])('"%s" takes the value of the clause that says it', (text, id, value) => {
    expect(findCorrection(form, text)).toEqual({ field: id, value });
  });
});
