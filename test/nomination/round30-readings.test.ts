import { afterEach, describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { isFormRemark } from '../../src/nomination/form-remark.js';
import { readMessage } from '../../src/nomination/reading.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';
import { read, stored } from './reading-helpers.js';

describe('figures beside the one asked', () => {
  it('under a wider name than the asked field are about something else', () => {
    const text = '这个数是从市统计局要的：全市GDP去年约八百亿，五常大米的年产值2023年是210亿元，明年目标230亿。';
    const reading = readMessage(form, {}, field('annual_output_value'), text);
    expect(read('annual_output_value', text)).toEqual({ annual_output_value: 21_000_000_000 });
    expect(reading.unread.join('')).toContain('八百亿');
  });
  it('with words echoing the question answer it, of two unnamed ones', () => {
    expect(read('employees', '从业人员这块，全县农业人口大概60万，直接从事猕猴桃生产和经营的有十二万人左右')).toEqual({ employees: 120_000 });
  });
  it('that only another field takes are read for it', () => {
    expect(read('income_per_employee', '用标的一百五十七家 贵三成 人均两万八')).toEqual({ authorized_users: 157, sales_premium: 30, income_per_employee: 28_000 });
  });
  it('under the whole trade\'s total name the asked field no closer than the product\'s own', () => {
    const text = '2023年全县茶园面积60万亩，干毛茶产值52亿元，带动加工、物流等关联产业，茶产业集群总产值达95亿元，其中加工产值18亿元、物流产值6亿元。';
    expect(read('annual_output_value', text)).toEqual({ annual_output_value: 5_200_000_000, related_output_processing: 1_800_000_000, related_output_logistics: 600_000_000 });
  });
  it('under a wider total give the product one part after 其中', () => {
    expect(read('annual_output_value', '全产业链综合产值120亿元，其中核心产品产值45亿元')).toEqual({ annual_output_value: 4_500_000_000 });
  });
  it('restated in words while free text is asked are no free text', () => {
    expect(read('support_measures', '溢价率按60%算吧，比普通柑橘贵六成左右')).toEqual({ sales_premium: 60 });
  });
  it('in a series over the years without a unit on each give the latest', () => {
    expect(read('annual_output_value', '近三年产值分别是32、35、38亿元')).toEqual({ annual_output_value: 3_800_000_000 });
  });
});

describe('a remark that the form has no place for a figure', () => {
  it('is told apart from a remark that asks something', () => {
    for (const text of ['另外我们还评了个品牌价值，320亿元，表里没这项就算了', '还有个获奖情况，表上没有这一栏，那就不填了']) expect(isFormRemark(text), text).toBe(true);
    for (const text of ['表里没有品牌价值这项吗？', '扶持措施：县里设立专项资金500万元']) expect(isFormRemark(text), text).toBe(false);
  });
  it('stores nothing while free text is asked', () => {
    const reading = readMessage(form, {}, field('support_measures'), '另外我们还评了个品牌价值，320亿元，表里没这项就算了');
    expect(reading.values).toEqual({});
    expect(reading.unread).toHaveLength(1);
  });
});

describe('a text field answered with its history', () => {
  it('takes the name the officer says to write', () => {
    const text = '批的时候叫奉节县人民政府，后来机构改了，按现在的名字写奉节县脐橙产业发展中心';
    expect(read('applicant', text)).toEqual({ applicant: '奉节县脐橙产业发展中心' });
    expect(readMessage(form, {}, field('applicant'), text).unread).toEqual(['批的时候叫奉节县人民政府', '后来机构改了']);
  });
  it('drops where the words were copied from', () => {
    expect(read('support_measures', '按材料上写的是设立专项资金500万元，建设质量追溯平台')).toEqual({ support_measures: '设立专项资金500万元，建设质量追溯平台' });
  });
  it('drops a remark on its length before the region', () => {
    expect(read('region', '名字比较长，广东省江门市新会区现辖行政区域', stored('gi_name', '新会陈皮'))).toEqual({ region: '广东省江门市新会区现辖行政区域' });
  });
});

describe('voice input parted by spaces while the measures are asked', () => {
  it('keeps its spaces as the words of one answer', () => {
    const text = '县里出台茶产业扶持办法 每年安排专项资金3000万元 建设质量追溯平台 开展专用标志使用检查';
    expect(read('support_measures', text)).toEqual({ support_measures: text });
  });
});

describe('going on with a named draft', () => {
  it('does not read the words to go on as part of the name', () => {
    for (const text of ['继续填烟台苹果的申报书', '还是烟台苹果 接着来']) expect(globalIntent(text), text).toMatchObject({ kind: 'resume', name: '烟台苹果' });
  });
});

describe('the dialog', () => {
  let env: DialogEnv;
  afterEach(() => env.close());

  it('starts from a request after an introduction, the introduction read for the contact', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('您好，我是奉节县知识产权局的刘洋，手机13908231234。市局通知报重点联系指导名录，我们想报奉节脐橙。');
    expect(env.draft()?.fields.gi_name?.value).toBe('奉节脐橙');
    expect(env.draft()?.fields.contact_name?.value).toBe('刘洋');
    expect(env.draft()?.fields.contact_phone?.value).toBe('13908231234');
  });

  it('starts nothing when the long message ends by asking', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('您好，我是奉节县知识产权局的刘洋。市局通知报重点联系指导名录，我们想报奉节脐橙。截止时间是什么时候？');
    expect(env.draft()).toBeUndefined();
  });

  it('starts a draft with a self-introduction that gives a name and a phone number', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('你好。重庆市奉节县市场监督管理局，刘洋，联系电话023-56551234，联系人填我就行。');
    expect(env.draft()?.fields.contact_name?.value).toBe('刘洋');
    expect(env.draft()?.fields.contact_phone?.value).toBe('023-56551234');
  });

  it('reads an answer followed by a check as the answer', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报');
    while (env.current()?.id !== 'annual_output_value') await env.chat.as('u1').says(opening(env.current()?.id));
    await env.chat.as('u1').says('2022年是41亿，2023年是46.5亿元，填最近一年的就行对吧？');
    expect(env.draft()?.fields.annual_output_value?.value).toBe(4_650_000_000);
  });

  it('takes the new figure of a correction that also names the old one', async () => {
    env = await dialogEnv();
    await env.chat.as('u1').says('我要申报');
    await env.fillWithExamples();
    const before = env.draft()?.fields.annual_output_value?.value;
    expect(before).not.toBe(5_830_000_000);
    await env.chat.as('u1').says(`刚才产值报错了，${Number(before) / 100_000_000}亿是今年的预计数，去年实际是58.3亿元`);
    expect(env.draft()?.fields.annual_output_value?.value).toBe(5_830_000_000);
  });
});

function opening(id: string | undefined): string {
  return { gi_name: '奉节脐橙', province: '重庆', protection_type: '地理标志产品', registration_no: '2000年第95号', region: '重庆市奉节县现辖行政区域', applicant: '奉节县脐橙产业发展中心', product_category: '水果' }[id ?? ''] ?? '';
}
