import { afterEach, describe, expect, it } from 'vitest';
import { globalIntent } from '../../src/nomination/dialog/intents.js';
import { readMessage } from '../../src/nomination/reading.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { labelsAnAnswer } from '../../src/nomination/dialog/answers-opening.js';
import { resumeAfterRemark } from '../../src/nomination/dialog/resume-after-remark.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';
import { read } from './reading-helpers.js';

describe('a figure reached, its field named before the verb', () => {
  it('is that field’s figure', () => {
    expect(read(undefined, '乡村旅游实现收入5.4亿元')).toEqual({ related_output_tourism: 540_000_000 });
    expect(read(undefined, '稻田观光及农旅融合实现收入5.4亿元')).toEqual({ related_output_tourism: 540_000_000 });
    expect(read(undefined, '旅游实现产值5.4亿元')).toEqual({ related_output_tourism: 540_000_000 });
    expect(read(undefined, '加工实现产值3亿元')).toEqual({ related_output_processing: 300_000_000 });
    expect(read(undefined, '黑木耳产业实现总产值42亿元')).toEqual({ annual_output_value: 4_200_000_000 });
  });
  it('labels nothing when it is aimed at', () => {
    expect(read(undefined, '力争实现旅游收入8亿元')).not.toHaveProperty('related_output_tourism');
  });
});

describe('a figure read with its field’s own name', () => {
  it('takes a noun several fields share beside that name', () => {
    expect(parseField(field('related_output_tourism'), '旅游这块产值5.4亿元')).toMatchObject({ ok: true, value: { value: 540_000_000 } });
    expect(parseField(field('related_output_processing'), '加工实现产值2亿')).toMatchObject({ ok: true, value: { value: 200_000_000 } });
    expect(parseField(field('employees'), '2022年从业人数为3200人')).toMatchObject({ ok: true, value: { value: 3200 } });
  });
  it('refuses the shared noun alone, which could be any output', () => {
    expect(parseField(field('related_output_processing'), '产值2亿').ok).toBe(false);
  });
});

describe('a per-person amount said as one person in one year', () => {
  it('is the income per employee, asked or not', () => {
    expect(read(undefined, '一个人一年收入差不多三万八')).toEqual({ income_per_employee: 38_000 });
    expect(read(undefined, '一个人一年收入3.8万')).toEqual({ income_per_employee: 38_000 });
    expect(read('employees', '一个人一年收入差不多三万八')).toEqual({ income_per_employee: 38_000 });
    expect(read('income_per_employee', '每个人一年收入四万出头')).toEqual({ income_per_employee: 40_000 });
  });
  it('is not a household’s income', () => {
    expect(parseField(field('income_per_employee'), '每户一年收入4万').ok).toBe(false);
  });
});

describe('what an amount is, said after it', () => {
  it('leaves the label before it to say whose amount it is', () => {
    expect(read('support_measures', '酒文化旅游一年能带来两千三百多万的收入。')).toEqual({ related_output_tourism: 23_000_000 });
    expect(read(undefined, '加工一年有三个亿的产值')).toEqual({ related_output_processing: 300_000_000 });
  });
});

describe('a start request naming whom it is for, or the papers first', () => {
  it('reads a place after 帮/给 as who the nomination is for', () => {
    expect(globalIntent('帮郫都区报个重点联系指导名录的申报书哈，先把联系人给你：邓雨桐，电话13708196254')).toMatchObject({ kind: 'start' });
    expect(globalIntent('给恩施州报个地标')).toMatchObject({ kind: 'start' });
    expect(globalIntent('给平谷区报平谷大桃')).toMatchObject({ kind: 'start', name: '平谷大桃' });
  });
  it('asks for the name when an everyday product follows the place it is for', () => {
    expect(globalIntent('帮横州市报茉莉花茶')).not.toHaveProperty('name');
    expect(globalIntent('帮横州市报横县茉莉花茶')).toMatchObject({ kind: 'start', name: '横县茉莉花茶' });
  });
  it('still reads a product that opens with its place as the product', () => {
    expect(globalIntent('帮郫县豆瓣报个申报书')).toMatchObject({ kind: 'start', name: '郫县豆瓣' });
  });
  it('reads the papers said first, then what they are filled for', () => {
    expect(globalIntent('这次申报书只填恩施玉露')).toMatchObject({ kind: 'start', name: '恩施玉露' });
    expect(globalIntent('申报书填五常大米')).toMatchObject({ kind: 'start', name: '五常大米' });
  });
  it('asks for nothing when the papers are only talked about', () => {
    for (const text of ['申报书填写说明', '申报书写错了', '申报书填完了']) expect(globalIntent(text), text).not.toMatchObject({ kind: 'start' });
  });
});

describe('how the papers are filled, said while the name is asked', () => {
  it('is no product name', () => {
    expect(read('gi_name', '这次申报书按证明商标填')).not.toHaveProperty('gi_name');
    expect(read('gi_name', '按集体商标填')).not.toHaveProperty('gi_name');
    expect(read('gi_name', '申报的是锡林郭勒羊肉')).toEqual({ gi_name: '锡林郭勒羊肉' });
  });
});

describe('two protection types named in one message', () => {
  it('store neither and ask which one is meant', () => {
    const reading = readMessage(form, {}, field('protection_type'), '锡林郭勒羊肉以前是地理标志保护产品，后来又注册成了证明商标。');
    expect(reading.values).not.toHaveProperty('protection_type');
    expect(reading.failure?.reason).toMatch(/保护类型/u);
    expect(read('protection_type', '是地理标志产品，也注册了集体商标')).not.toHaveProperty('protection_type');
  });
  it('keep the one chosen after an either-or question', () => {
    expect(read('protection_type', '这个是集体商标还是证明商标我得看下证……看了，是集体商标')).toHaveProperty('protection_type', '作为集体商标注册的地理标志');
  });
  it('keep the one chosen when the other only appears in another field’s text', () => {
    expect(read('protection_type', '保护类型：证明商标；扶持措施：规范专用标志使用')).toHaveProperty('protection_type', '作为证明商标注册的地理标志');
  });
});

describe('the form’s data sent with no draft open', () => {
  it('is a value under its field’s label, never a question', () => {
    for (const text of ['类别：调味品', '- 年产值：１２０亿元', '注册号：3064759', '注册人：成都市郫都区食品工业协会', '保护类型：集体商标', '从业人员：1.6万人']) {
      expect(labelsAnAnswer(form, text), text).toBe(true);
    }
    for (const text of ['申报截止时间是哪天', '年产值怎么填', '我们的产值很高', '联系电话多少', '出口额要填美元吗', '联系人是谁', '我们县产值3个亿能报吗', '谢谢']) {
      expect(labelsAnAnswer(form, text), text).toBe(false);
    }
  });

  describe('in a direct chat', () => {
    let env: DialogEnv;
    afterEach(() => env.close());
    it('opens the form with it stored, and asks what is first', async () => {
      env = await dialogEnv();
      await env.chat.as('u1').says('类别：调味品').expectReply(field('gi_name').prompt);
      expect(env.draft()?.fields.product_category?.value).toBe('调味品');
    });
    it('leaves a question to the notices', async () => {
      env = await dialogEnv();
      await env.chat.as('u2').says('年产值怎么填');
      expect(env.drafts('u2')).toHaveLength(0);
    });
  });
});

describe('a field’s head noun run into its value after a space', () => {
  it('parts the value off as that field’s answer', () => {
    expect(read('region', '粮食 范围黑龙江省五常市行政区域内')).toEqual({ product_category: '粮食', region: '黑龙江省五常市行政区域内' });
    expect(read(undefined, '类别粮食 范围黑龙江省五常市行政区域内')).toEqual({ product_category: '粮食', region: '黑龙江省五常市行政区域内' });
  });
  it('reads no head noun in a word of Latin letters', () => {
    expect(read('contact_name', '艾力 13999031234 aili@hotan.gov.cn')).toHaveProperty('contact_email', 'aili@hotan.gov.cn');
  });
  it('leaves a name with a space as typed', () => {
    expect(read('gi_name', '黄山 毛峰')).toEqual({ gi_name: '黄山 毛峰' });
  });
});

describe('the protection type as officers name it', () => {
  it('is not the agricultural registration, whose name holds 产品 inside a word', () => {
    for (const text of ['农产品地理标志', '是农产品地理标志']) expect(parseField(field('protection_type'), text).ok, text).toBe(false);
    for (const text of ['产品', '产品吧', '地标产品', '是产品保护的']) expect(parseField(field('protection_type'), text), text).toMatchObject({ ok: true, value: { value: '地理标志产品' } });
  });
  it('is the type the form is filled as, said with the verb of filling', () => {
    expect(read('protection_type', '锡林郭勒羊以前在农业部登过农产品地理标志，证书号AGI00596，不过这次我们按地理标志证明商标来报，商标注册号是15678902。')).toEqual({
      protection_type: '作为证明商标注册的地理标志',
      registration_no: '15678902',
    });
    expect(read('protection_type', '这次按集体商标报')).toEqual({ protection_type: '作为集体商标注册的地理标志' });
  });
});

describe('a remark before a request to go on', () => {
  it('resumes the nomination and answers nothing', () => {
    for (const text of ['群里又发了一批数据，我接着上回的往下录', '刚才系统好像卡住了，我接着填。', '网断了，咱们接着来。']) expect(resumeAfterRemark(form, text), text).toEqual({});
    expect(read('gi_name', '群里又发了一批数据')).toEqual({});
  });
  it('is no remark when it tells the form something', () => {
    for (const text of ['产品是郫县豆瓣，接着填', '产值3个亿，继续', '类别调味品，接着填', '五常大米，继续']) expect(resumeAfterRemark(form, text), text).toBeUndefined();
  });
});
