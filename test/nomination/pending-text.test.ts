import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import type { FormField } from '../../src/nomination/form.js';
import { dialogEnv, field, form } from './dialog-fixture.js';

/**
 * A pending text field takes a message only when it does not read better as something else.
 * Generated messages of each kind that belongs elsewhere, sent while each text field is asked,
 * must never land in it; and a lead-in that restates the question is not part of the value.
 */

const textFields = form.fields.filter((f) => f.type === 'text' || f.type === 'longtext');
const figureFields = form.fields.filter((f) => ['money', 'count', 'percent'].includes(f.type));
const pick = <T,>(list: readonly T[], i: number): T => list[i % list.length] as T;

const PROVINCES = ['辽宁的', '湖南的', '四川省', '新疆', '内蒙古的', '广东省的', '浙江。', '云南的！'];
const REGISTRATIONS = ['2010年第72号', '公告号2004年第125号', '注册号16543210', '第17654321号'];
/** A none or don't-know answer naming a figure field: "不搞出口", "物流没统计". */
const NONE_SHAPES: Array<(name: string) => string> = [
  (n) => `不搞${n}`,
  (n) => `我们不${n}`,
  (n) => `没有${n}`,
  (n) => `${n}没统计`,
  (n) => `${n}这块不清楚`,
  (n) => `${n}暂无数据`,
  (n) => `${n}不知道`,
  (n) => `${n}先空着`,
];
const FIGURE_SHAPES: Array<(name: string) => string> = [
  (n) => `${n}大概三成五`,
  (n) => `${n}八千来万`,
  (n) => `${n}一百多家`,
  (n) => `${n}约12亿`,
];
const STATEMENTS = [
  '盟里出台了羊肉产业高质量发展意见，对用标企业每家奖励10万元',
  '市里每年安排2000万元，建设质量追溯体系',
  '县上出台了扶持办法，开展专项执法行动',
];
const FIGURES = ['8000万元', '186家', '35%', '3.2亿元', '两万多人'];

/** Names of a field a person would say (its keywords that are not a prefix of another field's). */
const spoken = (f: FormField): string[] => f.keywords.filter((k) => k.length >= 2).slice(0, 3);

const cases: Array<{ asked: FormField; text: string }> = [];
for (const [i, asked] of textFields.entries()) {
  for (const text of [...PROVINCES, ...REGISTRATIONS]) cases.push({ asked, text });
  for (const [j, other] of figureFields.entries()) {
    for (const name of spoken(other)) {
      cases.push({ asked, text: pick(NONE_SHAPES, i + j + name.length)(name) });
      cases.push({ asked, text: pick(NONE_SHAPES, i + j + name.length + 3)(name) });
      if (asked.type === 'text') cases.push({ asked, text: pick(FIGURE_SHAPES, i + j + name.length)(name) });
    }
  }
  if (asked.type === 'text') for (const text of [...STATEMENTS, ...FIGURES]) cases.push({ asked, text });
}

describe('what a pending text field does not take', () => {
  it(`stores none of ${cases.length} generated messages of another kind in the text field asked`, () => {
    const landed = cases.filter(({ asked, text }) => asked.id in readMessage(form, {}, asked, text).values).map(({ asked, text }) => `${asked.id} ← ${text}`);
    expect(landed).toEqual([]);
  });

  it('stores a province, a registration number and a none answer where they belong, and keeps the question', () => {
    const name = field('gi_name');
    expect(readMessage(form, {}, name, '辽宁的').values).toEqual({ province: expect.objectContaining({ value: '辽宁省' }) });
    const region = field('region');
    expect(Object.keys(readMessage(form, {}, region, '不搞出口').values)).toEqual(['export_value']);
    expect(readMessage(form, {}, region, '不搞出口').values.export_value?.value).toBe(0);
    expect(Object.keys(readMessage(form, {}, region, '2010年第72号').values)).toEqual(['registration_no']);
  });

  it('reads an apology in front of a correction as no value: the corrected field gets what follows', async () => {
    const env = await dialogEnv();
    try {
      const user = 'apology';
      await env.chat.as(user).says('/申报');
      for (const answer of ['安化黑茶', '湖南', '地理标志产品', '2010年第72号', '湖南省益阳市安化县现辖行政区域', '安化县黑茶产业发展办公室']) await env.chat.as(user).says(answer);
      for (const apology of ['不好意思，刚才申请人那个写得不对，应该是安化县茶业协会', '抱歉，申请人写错了，是安化县茶业协会', '对不起，申请人填错了，应该是安化县茶业协会']) {
        await env.chat.as(user).says(apology);
        expect(env.draft(user)?.fields.applicant?.value).toBe('安化县茶业协会');
        await env.chat.as(user).says('修改申请人');
        await env.chat.as(user).says('安化县黑茶产业发展办公室');
      }
    } finally {
      env.close();
    }
  });
});

/** Lead-ins that restate the question asked, by field: its names, head nouns and everyday words. */
const LEADS: Record<string, string[]> = {
  gi_name: ['名称', '名字', '产品名称', '地理标志名称', '我们报的'],
  region: ['范围', '保护范围', '地域范围', '产地范围'],
  applicant: ['申请人', '申请单位', '注册人', '管理机构'],
  product_category: ['类别', '品类', '产品类别'],
  contact_name: ['联系人', '经办人', '负责人'],
};
const VALUES: Record<string, string[]> = {
  gi_name: ['赣南脐橙', '安化黑茶', '阳澄湖大闸蟹'],
  region: ['江西省赣州市现辖行政区域', '新疆维吾尔自治区库尔勒市、尉犁县等现辖行政区域'],
  applicant: ['赣州市果业发展中心', '苏州市阳澄湖大闸蟹行业协会'],
  product_category: ['水果', '茶叶', '水产品'],
  contact_name: ['刘志华', '彭晓燕'],
};
const COPULAS = ['是', '就是', '为', '叫', '应该是'];
const leadIns = Object.entries(LEADS).flatMap(([id, leads]) =>
  leads.flatMap((lead, l) => (VALUES[id] ?? []).map((value, v) => ({ id, text: `${lead}${pick(COPULAS, l + v)}${value}`, value }))),
);

describe('lead-ins that restate the question', () => {
  it(`are not kept in ${leadIns.length} generated answers`, () => {
    const wrong = leadIns.filter(({ id, text, value }) => readMessage(form, {}, field(id), text).values[id]?.value !== value).map((c) => c.text);
    expect(wrong).toEqual([]);
  });

  it('a lead-in naming another field is no lead-in: the value is not stored in the field asked', () => {
    expect(readMessage(form, {}, field('applicant'), '联系人是王磊').values.applicant).toBeUndefined();
    expect(readMessage(form, {}, field('gi_name'), '申请人是赣州市果业发展中心').values.gi_name).toBeUndefined();
  });
});

describe('"A是B" while a name is asked', () => {
  const NAMES = ['新会陈皮', '普洱茶', '赣南脐橙', '阳澄湖大闸蟹'];
  const PREDICATES: Array<[string, Record<string, string>]> = [
    ['广东省江门市新会区的地理标志产品', { province: '广东省', protection_type: '地理标志产品' }],
    ['云南省的地理标志产品', { province: '云南省', protection_type: '地理标志产品' }],
    ['江西省的证明商标', { province: '江西省', protection_type: '作为证明商标注册的地理标志' }],
    ['新疆维吾尔自治区的集体商标', { province: '新疆维吾尔自治区', protection_type: '作为集体商标注册的地理标志' }],
  ];
  const made = NAMES.flatMap((name) => PREDICATES.map(([predicate, rest]) => ({ text: `${name}是${predicate}`, expected: { gi_name: name, ...rest } })));

  it(`takes the subject as the name and routes the rest in ${made.length} generated sentences`, () => {
    const wrong = made.filter(({ text, expected }) => {
      const values = Object.fromEntries(Object.entries(readMessage(form, {}, field('gi_name'), text).values).map(([id, v]) => [id, v.value]));
      return JSON.stringify(values, Object.keys(expected).sort()) !== JSON.stringify(expected, Object.keys(expected).sort());
    });
    expect(wrong.map((c) => c.text)).toEqual([]);
  });

  it('reads a copula after the field asked as a lead-in, not as a subject', () => {
    expect(readMessage(form, {}, field('applicant'), '申请人是赣州市果业发展中心').values.applicant?.value).toBe('赣州市果业发展中心');
  });
});

describe('a figure whose label names a field more closely than the one asked', () => {
  it.each([
    ['其中陈皮加工产值约70亿元', 'related_output_processing', 7_000_000_000],
    ['物流运输带动产值3亿元', 'related_output_logistics', 300_000_000],
    ['乡村旅游带动产值2.5亿', 'related_output_tourism', 250_000_000],
  ])('%s while 年产值 is asked goes to its own field', (text, id, value) => {
    const read = readMessage(form, {}, field('annual_output_value'), text).values;
    expect(Object.keys(read)).toEqual([id]);
    expect(read[id]?.value).toBe(value);
  });

  it('reads past a year in front of the label: 2022年新会陈皮全产业链产值达到190亿元', () => {
    expect(readMessage(form, {}, undefined, '2022年新会陈皮全产业链产值达到190亿元').values.annual_output_value?.value).toBe(19_000_000_000);
    expect(readMessage(form, {}, field('registration_no'), '2006年第2号').values.registration_no?.value).toBe('2006年第2号');
  });
});

describe('punctuation after a label filler', () => {
  it('扶持措施的话，县上出台了… keeps no leading comma', () => {
    const text = '扶持措施的话，县上出台了《岷县当归产业高质量发展实施意见》，建成当归标准化种植基地10万亩。';
    expect(readMessage(form, {}, field('support_measures'), text).values.support_measures?.value).toBe('县上出台了《岷县当归产业高质量发展实施意见》，建成当归标准化种植基地10万亩。');
  });
});

describe('a subject that only points at the answer', () => {
  const SUBJECTS = ['这个是', '我们这个是', '咱们这个叫', '我们的是', '这就是', '那个是', '俺们这个是'];
  const ANSWERS: Record<string, string[]> = {
    gi_name: ['乌珠穆沁羊肉', '霍山石斛', '盘锦大米'],
    applicant: ['锡林郭勒盟畜牧工作站', '霍山县石斛产业协会'],
    product_category: ['畜禽', '中药材'],
  };
  const made = Object.entries(ANSWERS).flatMap(([id, values]) =>
    values.flatMap((value, v) => SUBJECTS.map((subject, s) => ({ id, text: `${subject}${value}${pick(['', '。', '，内蒙古的'], s + v)}`, value }))),
  );

  it(`is not kept in ${made.length} generated answers to a short text question`, () => {
    const wrong = made.filter(({ id, text, value }) => readMessage(form, {}, field(id), text).values[id]?.value !== value).map((c) => `${c.id} ← ${c.text}`);
    expect(wrong).toEqual([]);
  });

  it('stays in free text, where it is words of the answer', () => {
    const text = '这个是县里今年的重点工作，出台了扶持办法';
    expect(readMessage(form, {}, field('support_measures'), text).values.support_measures?.value).toBe(text);
  });
});
