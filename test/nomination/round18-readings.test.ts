import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRequest } from '../../src/nomination/dialog/start-request.js';
import { dialogIntent, isQuestionLike } from '../../src/nomination/dialog/intents.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { withoutChatFraming } from '../../src/nomination/chat-framing.js';
import { headerRow } from '../../src/nomination/header-row.js';
import { namesField } from '../../src/nomination/labels.js';
import { withoutSelfIntro } from '../../src/nomination/person-name.js';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

const plain = (values: Record<string, FieldValue>): Record<string, unknown> => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));
const read = (asked: string, text: string): Record<string, unknown> => plain(readMessage(form, {}, field(asked), text).values);

describe('a place with where-words asking for itself', () => {
  it.each(['普洱这边想报个地标', '石柱这里想申报一个地理标志', '五常这边准备报名录', '昌吉州这边想报名录'])('"%s" opens the form without a product', (text) => {
    expect(startRequest(text)).toEqual({ fresh: false });
  });
  it('still takes the product named after the wish', () => {
    expect(startRequest('普洱这边想报普洱茶')?.name).toBe('普洱茶');
  });
  it('is no request when the place only asks a question', () => {
    expect(startRequest('普洱这边想问一下截止时间')).toBeUndefined();
  });
  it("takes a corps farm for who asks, not for the product", () => {
    expect(startRequest('七师奎屯农场 申报名录')).not.toHaveProperty('name');
  });
});

describe('a courtesy after a request', () => {
  it.each(['麻烦了', '辛苦了'])('"%s" is no contact person', (text) => {
    expect(readMessage(form, {}, undefined, text).values).toEqual({});
  });
  it('still reads a name alone as the contact', () => {
    expect(plain(readMessage(form, {}, undefined, '欧阳晓红').values)).toEqual({ contact_name: '欧阳晓红' });
  });
});

describe('a figure beside a clause that answers the field it names', () => {
  it.each([
    ['八亿 没有出口', 800_000_000, 0],
    ['八亿，出口为零', 800_000_000, 0],
    ['8亿 出口没有', 800_000_000, 0],
  ])('"%s" is the output asked and no export', (text, output, exported) => {
    expect(read('annual_output_value', text)).toEqual({ annual_output_value: output, export_value: exported });
  });
  it('never puts the figure into the field named when another is asked', () => {
    expect(read('province', '八亿 没有出口')).not.toHaveProperty('export_value', 800_000_000);
  });
  it('still reads a short message about a figure of another field', () => {
    expect(read('contact_name', '物流那块统计出来了，差不多七千万')).toEqual({ related_output_logistics: 70_000_000 });
  });
});

describe('values typed with no break between them', () => {
  it('sets apart a name, its province and its protection type', () => {
    expect(read('gi_name', '东乡贡羊甘肃地理标志产品')).toEqual({ gi_name: '东乡贡羊', province: '甘肃省', protection_type: '地理标志产品' });
  });
  it('sets apart a name and its protection type', () => {
    expect(read('gi_name', '庆阳苹果证明商标')).toEqual({ gi_name: '庆阳苹果', protection_type: '作为证明商标注册的地理标志' });
  });
  it('sets apart a protection type from a labelled number after it', () => {
    expect(read('protection_type', '证明商标注册号20456781')).toEqual({ protection_type: '作为证明商标注册的地理标志', registration_no: '20456781' });
  });
  it('leaves a name that opens with its province whole', () => {
    expect(read('gi_name', '宁夏枸杞')).toEqual({ gi_name: '宁夏枸杞' });
  });
});

describe("a body's name sent for the product's name", () => {
  it('is the applicant', () => {
    expect(read('gi_name', '和田地区玉器产业发展中心')).toEqual({ applicant: '和田地区玉器产业发展中心' });
  });
  it('leaves a product name to the name asked', () => {
    expect(read('gi_name', '和田玉枣')).toEqual({ gi_name: '和田玉枣' });
  });
});

describe('a yes-or-no question closed by 不 or 没', () => {
  it.each(['提交以后还能改不', '附件可以不', '盖章了没'])('"%s" is a question', (text) => {
    expect(isQuestionLike(text)).toBe(true);
  });
  it.each(['不能', '没有', '还没统计'])('"%s" is no question', (text) => {
    expect(isQuestionLike(text)).toBe(false);
  });
});

describe('voice input: spaces where clauses end', () => {
  it('reads the product after a self-introduction', () => {
    expect(read('gi_name', '您好我是东乡县市场监管局的马丽 我们报的是东乡贡羊')).toEqual({ gi_name: '东乡贡羊' });
  });
  it('reads a figure with an approximation before a remark', () => {
    expect(read('authorized_users', '用标的有三十来家 大户为主')).toEqual({ authorized_users: 30 });
  });
  it('stores a plan in spaced clauses sent while a name is asked, never as the name', () => {
    const values = read('contact_name', '新增用标企业十家 在兰州开设专卖店 办好贡羊文化节');
    expect(Object.keys(values)).toEqual(['support_measures']);
  });
  it('reads a correction whose value follows the words that call it wrong', () => {
    expect(findCorrection(form, '刚才人数说错了 是三千六百来人')).toEqual({ field: 'employees', value: '三千六百来人' });
  });
});

describe('voice input: corrections and reports parted by spaces only', () => {
  it('reads the new choice said against the old one', () => {
    expect(findCorrection(form, '等下 保护类型弄错了 不是证明商标 是集体商标 拿错证书了')).toEqual({ field: 'protection_type', value: '集体商标' });
  });
  it('leaves the remark after a corrected name out of it', () => {
    expect(findCorrection(form, '申请人写得不对 不是县茶叶协会 是安溪县茶业协会 以这个为准')).toEqual({ field: 'applicant', value: '安溪县茶业协会' });
  });
  it('keeps the spaces of corrected free text', () => {
    expect(findCorrection(form, '措施改成 建了检测中心 开展打假')).toEqual({ field: 'support_measures', value: '建了检测中心 开展打假' });
  });
  it('reads the old figure as written, then what it should be', () => {
    expect(findCorrection(form, '不好意思 上面总产值写成186了 应该是168亿元')).toEqual({ field: 'annual_output_value', value: '168亿元' });
  });
  it('parts labelled figures after a unit', () => {
    expect(read('contact_name', '从业人员1.3万人 人均年收入4.6万元')).toEqual({ employees: 13_000, income_per_employee: 46_000 });
  });
  it('reads a none beside a longer account of where it all goes', () => {
    expect(read('export_value', '出口没有的 都是省内和珠三角卖掉了')).toEqual({ export_value: 0 });
  });
});

describe('a head count sent while a name is asked', () => {
  it('goes to the one field counting people', () => {
    expect(read('contact_name', '两万三千人')).toEqual({ employees: 23_000 });
  });
  it('never takes visits for people', () => {
    expect(read('contact_name', '接待游客300万人次')).toEqual({});
  });
});

describe("tourism's everyday names", () => {
  it.each([['采摘游一年有八千万', 80_000_000], ['农家乐这块三千万左右', 30_000_000]])('"%s" is tourism', (text, value) => {
    expect(read('export_value', text)).toEqual({ related_output_tourism: value });
  });
});

describe("messages copied from a chat or a report", () => {
  const unframed = (text: string): string => withoutChatFraming(text, (word) => namesField(form, word));
  it.each([
    ['[赵敏 09:12] 年产值约7.4亿', '年产值约7.4亿'],
    ['孙磊 04-11 16:05：用标企业42家', '用标企业42家'],
    ['用标企业42家[强][握手]', '用标企业42家'],
    ['赵敏：盐池滩羊', '盐池滩羊'],
  ])('"%s" is what was said, without who said it when or the stickers', (text, said) => {
    expect(unframed(text)).toBe(said);
  });
  it.each(['申请人：盐池县滩羊协会', '赵敏：13995012345', '[强]'])('"%s" keeps its words', (text) => {
    expect(unframed(text)).toBe(text);
  });
  it("reads a report section's number as no figure", () => {
    expect(read('authorized_users', '四、运用情况。截至年底，全市获准使用“盐池滩羊”专用标志的市场主体共54家，其中龙头企业9家。')).toEqual({ authorized_users: 54 });
  });
  it('reads labelled cells parted by two spaces as pairs, never as a header row', () => {
    const text = '地域范围：宁夏回族自治区吴忠市盐池县现辖行政区域  申请单位：盐池县滩羊协会  类别：畜禽';
    expect(headerRow(form, text)).toBeUndefined();
    expect(read('product_category', text)).toEqual({ region: '宁夏回族自治区吴忠市盐池县现辖行政区域', applicant: '盐池县滩羊协会', product_category: '畜禽' });
  });
  it('takes the name after "请填" for the contact', () => {
    expect(withoutSelfIntro(field('contact_name'), '请填马海军')).toBe('马海军');
  });
});

describe('answers in a row with a word to skip among them', () => {
  it('stores the figures and passes the optional question skipped', () => {
    const reading = readMessage(form, {}, field('related_output_processing'), '两个亿 八千万 跳过');
    expect(plain(reading.values)).toEqual({ related_output_processing: 200_000_000, related_output_logistics: 80_000_000 });
    expect(reading.skipped).toEqual(['related_output_tourism']);
  });
  it('passes the question asked when the skip comes first', () => {
    expect(read('related_output_processing', '跳过 八千万')).toEqual({ related_output_logistics: 80_000_000 });
  });
  it('is no skip command when figures come before it', () => {
    expect(dialogIntent('两个亿 八千万 跳过')).toBeUndefined();
    expect(dialogIntent('这项没统计，跳过吧')).toEqual({ kind: 'skip' });
  });
});

describe('a typo fixed without naming the field', () => {
  const text = (value: string): FieldValue => ({ raw: value, value, display: value });
  const filled = { gi_name: text('龙泉青磁'), applicant: text('龙泉市青瓷行业协会') };
  it('corrects the one stored text it is near', () => {
    expect(findCorrection(form, '打错字了 应该是龙泉青瓷', undefined, filled)).toEqual({ field: 'gi_name', value: '龙泉青瓷' });
  });
  it('corrects nothing when the new text is near none', () => {
    expect(findCorrection(form, '打错字了 应该是景德镇瓷器', undefined, filled)).toBeUndefined();
  });
});

describe('through the dialog, round 18', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it('opens a form from a run-together first answer without shifting later answers', async () => {
    const user = 'u18-run';
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says('东乡贡羊甘肃地理标志产品');
    expect(env.draft(user)?.fields).toMatchObject({ gi_name: { value: '东乡贡羊' }, province: { value: '甘肃省' } });
    await env.chat.as(user).says('提交以后还能改不');
    expect(env.draft(user)?.fields).not.toHaveProperty('registration_no');
  });
});
