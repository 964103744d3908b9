import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogIntent, globalIntent } from '../../src/nomination/dialog/intents.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { isAboutSending } from '../../src/nomination/lead-in.js';
import { barsBetweenPairs } from '../../src/nomination/pair-bars.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { looksLikeSpeaker, withNicknameNamed } from '../../src/nomination/person-name.js';
import { readMessage } from '../../src/nomination/reading.js';
import { withSpokenBreaks } from '../../src/nomination/run-on.js';
import { figuresAsMeant } from '../../src/nomination/settle.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';
import { framed, read, stored } from './reading-helpers.js';

describe("a document's item number before a line of data", () => {
  it('is no figure of its own', () => {
    expect(read('related_output_tourism', '6. 农旅融合带动乡村旅游收入2.1亿元')).toEqual({ related_output_tourism: 210_000_000 });
    expect(read('related_output_logistics', '3. 物流：暂无统计')).toEqual({});
    expect(readMessage(form, {}, field('related_output_logistics'), '3. 物流：暂无统计').skipped).toEqual(['related_output_logistics']);
  });
  it('is kept in free text and in a numbered statement of measures', () => {
    expect(read('support_measures', '1. 设立专项资金500万元')).toEqual({ support_measures: '1. 设立专项资金500万元' });
  });
});

describe('a row of answers parted by bars', () => {
  it('parts every cell when some are labelled and none is a bare label', () => {
    expect(read('gi_name', '名字叫庆元香菇｜浙江｜地理标志产品｜保护范围：浙江省丽水市庆元县现辖行政区域｜申请单位：庆元县食用菌产业中心')).toEqual({
      gi_name: '庆元香菇',
      province: '浙江省',
      protection_type: '地理标志产品',
      region: '浙江省丽水市庆元县现辖行政区域',
      applicant: '庆元县食用菌产业中心',
    });
  });
  it('keeps a row of labels and their values in cells as pairs', () => {
    expect(barsBetweenPairs(form, '名称｜庆元香菇｜省份｜浙江')).toBe('名称｜庆元香菇｜省份｜浙江');
    expect(read('gi_name', '名称｜庆元香菇｜省份｜浙江')).toEqual({ gi_name: '庆元香菇', province: '浙江省' });
  });
});

describe('who reported a figure', () => {
  it.each([
    ['employees', '从业 小周报的2.6万人', 26_000],
    ['employees', '从业人员 县局给的数2.6万人', 26_000],
    ['related_output_logistics', '物流这块，临安区老方报的1.2亿', 120_000_000],
    ['annual_output_value', '产值：统计站说是18亿', 1_800_000_000],
  ])('%s: %s', (id, text, value) => {
    expect(read(id, text)).toEqual({ [id]: value });
  });
  it('leaves things counted to describe the figure out of it', () => {
    expect(read('annual_output_value', '三个县加起来产值大约46亿')).toEqual({ annual_output_value: 4_600_000_000 });
  });
});

describe('a forwarded colleague named by place and nickname', () => {
  it.each([
    ['临安小方：全区产值18亿', '全区产值18亿'],
    ['安吉老孙：「用标企业63家」', '用标企业63家'],
    ['小周原话「去年从业人员2.6万人」', '去年从业人员2.6万人'],
    ['临安区老方说出口基本没有', '出口基本没有'],
  ])('%s', (text, said) => {
    expect(framed(text)).toBe(said);
  });
  it('keeps a label, a sum word and a verdict', () => {
    expect(framed('小计：120亿')).toBe('小计：120亿');
    expect(framed('联系人小周：13812345678')).toBe('联系人小周：13812345678');
    expect(framed('李明说的对')).toBe('李明说的对');
  });
  it.each(['小周', '临安区小方', '安吉老孙'])('"%s" is a speaker', (name) => {
    expect(looksLikeSpeaker(name)).toBe(true);
  });
  it.each(['小计', '老区'])('"%s" is no speaker', (name) => {
    expect(looksLikeSpeaker(name)).toBe(false);
  });
});

describe('a contact named with a nickname or a unit', () => {
  it('keeps the full name over the nickname', () => {
    expect(withNicknameNamed('方志强，就是小方')).toBe('方志强');
    expect(withNicknameNamed('联系人是小方，大名方志强')).toBe('联系人是方志强');
    expect(read('contact_name', '联系人写临安区局的方志强，就是小方')).toEqual({ contact_name: '方志强' });
  });
});

describe('a change whose field is named in another clause', () => {
  const filled = { ...stored('annual_output_value', '46亿'), ...stored('income_per_employee', '6.2万') };
  it('goes to the one named field its value reads as', () => {
    expect(findCorrection(form, '核实了，产值46亿含了加工，种植本身是39亿，改成39亿', undefined, filled)).toEqual({ field: 'annual_output_value', value: '39亿' });
    expect(findCorrection(form, '人均收入刚才那个是农户口径，全口径是5.8万，以5.8万为准', undefined, filled)).toEqual({ field: 'income_per_employee', value: '5.8万' });
  });
});

describe('more ways of saying a value was wrong', () => {
  const filled = { ...stored('gi_name', '庆元香菇干'), ...stored('authorized_users', '86家'), ...stored('region', '浙江省丽水市庆元县') };
  it('reads a character too many, and the name it is called by', () => {
    expect(findCorrection(form, '名称多了个干字，就叫庆元香菇', undefined, filled)).toEqual({ field: 'gi_name', value: '庆元香菇' });
  });
  it('reads the labelled value beside a slip of the hand', () => {
    expect(findCorrection(form, '我核对了一下，用标企业是68家，86是笔误', undefined, filled)).toEqual({ field: 'authorized_users', value: '68家' });
  });
  it('reads past a heading that announces the changes', () => {
    expect(findCorrection(form, '要改两个地方：保护范围漏了一个镇，完整的是：浙江省丽水市庆元县、龙泉市现辖行政区域', undefined, filled)).toEqual({
      field: 'region',
      value: '浙江省丽水市庆元县、龙泉市现辖行政区域',
    });
  });
});

describe('none for a required figure', () => {
  it('is refused, not stored as zero', () => {
    expect(parseField(field('annual_output_value'), '无').ok).toBe(false);
    expect(parseField(field('employees'), '没有').ok).toBe(false);
  });
  it('is zero for an optional figure, and 0 is a figure anywhere', () => {
    const none = parseField(field('export_value'), '无');
    expect(none.ok && none.value.value).toBe(0);
    const zero = parseField(field('annual_output_value'), '0');
    expect(zero.ok && zero.value.value).toBe(0);
  });
});

describe('leaving the form for now, and what is not needed', () => {
  it.each(['先到这，下午开会，回来再弄', '今天先弄到这', '先到这吧，要出差了'])('"%s" pauses', (text) => {
    expect(dialogIntent(text)?.kind).toBe('pause');
  });
  it.each(['邮箱不用了', '这项就不需要了'])('"%s" skips', (text) => {
    expect(dialogIntent(text)?.kind).toBe('skip');
  });
  it('"不用了" alone declines', () => {
    expect(dialogIntent('不用了')?.kind).not.toBe('skip');
  });
  it.each(['临安小方把表发我了', '材料是从excel里复制的', '县局小周整理的'])('"%s" is about the sending', (text) => {
    expect(isAboutSending(text)).toBe(true);
  });
  it('a clause with data is not', () => {
    expect(isAboutSending('用标企业63家')).toBe(false);
  });
});

describe('a coordinator entering one nomination after another', () => {
  it.each([
    ['下一个：庆元香菇', '庆元香菇'],
    ['又来一个，这次是庆元香菇', '庆元香菇'],
    ['再开一份，庆元香菇', '庆元香菇'],
    ['接下来录第二个，庆元香菇', '庆元香菇'],
    ['各县报上来的，我汇总一下，先录庆元香菇', '庆元香菇'],
  ])('"%s" starts the form for %s', (text, name) => {
    expect(globalIntent(text)).toMatchObject({ kind: 'start', name });
  });
  it.each(['下一个：截止时间', '申报情况汇总一下', '新建加工园区'])('"%s" starts nothing', (text) => {
    expect(globalIntent(text)).toBeUndefined();
  });
});

describe("a figure's breakdown or remark in brackets", () => {
  it('is no answer of its own', () => {
    expect(read('authorized_users', '用标企业87家（企业61家、合作社26家）')).toEqual({ authorized_users: 87 });
    expect(read('authorized_users', '87家（之前说的八十来家是估的）')).toEqual({ authorized_users: 87 });
  });
  it('stays in a statement of actions', () => {
    expect(read('support_measures', '安排资金300万元（省级100万元，县级200万元），建设冷库')).toEqual({
      support_measures: '安排资金300万元（省级100万元，县级200万元），建设冷库',
    });
  });
});

describe('a value said against the old one', () => {
  const filled = stored('authorized_users', '80家');
  it.each(['用标企业不是八十来家，准确是87家', '刚才用标写的八十来家，核实是87家'])('%s', (text) => {
    expect(findCorrection(form, text, undefined, filled)).toEqual({ field: 'authorized_users', value: '87家' });
  });
});

describe('figures from several sources, and the one to go by', () => {
  it.each([
    ['老周说产值45个亿，县统计局的数是41亿，以统计局为准', '老周说产值41亿'],
    ['产值小吴和小钱报的不一样，小吴18亿，小钱19亿，按小钱的', '产值小吴和小钱报的不一样，小吴19亿'],
    ['年产值这块，县局李科长给的是32亿，统计局是30亿，咱们用李科长的', '年产值这块，县局李科长给的是32亿'],
  ])('%s', (text, meant) => {
    expect(figuresAsMeant(text)).toBe(meant);
  });
  it('reads a currency to report in as no source', () => {
    expect(figuresAsMeant('产值3亿，出口500万美元，按美元报')).toBe('产值3亿，出口500万美元，按美元报');
  });
  it('takes a change to the source named for the field the message is about', () => {
    const filled = { ...stored('annual_output_value', '32亿'), ...stored('related_output_processing', '8.5亿') };
    expect(findCorrection(form, '李科长说他那个年产值含了加工，改用统计局的30亿', undefined, filled)).toEqual({ field: 'annual_output_value', value: '30亿' });
  });
});

describe("a total broken down into the form's own fields", () => {
  it('gives those fields, and the total goes', () => {
    expect(read(undefined, '相关产业产值合计＝40亿（加工25亿，物流10亿，旅游5亿）')).toEqual({
      related_output_processing: 2_500_000_000,
      related_output_logistics: 1_000_000_000,
      related_output_tourism: 500_000_000,
    });
  });
  it('keeps the total where the parts name no field', () => {
    expect(read('annual_output_value', '总产值＝120亿（其中主业100亿、配套20亿）')).toEqual({ annual_output_value: 12_000_000_000 });
    expect(read('employees', '从业人员9万人左右（种植7万，加工2万）')).toEqual({ employees: 90_000 });
  });
});

describe('a spoken run', () => {
  it("cuts after a choice said with its field's name, where the next name follows", () => {
    expect(withSpokenBreaks(form, '名称庆元香菇省份浙江类型地理标志产品公告号2002年第5号')).toBe('名称庆元香菇，省份浙江，类型地理标志产品，公告号2002年第5号');
  });
  it('starts an answer at the first of two names of its field', () => {
    expect(withSpokenBreaks(form, '加工产值十二个亿物流三个亿旅游那个采摘游大概两个亿')).toBe('加工产值十二个亿，物流三个亿，旅游那个采摘游大概两个亿');
  });
  it("parts a region from the answers after its customary close", () => {
    expect(withSpokenBreaks(form, '浙江省丽水市庆元县现辖行政区域申请单位庆元县食用菌产业中心类别食用菌', true)).toBe('浙江省丽水市庆元县现辖行政区域，申请单位庆元县食用菌产业中心，类别食用菌');
  });
  it('reads words that carry the talk on as no answer', () => {
    expect(read('product_category', '续上 刚才断网了')).toEqual({});
  });
  it('reads a name and chatter parted by a space when the message reads as nothing else', () => {
    expect(read('gi_name', '庆元香菇 领导催好久了')).toEqual({ gi_name: '庆元香菇' });
  });
});

describe('more chat framing', () => {
  it.each([
    ['转：杨老师：浙江省丽水市庆元县现辖行政区域', '浙江省丽水市庆元县现辖行政区域'],
    ['从业人员:小周原话“全县种菇的加上收购的，差不多六万人”', '从业人员:全县种菇的加上收购的，差不多六万人'],
  ])('%s', (text, said) => {
    expect(framed(text)).toBe(said);
  });
  it('reads a nickname, then the full name of the same surname, as the full name', () => {
    expect(read('contact_name', '联系人写小方，方志强')).toEqual({ contact_name: '方志强' });
  });
  it("reads a field's label with who put it together as the field's label", () => {
    expect(read(undefined, '措施这块用小方整理的：县里设立香菇产业发展资金，建设交易市场')).toEqual({ support_measures: '县里设立香菇产业发展资金，建设交易市场' });
  });
  it('starts the form for several counties', () => {
    expect(globalIntent('我来替几个县区报一个地标')).toMatchObject({ kind: 'start' });
  });
});

describe('talk that puts the free text off until the next message', () => {
  it('is no value of the free text asked', () => {
    expect(read('support_measures', '措施和计划表里是空的，我打字给你')).toEqual({});
  });
});

describe('through the dialog, round 20', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it('reads a forwarded row after a lead-in that sends it, and says nothing of the sending', async () => {
    const user = 'u20-row';
    await env.chat.as(user).says('/申报');
    const replies = await env.chat.as(user).says('小方把表发我了，我挑着贴：名字叫庆元香菇｜浙江｜地理标志产品｜申请单位：庆元县食用菌产业中心');
    expect(replies.join('\n')).not.toMatch(/没能识别/u);
    expect(env.draft(user)?.fields).toMatchObject({ gi_name: { value: '庆元香菇' }, province: { value: '浙江省' }, applicant: { value: '庆元县食用菌产业中心' } });
  });

  it('takes another number chosen instead, and a change after 还有 is no more of the free text', async () => {
    const user = 'u20-instead';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('庆元香菇');
    await env.chat.as(user).says('联系电话0578-6122345');
    await env.chat.as(user).says('座机常没人接，还是留手机吧：13905781234');
    await env.chat.as(user).says('扶持措施：县里设立香菇产业发展资金，建设香菇交易市场');
    await env.chat.as(user).says('还有溢价率改成百分之三十');
    expect(env.draft(user)?.fields).toMatchObject({
      contact_phone: { value: '13905781234' },
      sales_premium: { value: 30 },
      support_measures: { value: '县里设立香菇产业发展资金，建设香菇交易市场' },
    });
  });

  it("takes the product's own figure after the wider trade's", async () => {
    const user = 'u20-own-figure';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('庆元香菇');
    await env.chat.as(user).says('年产值：全产业链六十多亿，地标产品本身38.2亿');
    expect(env.draft(user)?.fields).toMatchObject({ annual_output_value: { value: 3_820_000_000 } });
  });

  it('waits, without "not understood", for free text put off until the next message', async () => {
    const user = 'u20-wait';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('庆元香菇');
    await env.chat.as(user).says('修改已采取的扶持措施');
    const replies = await env.chat.as(user).says('措施和计划表里是空的，我打字给你');
    expect(replies.join('\n')).not.toMatch(/没能识别/u);
    await env.chat.as(user).says('县里设立香菇产业发展资金，建设交易市场');
    expect(env.draft(user)?.fields).toMatchObject({ support_measures: { value: '县里设立香菇产业发展资金，建设交易市场' } });
  });

  it('corrects with a settled figure the message says it settles on', async () => {
    const user = 'u20-settle';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('庆元香菇');
    await env.chat.as(user).says('人均收入6.2万');
    await env.chat.as(user).says('人均收入刚才那个是农户口径，全口径是5.8万，以5.8万为准');
    expect(env.draft(user)?.fields).toMatchObject({ income_per_employee: { value: 58_000 } });
  });
});
