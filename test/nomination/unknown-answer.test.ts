import { afterEach, describe, expect, it } from 'vitest';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';
import { isNone, isUnknownAnswer } from '../../src/nomination/none-answer.js';
import { dialogEnv, field, type DialogEnv } from './dialog-fixture.js';

/**
 * "不清楚", "这个没统计过", "暂无数据": an answer that the fact is not known. Generated from the
 * words for not knowing, the words beside them and the endings; look-alikes that carry a value
 * ("不清楚，大概两亿", "没有", "无") must still be read as values. In the dialog an optional field
 * is skipped and a required one stays asked, with a reply that says it is required.
 */

const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

const NOT_KNOWN = ['不清楚', '不太清楚', '不知道', '不大确定', '没统计', '没有统计', '没统计过', '暂无数据', '没数据', '说不好', '说不准', '不好说', '没数', '心里没数', '不掌握', '目前还不掌握', '没核算过', '统计不出来', '算不出来', '没分开统计', '没有单独统计', '没单独算', '未单列统计', '没细分统计'];
const BEFORE = ['', '这个', '这项', '这一块', '这个数', '具体数字', '我们这边', '目前', '暂时', '这个我真', '不好意思，'];
const AFTER = ['', '。', '哎', '啊', '呢', '哈', '了', '～', '…'];
const unknowns = NOT_KNOWN.flatMap((words, w) => BEFORE.map((before, b) => `${before}${words}${pick(AFTER, w + b)}`));

/** A value with the words beside it, "none" answers, or words that are something else. */
const VALUES = ['不清楚，大概两亿', '具体不知道，估计3000万左右', '没有', '无', '0', '没有出口', '暂无', '清楚', '知道了', '不清楚的部分先空着，加工1.2亿', '说不好，按30%填吧', '不知道名字对不对：黄岩蜜橘'];

describe('answers that the fact is not known', () => {
  it(`reads all ${unknowns.length} generated "not known" answers as such`, () => {
    expect(unknowns.filter((text) => !isUnknownAnswer(text))).toEqual([]);
    expect(unknowns.filter((text) => dialogIntent(text)?.kind !== 'unknown')).toEqual([]);
  });

  it(`leaves ${VALUES.length} look-alikes with a value, or a none answer, to be read as values`, () => {
    expect(VALUES.filter((text) => isUnknownAnswer(text))).toEqual([]);
  });
});

describe('a "none" for the year asked, among clauses about the field', () => {
  const ABOUT = ['今年才开始往东盟出口', '我们一直想做出口', '出口这块', '出口的渠道正在谈', '出口刚起步'];
  const NONE = ['去年还没有', '之前没有', '目前还没有', '上一年度没有', '以前都没有'];
  const EXPORT = field('export_value');
  it(`reads all ${ABOUT.length * NONE.length} as none, in either order`, () => {
    const wrong = ABOUT.flatMap((about, a) => NONE.map((none, n) => (a + n) % 2 === 0 ? `${about}，${none}` : `${none}，${about}`)).filter((text) => !isNone(EXPORT, text));
    expect(wrong).toEqual([]);
  });

  it('reads no none where a clause talks of another field, or a figure is given', () => {
    for (const text of ['没有加工，出口有一些', '加工这块去年还没有，出口2000万', '出口去年没有，物流有3000万', '旅游这块，去年还没有']) {
      expect(isNone(EXPORT, text), text).toBe(false);
    }
  });
});

describe('a "not known" answer in the dialog', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  /** Answers the form in order up to `id`, with each field's example. */
  async function askUpTo(id: string): Promise<void> {
    await env.chat.as('u1').says('/申报');
    for (let guard = 0; guard < 30 && env.current()?.id !== id; guard += 1) {
      const asked = env.current();
      if (!asked) throw new Error(`never asked ${id}`);
      await env.chat.as('u1').says(asked.example ?? '');
    }
  }

  it('skips each optional figure answered with one, and the next answers land in the next fields', async () => {
    env = await dialogEnv();
    await askUpTo('related_output_logistics');
    await env.chat.as('u1').says('这个不太清楚').expectReply(/已跳过/);
    expect(env.current()?.id).toBe('related_output_tourism');
    await env.chat.as('u1').says('暂无数据');
    expect(env.current()?.id).toBe('employees');
    await env.chat.as('u1').says('两万三千人').expectReply(/已记录/);
    const fields = env.draft()?.fields ?? {};
    expect(fields.employees?.value).toBe(23000);
    expect(fields.related_output_logistics).toBeUndefined();
    expect(fields.related_output_tourism).toBeUndefined();
  });

  it('keeps asking a required field, saying it is required, and stores the value given next', async () => {
    env = await dialogEnv();
    await askUpTo('annual_output_value');
    const reply = (await env.chat.as('u1').says('说不好啊')).join('\n');
    expect(reply).toContain('必填');
    expect(reply).toContain(field('annual_output_value').prompt);
    expect(env.current()?.id).toBe('annual_output_value');
    expect(env.draft()?.fields.annual_output_value).toBeUndefined();
    await env.chat.as('u1').says('大概四个亿').expectReply(/已记录/);
    expect(env.draft()?.fields.annual_output_value?.value).toBe(400000000);
  });

  it('skips an optional text field answered with one, storing nothing', async () => {
    env = await dialogEnv();
    await askUpTo('contact_email');
    await env.chat.as('u1').says('邮箱不知道');
    await env.chat.as('u1').says('不知道');
    expect(env.draft()?.fields.contact_email).toBeUndefined();
    expect(env.current()?.id).not.toBe('contact_email');
  });
});
