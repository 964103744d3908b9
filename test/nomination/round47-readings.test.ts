import { afterEach, describe, expect, it } from 'vitest';
import { parseFor } from '../../src/nomination/answer-parse.js';
import { dialogIntent } from '../../src/nomination/dialog/intents.js';
import { withWriterName } from '../../src/nomination/person-name.js';
import { readMessage } from '../../src/nomination/reading.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

/**
 * The v47 round (coordinators relaying what counties sent): a forwarded block whose labelled name
 * answers the question asked, a forwarded chat record correcting itself, a table of two years with
 * the row named, a remark on a table's columns, a figure quoted from the county, names with the
 * unit around them, and the sender's own name never kept over the contact the county gives.
 */

const read = (asked: string | undefined, text: string) => readMessage(form, {}, asked ? field(asked) : undefined, text);
const valueOf = (asked: string | undefined, text: string, id: string) => read(asked, text).values[id]?.value;

describe('a forwarded block', () => {
  const block = '【转发】沧县市场监管局 张宏伟：\n赵处，我县金丝小枣的申报材料如下，请审阅。\n产品名称：沧州金丝小枣\n所属省份：河北省';
  it('answers the name asked by its label, not by the sender\'s words above it', () => {
    expect(valueOf('gi_name', block, 'gi_name')).toBe('沧州金丝小枣');
    expect(valueOf('gi_name', block, 'province')).toBe('河北省');
  });
  it('still takes an unlabelled answer when nothing labels the field asked', () => {
    expect(valueOf('gi_name', '沧州金丝小枣\n所属省份：河北省', 'gi_name')).toBe('沧州金丝小枣');
  });
});

describe('a header row parted by single spaces', () => {
  it('is read as a header when one of four cells is the officer\'s own word', () => {
    const reading = read('gi_name', '名称 省份 保护类型 编号\n崂山绿茶 山东 地理标志产品 2006年第89号');
    expect(reading.values.gi_name?.value).toBe('崂山绿茶');
    expect(reading.values.protection_type?.value).toBe('地理标志产品');
    expect(reading.unread).toContain('编号：2006年第89号');
  });
  it('gives no product name of the other fields\' names', () => {
    expect(parseFor(form, field('gi_name'), '省份 保护类型 编号').ok).toBe(false);
    expect(parseFor(form, field('gi_name'), '崂山绿茶').ok).toBe(true);
  });
});

describe('a line that corrects what the same message gave', () => {
  const record = (fix: string): string => `郑建华 09:20\n产值去年5.8亿，出口120万美元\n郑建华 09:26\n${fix}`;
  it.each(['更正一下，产值是6.8亿，上面打错了', '产值应该是6.8亿', '不对，产值6.8亿'])('replaces it: %s', (fix) => {
    expect(valueOf(undefined, record(fix), 'annual_output_value')).toBe(680000000);
    expect(valueOf(undefined, record(fix), 'export_value')).toBe(1200000);
  });
  it('keeps the new value when the old one is said after it', () => {
    expect(valueOf(undefined, '年产值应该是53亿，不是50亿', 'annual_output_value')).toBe(5300000000);
  });
});

describe('a table of several years', () => {
  const table = (lead: string): string => `${lead}\n年度\t年产值（亿元）\t从业人数（万人）\t用标主体（家）\n2021\t18.2\t3.1\t41\n2022\t21.7\t3.4\t52`;
  it('reads the row whose year the message names', () => {
    const reading = read('annual_output_value', table('县里把两年的数都发来了，按2022年那行填：'));
    expect(reading.values.annual_output_value?.value).toBe(2170000000);
    expect(reading.values.employees?.value).toBe(34000);
    expect(reading.values.authorized_users?.value).toBe(52);
  });
  it('guesses no row when none is named', () => {
    expect(read('annual_output_value', table('县里把两年的数都发来了：')).values.annual_output_value).toBeUndefined();
  });
});

describe('a remark on a table\'s columns', () => {
  it('is no measure', () => {
    expect(read('support_measures', '存栏那列不用管，是县里自己统计用的。出口那格0是真的没有出口').values.support_measures).toBeUndefined();
  });
  it('leaves measures that say what was done', () => {
    expect(valueOf('support_measures', '县里每年安排专项资金800万元，建设标准化基地3个', 'support_measures')).toBe('县里每年安排专项资金800万元，建设标准化基地3个');
  });
});

describe('a figure quoted or reported from the county', () => {
  const named = { gi_name: { raw: '郁南无核黄皮', value: '郁南无核黄皮', display: '郁南无核黄皮' } };
  it.each(['溢价这个县里写的是“高出同类产品约1倍”', '县里写的是高出同类产品约1倍', '他们填的是高出同类产品约1倍'])('%s', (text) => {
    const reading = readMessage(form, named, field('sales_premium'), text);
    expect(reading.values.sales_premium?.value).toBe(100);
    expect(Object.keys(reading.values)).toEqual(['sales_premium']);
  });
});

describe('a contact named with the unit around the name', () => {
  it.each([
    ['泰兴市市场监管局知识产权科顾春燕', '顾春燕'],
    ['郑建华 永泰县市场监管局', '郑建华'],
    ['联系人就是转发里那个张宏伟，手机13903178826', '张宏伟'],
    ['联系人写上面那位刘佳', '刘佳'],
  ])('%s', (text, name) => {
    expect(valueOf('contact_name', text, 'contact_name')).toBe(name);
  });
  it('takes a name of any shape right after the writer points at themselves', () => {
    expect(withWriterName(field('contact_name'), false, '联系人写我就行，乌云，电话0471-6945237', undefined)).toBe('联系人：乌云，电话0471-6945237');
    expect(withWriterName(field('contact_name'), false, '联系人写我，手机号', undefined)).toBe('联系人写我，手机号');
  });
});

describe('submitting said with the writer in it', () => {
  it.each(['我先提交了', '那我提交了', '我们就提交吧'])('%s', (text) => {
    expect(dialogIntent(text)?.kind).toBe('submit');
  });
  it('is no question whether it was submitted', () => {
    expect(dialogIntent('提交了吗')?.kind).not.toBe('submit');
  });
});

describe('the sender\'s own name', () => {
  let env: DialogEnv | undefined;
  afterEach(() => env?.close());

  it('gives way to the contact the county names later, without asking', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('你好，我是市局保护处的孙晓，帮房山区录一个地标申报');
    expect(env.draft()?.fields.contact_name?.value).toBe('孙晓');
    await env.chat.as('u1').says('联系人是房山区市场监管局的刘佳，电话010-81312456').expectReply(/联系人：刘佳/);
    expect(env.draft()?.fields.contact_name?.value).toBe('刘佳');
  });

  it('stays when given as the contact, and a later name is asked about', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('/申报');
    await env.answerUntil('contact_name');
    await env.chat.as('u1').says('孙晓');
    await env.answerUntil('contact_email');
    await env.chat.as('u1').says('联系人是刘佳').expectReply(/联系人已填 孙晓，改为 刘佳 吗/);
    expect(env.draft()?.fields.contact_name?.value).toBe('孙晓');
  });
});
