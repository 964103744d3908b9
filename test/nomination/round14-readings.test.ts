import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRequest } from '../../src/nomination/dialog/start-request.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { matchLabel, namesField } from '../../src/nomination/labels.js';
import { mendLatinScales } from '../../src/nomination/parsers/numbers.js';
import { readMessage } from '../../src/nomination/reading.js';
import { headerRow, underHeader } from '../../src/nomination/header-row.js';
import { parseFor } from '../../src/nomination/answer-parse.js';
import { withoutOpeningWords } from '../../src/nomination/discourse.js';
import { withoutTakenBack } from '../../src/nomination/self-repair.js';
import { withoutChatFraming } from '../../src/nomination/chat-framing.js';
import { withSelfDenied } from '../../src/nomination/person-name.js';
import { asMandarin } from '../../src/nomination/cantonese.js';
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

describe('an everyday noun for the sort of product in a start request', () => {
  it.each(['我要报一个大米的地标', '我要报一个茶叶的地标', '想报个水果类的地标', '枸杞的申报书我来填'])('"%s" starts a form with no product named', (text) => {
    expect(startRequest(text)).toEqual({ fresh: false });
  });

  it('a product named before 的 is still the product', () => {
    expect(startRequest('帮我报一个五常大米的名录')?.name).toBe('五常大米');
    expect(startRequest('宁夏枸杞的申报书我来填')?.name).toBe('宁夏枸杞');
  });

  it('a question about the sort of product asks nothing', () => {
    expect(startRequest('茶叶的申报书怎么填')).toBeUndefined();
  });
});

describe('a header row sent alone, then its row', () => {
  it('reads the row under the header, as one table', () => {
    const header = headerRow(form, '年产值\t出口额\t从业人数\t用标企业数');
    expect(header).toEqual(['年产值', '出口额', '从业人数', '用标企业数']);
    const table = underHeader(header as string[], '19.8亿元\t0\t12600\t51') as string;
    const reading = readMessage(form, {}, field('registration_no'), table);
    expect(plain(reading.values)).toEqual({ annual_output_value: 1980000000, export_value: 0, employees: 12600, authorized_users: 51 });
  });

  it('is no header when a cell is a figure or names no field', () => {
    expect(headerRow(form, '年产值\t19.8亿元')).toBeUndefined();
    expect(headerRow(form, '年产值\t备注')).toBeUndefined();
    expect(headerRow(form, '年产值')).toBeUndefined();
  });

  it('a row with other cells than the header is read on its own', () => {
    expect(underHeader(['年产值', '出口额'], '19.8亿元\t0\t12600')).toBeUndefined();
  });

  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it('in the dialog: the header is acknowledged, nothing stored, and the row fills its fields', async () => {
    await env.chat.as('h1').says('我要报名录');
    await env.chat.as('h1').says('响水大米');
    const before = env.draft('h1')?.fields;
    await env.chat.as('h1').says('年产值\t出口额\t从业人数\t用标企业数').expectReply(/收到表头（年产值、出口额、从业人数、用标企业数）/u);
    expect(env.draft('h1')?.fields).toEqual(before);
    await env.chat.as('h1').says('19.8亿元\t0\t12600\t51').expectReply(/已记录 4 项/u);
    expect(env.draft('h1')?.fields.employees?.value).toBe(12600);
    expect(env.draft('h1')?.fields.sales_premium).toBeUndefined();
  });
});

describe('a bare number is distinctive of no field', () => {
  it.each(['0', '51', '35', '12.5'])('"%s" sent while the registration number is asked stays unread', (text) => {
    const reading = readMessage(form, {}, field('registration_no'), text);
    expect(reading.values).toEqual({});
  });
});

describe('the old value as written, then what it really is', () => {
  const filled: Record<string, FieldValue> = { authorized_users: { raw: '64', value: 64, display: '64家' } };
  it.each(['前面表里用标主体写的64，其实是68家，表没更新', '用标企业填的64，实际是68家'])('"%s" corrects the count', (text) => {
    expect(findCorrection(form, text, undefined, filled)).toEqual({ field: 'authorized_users', value: '68家' });
  });

  it('a name and then its province is no correction', () => {
    expect(findCorrection(form, '报的是平和琯溪蜜柚，是福建的', undefined, { gi_name: { raw: '平和琯溪蜜柚', value: '平和琯溪蜜柚', display: '平和琯溪蜜柚' } })).toBeUndefined();
  });
});

describe('a body that registered the mark', () => {
  it('is the applicant, never the region', () => {
    const reading = readMessage(form, {}, field('registration_no'), '8812306，平和县蜜柚产业协会注册的');
    expect(plain(reading.values)).toEqual({ registration_no: '8812306', applicant: '平和县蜜柚产业协会' });
    for (const body of ['宁安市响水大米协会', '平和县蜜柚产业协会注册的', '某某县农业农村局']) expect(parseFor(form, field('region'), body).ok).toBe(false);
    for (const place of ['江西省南部', '福建省漳州市平和县现辖行政区域', '赣州市南部山区']) expect(parseFor(form, field('region'), place).ok).toBe(true);
  });
});

describe('the exact figure after the rough one', () => {
  it.each([
    ['加工那块一个多亿吧，准确说1.3亿', 130000000],
    ['加工产值15亿左右，确切地说是15.2亿', 1520000000],
  ])('"%s" is the exact one', (text, value) => {
    const reading = readMessage(form, {}, field('related_output_processing'), figuresAsMeant(text));
    expect(reading.values.related_output_processing?.value).toBe(value);
    expect(reading.unread).toEqual([]);
  });
});

describe('a remark on what comes first is no name', () => {
  it('"哦先说名字，定西马铃薯，…" names 定西马铃薯', () => {
    const reading = readMessage(form, {}, field('gi_name'), '哦先说名字，定西马铃薯，甘肃，地理标志产品');
    expect(reading.values.gi_name?.value).toBe('定西马铃薯');
    expect(reading.values.province?.value).toBe('甘肃省');
  });
});

describe('an acknowledgement before a price comparison', () => {
  it('"明白了，…贵一倍左右" sent while the measures are asked is the premium', () => {
    const reading = readMessage(form, {}, field('support_measures'), withoutOpeningWords('明白了，响水米比普通东北大米贵一倍左右'));
    expect(plain(reading.values)).toEqual({ sales_premium: 100 });
  });
});

describe('an option taken back for another', () => {
  it.each(['集体商标 不对不对 是证明商标', '集体商标，哦不，说错了，证明商标', '是集体商标不对是证明商标'])('"%s" is the second option', (text) => {
    const reading = readMessage(form, {}, field('protection_type'), text);
    expect(plain(reading.values)).toEqual({ protection_type: '作为证明商标注册的地理标志' });
    expect(reading.unread).toEqual([]);
  });

  it('two options of one field said without a word taking one back stay as read', () => {
    expect(withoutTakenBack(form, '集体商标和证明商标都有')).toBe('集体商标和证明商标都有');
  });
});

describe('a forwarded message with its speaker on the same line', () => {
  it.each(['【转发】统计站王站长：', '[转发] 县局李科长：', '【转发】张伟：'])('"%s…" is read without the speaker', (lead) => {
    expect(withoutChatFraming(`${lead}“2022年全县猕猴桃产值52.3亿元，出口额3400万元。”`)).toBe('2022年全县猕猴桃产值52.3亿元，出口额3400万元。');
  });

  it('a label after a forward marker stays', () => {
    expect(withoutChatFraming('[转发] 联系人：王芳')).toBe('联系人：王芳');
  });
});

describe('a request said without stops, then who nominates what', () => {
  it.each([
    ['你好我想申报一下那个重点联系指导名录我们报的是烟台苹果', '烟台苹果'],
    ['我要报名录我们的产品是盘锦大米', '盘锦大米'],
  ])('"%s" names %s', (text, name) => {
    expect(startRequest(text)?.name).toBe(name);
  });
});

describe('a price that doubled against the ordinary product', () => {
  it('is a premium of 100%, 300% for two doublings', () => {
    expect(readMessage(form, {}, field('sales_premium'), '价格比普通小米翻了一番').values.sales_premium?.value).toBe(100);
    expect(readMessage(form, {}, field('sales_premium'), '比一般的翻了两番').values.sales_premium?.value).toBe(300);
  });

  it('doubling against an earlier year is growth, not the premium', () => {
    expect(readMessage(form, {}, field('sales_premium'), '比去年翻了一番').values.sales_premium).toBeUndefined();
  });
});

describe('chat spellings of none', () => {
  it('"出口 木有" is no exports', () => {
    expect(readMessage(form, {}, field('export_value'), asMandarin('出口 木有')).values.export_value?.value).toBe(0);
  });
});

describe('a sentence before a space is no label', () => {
  it('keeps "县里出了…扶持政策" as the start of the measures', () => {
    const text = '县里出了香菇产业扶持政策 每年1500万专项资金 建了香菇交易市场 还搞了专用标志监管';
    expect(readMessage(form, {}, field('support_measures'), text).values.support_measures?.value).toBe(text);
  });

  it('a label and a space still part a pasted pair', () => {
    expect(readMessage(form, {}, field('gi_name'), '注册人 定安县畜牧业协会').values.applicant?.value).toBe('定安县畜牧业协会');
  });
});

describe('a choice said first in a spoken run', () => {
  it.each(['是作为证明商标注册的注册号是15234687', '是证明商标注册号是15234687'])('"%s" is the type and the number', (text) => {
    expect(plain(readMessage(form, {}, field('protection_type'), text).values)).toEqual({ protection_type: '作为证明商标注册的地理标志', registration_no: '15234687' });
  });
});

describe('a label typed with one character wrong', () => {
  it.each([
    ['申清人', 'applicant'],
    ['从叶人数', 'employees'],
    ['注删号', 'registration_no'],
  ])('"%s" names %s', (label, id) => {
    expect(matchLabel(form, label)[0]?.field.id).toBe(id);
  });

  it('never when the head noun differs, or the name is short', () => {
    expect(matchLabel(form, '年产量')).toEqual([]);
    expect(matchLabel(form, '省分')[0]?.field.id).not.toBe('applicant');
  });

  it('reads the pair in a pasted line', () => {
    const reading = readMessage(form, {}, field('region'), '地域：云南省曲靖市宣威市现辖行政区域 ，申清人：宣威市火腿行业协会');
    expect(plain(reading.values)).toEqual({ region: '云南省曲靖市宣威市现辖行政区域', applicant: '宣威市火腿行业协会' });
  });
});

describe('officers\' own words in a voice run', () => {
  it('"二十五个点" is 25%', () => {
    expect(readMessage(form, {}, field('sales_premium'), '二十五个点').values.sales_premium?.value).toBe(25);
  });

  it('a premium in 成, then a count named', () => {
    expect(plain(readMessage(form, {}, field('gi_name'), '比普通人参价格高出两成用标的企业九十七家').values)).toEqual({ sales_premium: 20, authorized_users: 97 });
  });

  it('"我们要报的是…吉林省的" is the name and the province', () => {
    expect(plain(readMessage(form, {}, field('gi_name'), '我们要报的是集安人参吉林省的').values)).toEqual({ gi_name: '集安人参', province: '吉林省' });
  });

  it('"所属省区" in a table names the province', () => {
    expect(plain(readMessage(form, {}, field('gi_name'), '所属省区\t新疆').values)).toEqual({ province: '新疆维吾尔自治区' });
  });
});

describe('the writer saying the contact is someone else', () => {
  it.each(['联系人不是我是我们科的孙晓梅她的手机13604358872', '联系人不是我，是我们科的孙晓梅，她的手机13604358872', '联系人是孙晓梅她的手机13604358872'])('"%s" is 孙晓梅 and her phone', (text) => {
    expect(plain(readMessage(form, {}, field('contact_name'), text).values)).toEqual({ contact_name: '孙晓梅', contact_phone: '13604358872' });
  });

  it('other words after 不是我 change nothing', () => {
    expect(withSelfDenied('产值不是我统计的')).toBe('产值不是我统计的');
  });
});
