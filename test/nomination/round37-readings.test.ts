import { afterEach, describe, expect, it } from 'vitest';
import { dialogEnv, type DialogEnv } from './dialog-fixture.js';
import { read } from './reading-helpers.js';

/** The v37 round: a numbered list sent item by item, all the firms of a place counted beside a figure. */

describe('a numbered list sent item by item', () => {
  let env: DialogEnv;
  afterEach(() => env.close());
  it('keeps its items on lines of their own, each closed as the officer closes them', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报罗定肉桂');
    while (env.current()?.id !== 'support_measures') await env.chat.as('u1').says('跳过');
    await env.chat.as('u1').says('扶持措施：1.市财政每年安排肉桂产业专项资金1500万元；');
    await env.chat.as('u1').says('2.建设罗定肉桂现代农业产业园；');
    await env.chat.as('u1').says('3.与华南农业大学合作开展肉桂良种选育。');
    expect(env.draft()?.fields.support_measures?.value).toBe('1.市财政每年安排肉桂产业专项资金1500万元；\n2.建设罗定肉桂现代农业产业园；\n3.与华南农业大学合作开展肉桂良种选育。');
  });
});

describe('all the firms of a place, counted beside a figure', () => {
  it('are no count of the firms licensed to use the mark', () => {
    expect(read('annual_output_value', '全县石雕石材企业1200多家，年产值约180亿元')).toEqual({ annual_output_value: 18_000_000_000 });
    expect(read('annual_output_value', '全县石雕石材企业1200多家')).toEqual({});
    expect(read('annual_output_value', '全市规上企业56家')).toEqual({});
  });
  it('leaves firms counted with a word of using the mark, or with no word of a whole place, read', () => {
    expect(read('annual_output_value', '授权用标企业58家')).toEqual({ authorized_users: 58 });
    expect(read('contact_name', '获准使用专用标志的企业146家')).toEqual({ authorized_users: 146 });
    expect(read('annual_output_value', '有180多家企业用标')).toEqual({ authorized_users: 180 });
    expect(read('annual_output_value', '企业数96家')).toEqual({ authorized_users: 96 });
  });
});
