import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BEGIN_ALONE, globalIntent, hasQuestionWord } from '../../src/nomination/dialog/intents.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { readMessage } from '../../src/nomination/reading.js';
import { parseFor } from '../../src/nomination/answer-parse.js';
import { regionField } from '../../src/nomination/places.js';
import { figuresAsMeant } from '../../src/nomination/settle.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

const plain = (values: Record<string, FieldValue>): Record<string, unknown> => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));

describe('starting a nomination', () => {
  it.each(['开始', '开始吧', '那就开始吧', '好，开始', '我们开始吧', '现在开始填'])('"%s" is beginning alone', (text) => {
    expect(BEGIN_ALONE.test(text)).toBe(true);
  });
  it.each(['会议开始', '开始了吗', '从头开始填产值'])('"%s" is more than beginning', (text) => {
    expect(BEGIN_ALONE.test(text)).toBe(false);
  });

  it.each(['计划：新增用标企业12家，建设检验检测中心，办好川菜美食节。', '措施：开展品牌推介，办好采摘节'])('"%s" asks for nothing', (text) => {
    expect(globalIntent(text)).toBeUndefined();
  });

  it('takes a two-character name after 我们 for where the speakers are, a product with its noun for the product', () => {
    expect(globalIntent('我们章丘想申报一下')).toMatchObject({ kind: 'start' });
    expect(globalIntent('我们章丘想申报一下')).not.toHaveProperty('name');
    expect(globalIntent('我们梁平柚想报名录')).toMatchObject({ name: '梁平柚' });
    expect(globalIntent('我们五常大米想报名录')).toMatchObject({ name: '五常大米' });
  });

  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it('opens the form on 开始吧 with no draft, and inside a form takes it for no new one', async () => {
    await env.chat.as('u-begin').says('开始吧').expectReply(/开始填写/u);
    expect(env.current('u-begin')?.id).toBe('gi_name');
    await env.chat.as('u-begin').says('五常大米');
    await env.chat.as('u-begin').says('开始吧');
    expect(env.drafts('u-begin')).toHaveLength(1);
    expect(env.draft('u-begin')?.fields.gi_name?.value).toBe('五常大米');
  });
});

describe('values read where they are typed', () => {
  it('parts a spaced line that opens with a protection type', () => {
    expect(plain(readMessage(form, {}, field('province'), '地标产品 2005年第60号').values)).toEqual({ protection_type: '地理标志产品', registration_no: '2005年第60号' });
  });

  it('reads a region worded as approvals word it without a province named', () => {
    expect(regionField(form, '成都市郫都区现辖行政区域')?.id).toBe('region');
    expect(regionField(form, '茶叶')).toBeUndefined();
  });

  it('parts a pasted row of alternating names and values, free text included', () => {
    const read = readMessage(form, {}, field('region'), '地理范围 | 云南省文山壮族苗族自治州文山市、砚山县等8县（市）现辖行政区域 | 保护申请机构 | 文山州三七产业发展服务中心 | 产品类别 | 中药材');
    expect(plain(read.values)).toEqual({
      region: '云南省文山壮族苗族自治州文山市、砚山县等8县（市）现辖行政区域',
      applicant: '文山州三七产业发展服务中心',
      product_category: '中药材',
    });
  });

  it.each([
    ['二十几个亿', 2_000_000_000],
    ['20几亿', 2_000_000_000],
    ['加工三十几个亿吧', 3_000_000_000],
  ])('reads %s at its tens, approximate', (text, value) => {
    const parsed = parseFor(form, field('related_output_processing'), text);
    expect(parsed.ok && parsed.value).toMatchObject({ value, approximate: true });
  });

  it('refuses 几 with no tens before it', () => {
    expect(parseFor(form, field('related_output_processing'), '几亿').ok).toBe(false);
  });

  it.each([
    ['出口创汇约3000万港元', 30_000_000, '港元'],
    ['200万欧元', 2_000_000, '欧元'],
    ['800万美元', 8_000_000, '美元'],
    ['人民币8000万', 80_000_000, '元'],
  ])('keeps the currency of %s, never converted', (text, value, unit) => {
    const parsed = parseFor(form, field('export_value'), text);
    expect(parsed.ok && parsed.value).toMatchObject({ value, unit });
  });

  it('refuses a foreign currency for a per-person income', () => {
    expect(parseFor(form, field('income_per_employee'), '5000港元').ok).toBe(false);
  });

  it.each(['种葱的四万出头', '养羊的有三万多', '干这行的两万来人'])('reads the people engaged in "%s"', (text) => {
    const parsed = parseFor(form, field('employees'), text);
    expect(parsed.ok).toBe(true);
  });
});

describe('a figure said again after 就是', () => {
  it.each([
    ['比一般大米要贵一倍左右就是溢价百分之一百', '比一般大米要贵百分之一百'],
    ['产值一百来个亿，也就是说102亿', '产值102亿'],
  ])('"%s" settles on the figure said last', (text, meant) => {
    expect(figuresAsMeant(text)).toBe(meant);
  });

  it.each(['就是120亿', '用标企业就是那个协会的12家', '从业人员三万多就是说加上季节工'])('"%s" has no figure said again', (text) => {
    expect(figuresAsMeant(text)).toBe(text);
  });
});

describe('corrections and completions', () => {
  it('finds the value in the clause naming the field corrected', () => {
    expect(findCorrection(form, '等一下，用标的是三百四十家，刚才记错了', 'support_measures', { authorized_users: { raw: '310', value: 310, display: '310家' } })).toEqual({
      field: 'authorized_users',
      value: '三百四十家',
    });
  });

  it('asks before a full name (申请人全称是…) replaces the stored one, and holding back in front is no value', () => {
    const filled = { applicant: { raw: '库尔勒香梨协会', value: '库尔勒香梨协会', display: '库尔勒香梨协会' } };
    const fuller = readMessage(form, filled, field('product_category'), '等会儿，申请人全称是巴音郭楞蒙古自治州库尔勒香梨协会');
    expect(fuller.values).toEqual({});
    expect(plain(fuller.conflicts)).toEqual({ applicant: '巴音郭楞蒙古自治州库尔勒香梨协会' });
  });

  it('never stores holding back as a value', () => {
    expect(parseFor(form, field('product_category'), '等会儿').ok).toBe(false);
    expect(parseFor(form, field('support_measures'), '等一下').ok).toBe(false);
  });
});

describe('a question asked while free text is asked', () => {
  it.each(['这个截止日期是啥时候', '啥时候交'])('"%s" holds a question word', (text) => {
    expect(hasQuestionWord(text)).toBe(true);
  });
  it.each(['没啥出口', '啥都没有统计'])('"%s" asks nothing', (text) => {
    expect(hasQuestionWord(text)).toBe(false);
  });

  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it('goes to the answerer, and the measures stay unfilled', async () => {
    const user = 'u-question-in-measures';
    await env.chat.as(user).says('我要报名录');
    await env.chat.as(user).says('岷县当归');
    for (const id of ['province', 'protection_type', 'registration_no', 'region', 'applicant', 'product_category', 'annual_output_value', 'employees', 'authorized_users']) {
      await env.chat.as(user).says(`${field(id).label}：${field(id).example}`);
    }
    expect(env.current(user)?.id).toBe('support_measures');
    await env.chat.as(user).says('这个截止日期是啥时候');
    expect(env.draft(user)?.fields.support_measures).toBeUndefined();
  });

  it('tells the writer what stays when an overwrite asked is answered with something else', async () => {
    const user = 'u-overwrite-unanswered';
    await env.chat.as(user).says('我要报名录');
    await env.chat.as(user).says('文山三七');
    await env.chat.as(user).says('年产值：118亿');
    await env.chat.as(user).says('年产值：98亿').expectReply(/年产值已填 118亿元，改为 98亿元 吗/u);
    const replies = (await env.chat.as(user).says('出口额：1.6亿元')).join('\n');
    expect(replies).toMatch(/没有确认，仍保留：年产值 118亿元/u);
    expect(env.draft(user)?.fields.annual_output_value?.value).toBe(11_800_000_000);
    expect(env.draft(user)?.fields.export_value?.value).toBe(160_000_000);
  });

  it('a product named with its province offers the form and keeps the province for when it is taken', async () => {
    const user = 'u-offer-province';
    expect((await env.chat.as(user).says('郫县豆瓣 四川')).join('\n')).toMatch(/郫县豆瓣/u);
    await env.chat.as(user).says('地标产品 2005年第60号');
    expect(plain(env.draft(user)?.fields ?? {})).toEqual({ gi_name: '郫县豆瓣', province: '四川省', protection_type: '地理标志产品', registration_no: '2005年第60号' });
  });
});

describe("a report's paragraph pasted while the name is asked", () => {
  const valuesOf = (current: string, text: string): Record<string, unknown> => plain(readMessage(form, {}, field(current), text).values);

  it('reads the product described in a sentence of its own, after a lead-in that says it is sent', () => {
    expect(
      valuesOf('gi_name', '我把申报材料第一段发给你：库尔勒香梨是新疆的特色林果产品，2003年注册为地理标志证明商标，注册号3011852，注册人为巴音郭楞蒙古自治州库尔勒香梨协会'),
    ).toEqual({
      gi_name: '库尔勒香梨',
      province: '新疆维吾尔自治区',
      product_category: '林果',
      protection_type: '作为证明商标注册的地理标志',
      registration_no: '3011852',
      applicant: '巴音郭楞蒙古自治州库尔勒香梨协会',
    });
  });

  it('takes an introduction for no name, and where the product is for its province', () => {
    expect(valuesOf('gi_name', '先介绍下：我们申报的是阳澄湖大闸蟹，在江苏苏州，2005年获批地理标志产品保护，公告号是2005年第78号。')).toEqual({
      gi_name: '阳澄湖大闸蟹',
      province: '江苏省',
      protection_type: '地理标志产品',
      registration_no: '2005年第78号',
    });
  });

  it.each(['在江苏苏州', '位于四川成都', '阿依古丽·买买提'])('never names the product "%s"', (text) => {
    expect(parseFor(form, field('gi_name'), text).ok).toBe(false);
  });

  it('sends a name with a dot to the contact', () => {
    expect(valuesOf('gi_name', '阿依古丽·买买提')).toEqual({ contact_name: '阿依古丽·买买提' });
  });

  it('drops a section heading over its pairs or its figures', () => {
    expect(valuesOf('contact_name', '五、联系方式 联系人：包文杰 手机：139 0482 6631')).toEqual({ contact_name: '包文杰', contact_phone: '13904826631' });
    expect(valuesOf('annual_output_value', '■产业数据 2023年全区大桃年产值13.6亿元，出口额为零')).toEqual({ annual_output_value: 1_360_000_000, export_value: 0 });
  });

  it('reads a figure achieved ("实现产值46亿元")', () => {
    expect(valuesOf('annual_output_value', '实现产值46亿元')).toEqual({ annual_output_value: 4_600_000_000 });
  });
});

describe('what a figure should have been', () => {
  it.each([
    ['不好意思，产值那里要改，118亿是综合的，种植这块的年产值应该填98亿', '98亿'],
    ['年产值应该填98亿', '98亿'],
  ])('"%s" corrects with the value written last', (text, value) => {
    expect(findCorrection(form, text, undefined, { annual_output_value: { raw: '118亿', value: 11_800_000_000, display: '118亿元' } })).toEqual({ field: 'annual_output_value', value });
  });
});

