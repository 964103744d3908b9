import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogIntent, globalIntent } from '../../src/nomination/dialog/intents.js';
import { findCorrection, findCorrections } from '../../src/nomination/extract.js';
import { withLabelUnits } from '../../src/nomination/parsers/label-unit.js';
import { figuresAsMeant } from '../../src/nomination/settle.js';
import { readMessage } from '../../src/nomination/reading.js';
import { parseFor } from '../../src/nomination/answer-parse.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

const plain = (values: Record<string, FieldValue>): Record<string, unknown> => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));

describe('head counts followed by what the people do', () => {
  it.each([
    ['全县差不多三十六万人靠茶吃饭', 360_000],
    ['三万多人从事枸杞产业', 30_000],
    ['12万人在种茶', 120_000],
  ])('"%s" is a head count', (text, value) => {
    const parsed = parseFor(form, field('employees'), text);
    expect(parsed.ok && parsed.value.value).toBe(value);
  });
  it.each(['全县36万人口', '每年接待游客50万人次'])('"%s" is no head count of the trade', (text) => {
    expect(parseFor(form, field('employees'), text).ok).toBe(false);
  });
});

describe('a correction whose value is a later clause', () => {
  const tourism: Record<string, FieldValue> = { related_output_tourism: { raw: '没有', value: 0, display: '0元' } };
  it('skips a remark and takes the clause with the figure', () => {
    expect(findCorrection(form, '刚才旅游说错了，其实有的，采摘节这些一年八千万左右', undefined, tourism)).toMatchObject({ field: 'related_output_tourism' });
    const found = findCorrection(form, '刚才旅游说错了，其实有的，采摘节这些一年八千万左右', undefined, tourism);
    const parsed = found?.value ? parseFor(form, field('related_output_tourism'), found.value) : undefined;
    expect(parsed?.ok && parsed.value.value).toBe(80_000_000);
  });
  it('keeps each field to its own clauses when two are corrected', () => {
    const filled: Record<string, FieldValue> = {
      annual_output_value: { raw: '20亿', value: 2_000_000_000, display: '20亿元' },
      employees: { raw: '3000人', value: 3000, display: '3000人' },
    };
    const found = findCorrection(form, '产值写错了，应该是2.3亿；从业人员也改一下，是三千四百人', undefined, filled);
    expect(found).toMatchObject({ field: 'annual_output_value', value: expect.stringContaining('2.3亿') });
  });
  it('takes a labelled text sent again for a correction of it', () => {
    const plan = '更新改造老桃园5000亩，新增核准用标企业8家，力争线上销售额达到3.5亿元，同时办好桃花音乐节。';
    const filled: Record<string, FieldValue> = { next_year_plan: { raw: '更新改造老桃园5000亩', value: '更新改造老桃园5000亩', display: '更新改造老桃园5000亩' } };
    expect(findCorrection(form, `明年的计划重新发一下：${plan}`, undefined, filled)).toEqual({ field: 'next_year_plan', value: plan });
  });
});

describe('where the speakers are, and the verb of nominating, are no product name', () => {
  it('opens the form without a name for "北京平谷这边要报一个地标"', () => {
    const intent = globalIntent('老师好，北京平谷这边要报一个地标，申报书内容我直接贴进来');
    expect(intent).toMatchObject({ kind: 'start' });
    expect(intent).not.toHaveProperty('name');
  });
  it('reads the product after 要报 for the name asked, and refuses a place with the request', () => {
    expect(plain(readMessage(form, {}, field('gi_name'), '我们要报平谷大桃').values)).toEqual({ gi_name: '平谷大桃' });
    expect(plain(readMessage(form, {}, field('gi_name'), '申报的是平谷大桃').values)).toEqual({ gi_name: '平谷大桃' });
    expect(readMessage(form, {}, field('gi_name'), '北京平谷这边要报平谷大桃').values).toEqual({});
  });
});

describe('who writes, before a request', () => {
  it.each(['你好,兵团三师的,来填申报书', '扎西德勒！林芝市局的，想报一个地标，第一次用这个系统', '你好呀，成都郫都区的，帮忙填一下地标申报'])('"%s" starts with no product named', (text) => {
    const intent = globalIntent(text);
    expect(intent).toMatchObject({ kind: 'start' });
    expect(intent).not.toHaveProperty('name');
  });
  it('keeps a product owned by 的 as the product', () => {
    expect(globalIntent('盐池滩羊的，来填申报书')).toMatchObject({ kind: 'start', name: '盐池滩羊' });
  });
  it('takes 推 for nominating only beside a product', () => {
    expect(globalIntent('王老师好～我是黔南州局的小岑，今年我们推都匀毛尖')).toMatchObject({ kind: 'start', name: '都匀毛尖' });
    expect(globalIntent('我们推一下品牌')).toBeUndefined();
    expect(globalIntent('帮我们推一下')).toBeUndefined();
  });
  it('reads "先留个联系方式" as no product', () => {
    expect(globalIntent('你好，要报地标名录，先留个联系方式：阿依古丽·吐尔逊，13899512476')).not.toHaveProperty('name');
  });
  it.each(['下面开始填', '之前少算了两家合作社'])('refuses "%s" as a name', (text) => {
    const target = text.endsWith('合作社') ? 'applicant' : 'gi_name';
    expect(readMessage(form, {}, field(target), text).values).toEqual({});
  });
  it('takes 略 for skipping', () => {
    expect(dialogIntent('略')).toMatchObject({ kind: 'skip' });
  });
});

describe('figures with their unit in the label, and the old value said after the new', () => {
  it('moves a unit written after a label without brackets onto the bare figure', () => {
    expect(withLabelUnits('产值 万元：420000，出口（万元）：2600，加工产值万元 38000')).toBe('产值：420000万元，出口：2600万元，加工产值 38000万元');
    expect(withLabelUnits('人均年收入3.1万元 2023年')).toBe('人均年收入3.1万元 2023年');
  });
  it('drops the old value after 不是', () => {
    expect(plain(readMessage(form, {}, undefined, '产值是43.6亿不是42亿，用标企业是116家').values)).toEqual({ annual_output_value: 4_360_000_000, authorized_users: 116 });
  });
  it('reads 改 right before a figure as a correction of each field named', () => {
    expect(findCorrections(form, '产值改3.6亿，旅游改2500万')).toEqual([
      { field: 'annual_output_value', value: '3.6亿' },
      { field: 'related_output_tourism', value: '2500万' },
    ]);
  });
});

describe('unlabelled answers among others', () => {
  it('reads a whole region in a list of answers', () => {
    const read = readMessage(form, { province: { raw: '甘肃省', value: '甘肃省', display: '甘肃省' } }, field('registration_no'), '甘肃省平凉市静宁县现辖行政区域，静宁县苹果产销协会，水果');
    expect(plain(read.values)).toEqual({ region: '甘肃省平凉市静宁县现辖行政区域', applicant: '静宁县苹果产销协会', product_category: '水果' });
  });
  it('reads a bare number as the registration only once a trademark is told', () => {
    expect(plain(readMessage(form, {}, undefined, '甘肃省，证明商标，4582136').values)).toMatchObject({ registration_no: '4582136' });
    expect(readMessage(form, {}, undefined, '甘肃省，地标产品，4582136').values).not.toHaveProperty('registration_no');
  });
});

describe('more of what officers type', () => {
  it('starts for a colleague, whose colleague or not', () => {
    for (const text of ['你好，我来帮农业科的同事填申报书哈', '帮同事填一下申报书']) {
      const intent = globalIntent(text);
      expect(intent, text).toMatchObject({ kind: 'start' });
      expect(intent, text).not.toHaveProperty('name');
    }
  });
  it('reads no figure as a product to nominate', () => {
    expect(globalIntent('茶旅这块武夷山肯定多，不过只算跟茶有关的，报二十五亿吧')).toBeUndefined();
  });
  it('resumes on 继续 with an emoji', () => {
    expect(globalIntent('继续😊')).toEqual({ kind: 'resume' });
  });
  it('reads the product owned by its province for the name asked', () => {
    expect(plain(readMessage(form, {}, field('gi_name'), '天津的小站稻').values)).toEqual({ gi_name: '小站稻', province: '天津市' });
  });
  it('reads a category after 那就', () => {
    expect(plain(readMessage(form, {}, field('product_category'), '那就粮食').values)).toEqual({ product_category: '粮食' });
  });
  it('keeps a figure field named as a topic waiting over clauses with no figure', () => {
    expect(plain(readMessage(form, {}, field('employees'), '物流那块刚问了粮食局，说仓储运输加起来八千万左右；从业人员大约两万八').values)).toEqual({
      related_output_logistics: 80_000_000,
      employees: 28_000,
    });
    const read = readMessage(form, {}, field('export_value'), '出口有的，去年大概一千五百万美元，然后加工那块，银耳羹、冻干那些做得比较大，有十一亿');
    expect(plain(read.values)).toEqual({ export_value: 15_000_000, related_output_processing: 1_100_000_000 });
  });
  it('takes the exact figure said after the rough one', () => {
    expect(figuresAsMeant('大概一百二十几个亿吧，具体数是123亿')).toBe('大概123亿');
  });
});

describe('corrections through the dialog', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());
  /** Starts a form and answers every field before the measures, the export as `exported`. */
  const upToMeasures = async (user: string, exported: string): Promise<void> => {
    await env.chat.as(user).says('/申报');
    for (const answer of ['迁西板栗', '河北', '证明商标', '3057163', '河北省唐山市迁西县现辖行政区域', '迁西县板栗产业协会', '干果', '31亿', exported, '跳过', '跳过', '跳过', '12万人', '跳过', '跳过', '140家']) {
      await env.chat.as(user).says(answer);
    }
  };

  it('changes the figures a message restates beside "我看串行了", and keeps the free text asked', async () => {
    const user = 'u-row';
    await upToMeasures(user, '2800万美元');
    expect(env.current(user)?.id).toBe('support_measures');
    await env.chat.as(user).says('不好意思，出口是2300万美元，用标企业是104家，我看串行了');
    expect(env.draft(user)?.fields.export_value?.value).toBe(23_000_000);
    expect(env.draft(user)?.fields.authorized_users?.value).toBe(104);
    expect(env.draft(user)?.fields).not.toHaveProperty('support_measures');
  });

  it('gives the contact and phone named together the values after them', async () => {
    const user = 'u-both';
    await env.chat.as(user).says('/申报');
    await env.fillWithExamples(user);
    await env.chat.as(user).says('不好意思，刚才把科长的名字报上去了，联系人和电话都改成我的：朴英子，0433-3228765');
    expect(env.draft(user)?.fields.contact_name?.value).toBe('朴英子');
    expect(env.draft(user)?.fields.contact_phone?.value).toBe('0433-3228765');
  });

  it('changes no free text from a remark under a 更正 heading', async () => {
    const user = 'u-remark';
    await env.chat.as(user).says('/申报');
    await env.fillWithExamples(user);
    const applicant = env.draft(user)?.fields.applicant?.value;
    await env.chat.as(user).says('更正:用标市场主体是16家,之前少算了两家合作社');
    expect(env.draft(user)?.fields.authorized_users?.value).toBe(16);
    expect(env.draft(user)?.fields.applicant?.value).toBe(applicant);
  });

  it('goes on with the free text answered before on 接上条', async () => {
    const user = 'u-goes-on';
    await upToMeasures(user, '跳过');
    await env.chat.as(user).says('县政府出台板栗产业提质增效三年行动方案，每年列支专项资金2500万元；');
    expect(env.current(user)?.id).toBe('next_year_plan');
    await env.chat.as(user).says('（接上条）建立迁西板栗标准化示范基地20万亩，严查假冒迁西板栗商标侵权行为。');
    // (one stop between the parts: the one typed where the stored text keeps it, else ；)
    expect(env.draft(user)?.fields.support_measures?.value).toMatch(/^县政府出台板栗产业提质增效三年行动方案，每年列支专项资金2500万元[；，]建立迁西板栗标准化示范基地20万亩，严查假冒迁西板栗商标侵权行为。$/u);
    expect(env.draft(user)?.fields).not.toHaveProperty('next_year_plan');
  });

  it('joins a continued answer that ended on no stop with ；, as two sentences of one text', async () => {
    const user = 'u-goes-on-bare';
    await upToMeasures(user, '跳过');
    await env.chat.as(user).says('县政府出台板栗产业提质增效三年行动方案，每年列支专项资金2500万元');
    await env.chat.as(user).says('接上条：建立迁西板栗标准化示范基地20万亩');
    expect(env.draft(user)?.fields.support_measures?.value).toBe('县政府出台板栗产业提质增效三年行动方案，每年列支专项资金2500万元；建立迁西板栗标准化示范基地20万亩');
  });

  it('changes a name restated under its label beside 不对, and a figure only in the field named with it', async () => {
    const user = 'u-named';
    await env.chat.as(user).says('/申报');
    await env.fillWithExamples(user);
    await env.chat.as(user).says('不对不对，联系人是周婷，多打了个字');
    expect(env.draft(user)?.fields.contact_name?.value).toBe('周婷');
    const premium = env.draft(user)?.fields.sales_premium?.value;
    await env.chat.as(user).says('对了，从业人员不是3400，是4300，我打反了');
    expect(env.draft(user)?.fields.employees?.value).toBe(4300);
    expect(env.draft(user)?.fields.sales_premium?.value).toBe(premium);
  });
});
