import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTION_MARKER } from '../../src/nomination/extract.js';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, field, form, type DialogEnv } from './dialog-fixture.js';

/**
 * The failure patterns of issue 11, one conversation each, and the rule that no filled field
 * changes unless the user corrects it or answers the question that asks for it.
 */

const valuesOf = (env: DialogEnv, user: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(env.draft(user)?.fields ?? {}).map(([id, v]) => [id, v.value]));

/** Starts a draft for `user` and answers in order until `until` is the field being asked. */
async function upTo(env: DialogEnv, user: string, answers: Record<string, string>, until: string): Promise<void> {
  await env.chat.as(user).says('/申报');
  for (let guard = 0; guard < form.fields.length; guard += 1) {
    const asked = env.current(user);
    if (!asked || asked.id === until) return;
    await env.chat.as(user).says(answers[asked.id] ?? '跳过');
  }
}

const BASE: Record<string, string> = {
  gi_name: '六堡茶',
  province: '广西',
  protection_type: '证明商标',
  registration_no: '3356789',
  region: '广西壮族自治区梧州市现辖行政区域',
  applicant: '梧州市茶产业发展服务中心',
  product_category: '茶叶',
  annual_output_value: '3.5亿元',
  employees: '1.2万人',
  authorized_users: '95家',
  support_measures: '市政府设立茶产业专项资金3000万元，出台六堡茶标准体系。',
};

describe('issue 11 patterns', () => {
  let env: DialogEnv;
  beforeAll(async () => {
    env = await dialogEnv();
  });
  afterAll(() => env.close());

  it('1. numbers inside free text stay in it; a labelled amount for a filled field is asked about', async () => {
    await upTo(env, 'p1', BASE, 'next_year_plan');
    await env.chat.as('p1').says('明年计划新增用标企业30家，建设数字溯源平台');
    expect(valuesOf(env, 'p1')).toMatchObject({ authorized_users: 95, next_year_plan: '明年计划新增用标企业30家，建设数字溯源平台' });
    const asked = await env.chat.as('p1').says('关联产业产值8千万');
    expect(asked.join('\n')).toContain('年产值已填 3.5亿元，改为 8000万元 吗？（确认 / 不）');
    await env.chat.as('p1').says('不');
    expect(valuesOf(env, 'p1').annual_output_value).toBe(350_000_000);
  });

  it('2. text labelled for one field goes to that field, not the one being asked', async () => {
    await upTo(env, 'p2', BASE, 'applicant');
    await env.chat.as('p2').says('联系人 韦丽 0774-3821234');
    expect(valuesOf(env, 'p2')).toMatchObject({ contact_name: '韦丽', contact_phone: '0774-3821234' });
    expect(valuesOf(env, 'p2').applicant).toBeUndefined();
    await env.chat.as('p2').says('工作计划：新增用标企业10家，举办茶文化节。');
    expect(valuesOf(env, 'p2')).toMatchObject({ next_year_plan: '新增用标企业10家，举办茶文化节。' });
    expect(valuesOf(env, 'p2').applicant).toBeUndefined();
    await env.chat.as('p2').says('联系人写错了，是王磊');
    expect(valuesOf(env, 'p2')).toMatchObject({ contact_name: '王磊' });
    expect(valuesOf(env, 'p2').support_measures).toBeUndefined();
  });

  it('3. a labelled block is split into its fields', async () => {
    await upTo(env, 'p3', BASE, 'region');
    await env.chat.as('p3').says('保护范围：广西壮族自治区梧州市现辖行政区域；注册人：梧州市茶产业发展服务中心；品类：茶叶');
    expect(valuesOf(env, 'p3')).toMatchObject({
      region: '广西壮族自治区梧州市现辖行政区域',
      applicant: '梧州市茶产业发展服务中心',
      product_category: '茶叶',
    });
  });

  it('4. long text keeps its commas and figures', async () => {
    await upTo(env, 'p4', BASE, 'annual_output_value');
    const text = '市政府出台地理标志产业扶持办法，安排专项资金800万元，组织企业参加中国国际商标品牌节。';
    await env.chat.as('p4').says(`支持措施：${text}`);
    expect(valuesOf(env, 'p4').support_measures).toBe(text);
  });

  it.each([
    '州委州政府把三七产业列为千亿级生物医药产业的核心，设立专项资金1亿元，发布地方标准16项。',
    '县里两千多户茶农加入合作社，统一收购标准，建成检测中心1个。',
    '市里把产业定为百亿级重点产业，安排资金500万元，开展执法检查12次。',
  ])('4. an unlabelled answer to a free-text question is kept whole, even when it opens with a figure: %s', (text) => {
    const read = readMessage(form, {}, field('support_measures'), text);
    expect(read.values.support_measures?.value).toBe(text);
    expect(Object.keys(read.values)).toEqual(['support_measures']);
    expect(read.unread).toEqual([]);
  });

  it('5. a refused answer does not move the question on; the next answer lands on it', async () => {
    await upTo(env, 'p5', BASE, 'export_value');
    await env.chat.as('p5').says('很多').expectReply(/没能识别为出口额/);
    expect(env.current('p5')?.id).toBe('export_value');
    await env.chat.as('p5').says('200万美元左右');
    expect(valuesOf(env, 'p5').export_value).toBe(2_000_000);
  });

  it.each([
    ['政策措施：出台办法，安排资金500万元。', 'support_measures'],
    ['下一步计划：新建标准化茶园2万亩，新增用标企业10家。', 'next_year_plan'],
    ['申报单位：某某县茶叶协会', 'applicant'],
    ['管理机构：某某县茶叶协会', 'applicant'],
    ['类别：水果', 'product_category'],
    ['产地范围：某某县现辖行政区域', 'region'],
    ['授权用标企业：120家', 'authorized_users'],
    ['核准使用专用标志的企业：120家', 'authorized_users'],
  ])('6. the officers own label %s names %s', (text, id) => {
    const read = readMessage(form, {}, field('gi_name'), text);
    expect(Object.keys(read.values)).toEqual([id]);
  });

  it.each([
    ['annual_output_value', '去年大概150亿左右', 15_000_000_000],
    ['annual_output_value', '4个亿上下', 400_000_000],
    ['annual_output_value', '6000万吧', 60_000_000],
    ['annual_output_value', '9000来万', 90_000_000],
    ['employees', '两万多人', 20_000],
    ['employees', '三万来人', 30_000],
    ['income_per_employee', '4万出头', 40_000],
    ['sales_premium', '四成左右', 40],
    ['sales_premium', '比一般的高三成左右吧', 30],
    ['authorized_users', '150多家', 150],
    ['authorized_users', '获准用标的市场主体180家', 180],
  ])('7. %s reads %s', (id, text, value) => {
    expect(readMessage(form, {}, field(id), text).values[id]?.value).toBe(value);
  });

  it('8. start, skip and correction in ordinary words', async () => {
    await env.chat.as('p8').says('你好，我要申报').expectReply(/开始填写/);
    await env.chat.as('p8c').says('您好，想报一个地标').expectReply(/开始填写/);
    await upTo(env, 'p8b', BASE, 'export_value');
    await env.chat.as('p8b').says('这项没统计，跳过吧').expectReply(/已跳过“出口额”/);
    await env.chat.as('p8b').says('不对，产值应该是520亿，刚才写错了').expectReply(/已把 年产值 改为：520亿元/);
  });

  it('9. a pasted message gets a receipt of what was and was not read', async () => {
    await upTo(env, 'p9', BASE, 'annual_output_value');
    const replies = (await env.chat.as('p9').says('总产值约30亿元，出口额800万美元，天气很好，用标企业共95家')).join('\n');
    expect(replies).toContain('已记录 3 项');
    expect(replies).toContain('没能识别：“天气很好”');
    expect(replies).toMatch(/【\d+\/21】/);
  });

  it('a multi-field answer while the province is asked records all four', async () => {
    await upTo(env, 'p10', BASE, 'province');
    await env.chat.as('p10').says('四川省，集体商标，产值3.2亿，从业人员1.5万人');
    expect(valuesOf(env, 'p10')).toMatchObject({
      province: '四川省',
      protection_type: '作为集体商标注册的地理标志',
      annual_output_value: 320_000_000,
      employees: 15_000,
    });
  });

  it('查看 after submitting shows the submission, and the full summary went out once', async () => {
    const all: Record<string, string> = { ...BASE, next_year_plan: '新增用标企业10家，举办茶文化节。', contact_name: '韦丽', contact_phone: '0774-3821234' };
    await upTo(env, 'p11', all, 'none');
    const sent: string[] = [];
    sent.push(...(await env.chat.as('p11').says('提交')));
    sent.push(...(await env.chat.as('p11').says('确认').expectReply(/已提交/)));
    expect(sent.filter((s) => s.includes('1. 地理标志名称：')).length).toBe(1);
    await env.chat.as('p11').says('查看').expectReply(/申报书“六堡茶”（已提交/);
  });
});

describe('no filled field changes without a correction or its own question', () => {
  const filled: Record<string, FieldValue> = {};
  for (const [id, text] of Object.entries(BASE)) {
    const parsed = readMessage(form, {}, field(id), text).values[id];
    if (parsed) filled[id] = parsed;
  }
  const pieces = fc.oneof(
    fc.constantFrom(...form.fields.flatMap((f) => f.keywords), ...Object.keys(form.labelSynonyms), '：', '，', '；', '。', '\n', ' '),
    fc.constantFrom('3.5亿', '8千万', '30家', '1.2万人', '四成', '13800138000', 'a@b.cn', '广西', '集体商标', '2008年第138号', '王磊', '出台办法'),
    // what a pending text field must not swallow: a province alone, none answers, apologies, remarks, statements
    fc.constantFrom('辽宁的', '不搞出口', '物流旅游都没统计', '不好意思', '刚才', '抱歉，前面', '溢价大概三成五', '盟里出台了意见', '先空着', '跳过'),
    fc.string({ maxLength: 6 }),
  );
  const message = fc.array(pieces, { maxLength: 14 }).map((parts) => parts.join(''));

  it('reading a message never stores over a filled field other than the one asked', () => {
    fc.assert(
      fc.property(message, fc.constantFrom(undefined, ...form.fields.map((f) => f.id)), (text, asked) => {
        const current = asked === undefined ? undefined : field(asked);
        const read = readMessage(form, filled, current, text);
        for (const id of Object.keys(read.values)) expect(id in filled && id !== asked, `${id} from ${JSON.stringify(text)}`).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('through the dialog: random messages without a correction word leave filled fields alone', async () => {
    const env = await dialogEnv();
    try {
      await upTo(env, 'prop', BASE, 'export_value');
      const before = valuesOf(env, 'prop');
      await fc.assert(
        fc.asyncProperty(message, async (text) => {
          fc.pre(!CORRECTION_MARKER.test(text) && !/确认|确定|^\s*(?:是|对|好|可以|ok|yes|y)/iu.test(text));
          const asked = env.current('prop')?.id;
          await env.chat.as('prop').says(text);
          const now = valuesOf(env, 'prop');
          for (const [id, value] of Object.entries(before)) if (id !== asked) expect(now[id], `${id} after ${JSON.stringify(text)}`).toEqual(value);
          Object.assign(before, now);
        }),
        { numRuns: 150 },
      );
    } finally {
      env.close();
    }
  }, 120_000);
});
