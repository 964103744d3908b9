import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { isResumeRequest } from '../../src/nomination/dialog/resume-request.js';
import { matchLabel } from '../../src/nomination/labels.js';
import { readMessage } from '../../src/nomination/reading.js';
import { parseFor } from '../../src/nomination/answer-parse.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

const plain = (values: Record<string, FieldValue>): Record<string, unknown> => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));

describe('a field named, then what the sender did with it', () => {
  it('names the field, not the product, in "产值我报的是前年的"', () => {
    expect(matchLabel(form, '产值我报的')[0]?.field.id).toBe('annual_output_value');
    expect(matchLabel(form, '联系人我写的')[0]?.field.id).toBe('contact_name');
    // (with no field before it, 我们报的 still names the product)
    expect(matchLabel(form, '这次我们报的')[0]?.field.id).toBe('gi_name');
  });
  it('takes the figure of the clause after it', () => {
    expect(plain(readMessage(form, {}, undefined, '等等 前面产值我报的是前年的 去年是13.2亿 改一下').values)).toEqual({ annual_output_value: 1_320_000_000 });
  });
});

describe('the old figure told apart after the new one', () => {
  it.each([
    ['47亿 42是前年的', 4_700_000_000],
    ['3.56亿，3.5那个是约数', 356_000_000],
  ])('"%s" is the new figure', (text, value) => {
    const parsed = parseFor(form, field('annual_output_value'), text);
    expect(parsed.ok && parsed.value.value).toBe(value);
  });
  it('reads no figure when the second one is not said to be old', () => {
    expect(parseFor(form, field('annual_output_value'), '3.5亿，2.8是去年的').ok).toBe(false);
  });
});

describe('a none beside what it all is instead', () => {
  it('reads "出口没有 都是内销" as no export', () => {
    const parsed = parseFor(form, field('export_value'), '出口没有 都是内销');
    expect(parsed.ok && parsed.value.value).toBe(0);
  });
  it('reads no zero where the rest says the figure is not known', () => {
    expect(parseFor(form, field('export_value'), '没有，都不清楚').ok).toBe(false);
  });
});

describe("a report's numbered section heading", () => {
  it('drops "二、产业发展情况" and reads the figures under it', () => {
    const read = readMessage(form, {}, field('annual_output_value'), '二、产业发展情况 2022年全县花椒产值约28.6亿元，出口额约1200万元');
    expect(plain(read.values)).toEqual({ annual_output_value: 2_860_000_000, export_value: 12_000_000 });
    expect(read.unread).toEqual([]);
  });
  it('keeps a numbered item that is no section as text', () => {
    // (two actions in spaced clauses are a statement of measures, as with a comma between them)
    expect(plain(readMessage(form, {}, field('annual_output_value'), '一、加强品牌建设 组织企业参展').values)).toEqual({ support_measures: '一、加强品牌建设 组织企业参展' });
  });
});

describe('going on after time away, and a place asking for itself', () => {
  it.each(['不好意思刚才开会去了 接着填', '我又回来了 接着填😅', '抱歉，临时有事，继续'])('"%s" resumes', (text) => {
    expect(isResumeRequest(text)).toBe(true);
  });
  it('does not resume on time away alone', () => {
    expect(isResumeRequest('刚才开会去了')).toBe(false);
  });
  it('opens the form without taking a district for the product', () => {
    const intent = globalIntent('老师好 我是苏州局的 帮我们相城报一个地标😊');
    expect(intent).toMatchObject({ kind: 'start' });
    expect(intent).not.toHaveProperty('name');
    expect(globalIntent('我要申报石柱黄连')).toMatchObject({ kind: 'start', name: '石柱黄连' });
  });
});

describe('through the dialog, round 17', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());
  const ANSWERS = ['迁西板栗', '河北', '证明商标', '3057163', '河北省唐山市迁西县现辖行政区域', '迁西县板栗产业协会', '干果', '31亿', '无', '跳过', '跳过', '跳过', '12万人', '跳过', '跳过', '140家'];
  /** Starts a form and answers its first `count` questions (all before the measures by default). */
  const upTo = async (user: string, count = ANSWERS.length): Promise<void> => {
    await env.chat.as(user).says('/申报');
    for (const answer of ANSWERS.slice(0, count)) await env.chat.as(user).says(answer);
  };
  const upToMeasures = (user: string): Promise<void> => upTo(user);
  /** …up to the premium asked. */
  const upToPremium = (user: string): Promise<void> => upTo(user, 14);

  it('corrects the figure of a field named as the topic, and stores nothing in the free text asked', async () => {
    const user = 'u17-topic';
    await upToMeasures(user);
    await env.chat.as(user).says('等等 前面产值我报的是前年的 去年是13.2亿 改一下🙏');
    expect(env.draft(user)?.fields.annual_output_value?.value).toBe(1_320_000_000);
    expect(env.draft(user)?.fields).not.toHaveProperty('support_measures');
  });

  it('corrects a figure said to replace a rough one, and one with the old figure told apart', async () => {
    const user = 'u17-rough';
    await upToMeasures(user);
    await env.chat.as(user).says('哦对 产值那个是35.6亿 之前说的是约数');
    expect(env.draft(user)?.fields.annual_output_value?.value).toBe(3_560_000_000);
    await env.chat.as(user).says('对了前面产值我写错了 应该是47亿 42是前年的');
    expect(env.draft(user)?.fields.annual_output_value?.value).toBe(4_700_000_000);
  });

  it('stores a text corrected under a heading without the word for what it should be', async () => {
    const user = 'u17-headed';
    await upToMeasures(user);
    await env.chat.as(user).says('更正一下：保护范围应为河北省唐山市迁西县、遵化市现辖行政区域');
    expect(env.draft(user)?.fields.region?.value).toBe('河北省唐山市迁西县、遵化市现辖行政区域');
  });

  it('stores the answer given after a question about the figure asked', async () => {
    const user = 'u17-asked';
    await upToPremium(user);
    expect(env.current(user)?.id).toBe('sales_premium');
    await env.chat.as(user).says('溢价率就是比普通酥梨贵多少是吧？那贵一倍');
    expect(env.draft(user)?.fields.sales_premium?.value).toBe(100);
  });
  it('still answers a question with a remark after it, storing nothing', async () => {
    const user = 'u17-remark';
    await upToPremium(user);
    await env.chat.as(user).says('截止时间是哪天？怕来不及');
    expect(env.draft(user)?.fields).not.toHaveProperty('sales_premium');
    expect(env.current(user)?.id).toBe('sales_premium');
  });
});

describe('a figure field named at the end of a clause', () => {
  it('takes the figure of the clause after "顺带说一下溢价"', () => {
    const read = readMessage(form, {}, field('income_per_employee'), '人均收入五万二，顺带说一下溢价，比普通桃子贵一半');
    expect(plain(read.values)).toEqual({ income_per_employee: 52_000, sales_premium: 50 });
    expect(read.unread).toEqual([]);
  });
  it('reads nothing where the clause after says no figure', () => {
    expect(readMessage(form, {}, field('income_per_employee'), '我们说一下出口，主要是东南亚').values).toEqual({});
  });
});
