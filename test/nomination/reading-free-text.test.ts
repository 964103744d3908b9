import { describe, expect, it } from 'vitest';
import { startRequest } from '../../src/nomination/dialog/start-request.js';
import { findCorrection } from '../../src/nomination/extract.js';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';

/**
 * Free text (measures, plans) is stored as the officer wrote it, and only in its own field: a
 * numbered list keeps its numbers and line breaks, a plan said as a sentence keeps its opening
 * words while the form's own label is taken off, a heading line names the field of the lines
 * under it and is never a value itself.
 */

const MEASURES = ['县政府出台茶产业扶持办法，每年安排资金1200万元', '制定团体标准3项，建设标准化基地2万亩', '组织用标企业参加中国国际商标品牌节'];
const PLANS = ['新增用标企业12家', '建设产地冷链集配中心2个', '开展品牌进商超推介活动'];
/** Ways officers number the items of a list. */
const NUMBERINGS: Array<(i: number) => string> = [
  (i) => `${i}.`,
  (i) => `${i}. `,
  (i) => `${i}、`,
  (i) => `(${i})`,
  (i) => `（${i}）`,
  (i) => `${i})`,
  (i) => String.fromCharCode(0x2460 + i - 1),
  (i) => `${'一二三'[i - 1]}、`,
  (i) => '• ',
];
/** What ends one item and starts the next: a line break (typed or real), or both on one line. */
const BREAKS = ['；\n', '；\\n', '\n', '；'];

const list = (items: string[], number: (i: number) => string, between: string): string =>
  items.map((item, i) => `${number(i + 1)}${item}`).join(between) + '。';
/** The value as stored: a typed "\n" is a line break. */
const stored = (text: string): string => text.replace(/\\n/gu, '\n');
const read = (asked: string, text: string, filled: Record<string, FieldValue> = {}) => readMessage(form, filled, field(asked), text);

describe('a numbered list is stored as written', () => {
  const cases = NUMBERINGS.flatMap((number) => BREAKS.map((between) => ({ number, between })));

  it(`keeps numbers and line breaks in ${cases.length * 2} generated lists`, () => {
    const wrong: string[] = [];
    for (const { number, between } of cases) {
      for (const [asked, items] of [['support_measures', MEASURES], ['next_year_plan', PLANS]] as const) {
        const text = list(items, number, between);
        const { values } = read(asked, text);
        if (Object.keys(values).join() !== asked || values[asked]?.value !== stored(text)) wrong.push(`${asked} | ${JSON.stringify(text)} → ${JSON.stringify(values)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps a list whose items name other fields and give figures in the one field asked', () => {
    const text = '1.用标企业再新增20家；\n2.年产值力争突破5亿元；\n3.从业人员增加到3万人。';
    const { values } = read('next_year_plan', text);
    expect(Object.keys(values)).toEqual(['next_year_plan']);
    expect(values.next_year_plan?.value).toBe(text);
  });

  it('reads a numbered report of figures pair by pair, even while free text is asked', () => {
    const { values } = read('next_year_plan', '1.年产值3.2亿元\n2.从业人员1.5万人');
    expect(Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]))).toEqual({ annual_output_value: 320_000_000, employees: 15_000 });
  });

  it('still takes the number off a numbered pair ("2.省份：…", "3.类别 茶叶")', () => {
    const { values } = read('gi_name', '1.名称：都匀毛尖\n2.省份：贵州\n3.类别 茶叶');
    expect(Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]))).toEqual({ gi_name: '都匀毛尖', province: '贵州省', product_category: '茶叶' });
  });
});

describe('the words a plan opens with', () => {
  const SPOKEN = ['明年计划', '明年打算', '下一步计划', '下一步打算'];
  const LABELLED = ['下一年度工作计划：', '下一年度计划:', '工作计划：', '明年计划：', '明年打算 ', '下一年度计划', '下一年度工作计划是'];
  const BODY = '新增用标企业12家，建设产地冷链集配中心2个，开展品牌进商超推介活动。';
  const ASKED = ['next_year_plan', 'contact_name', 'annual_output_value'];

  it.each(SPOKEN.flatMap((lead) => ASKED.map((asked) => [lead, asked])))('keeps the spoken lead %s whole (asked: %s)', (lead, asked) => {
    const { values } = read(asked, `${lead}${BODY}`);
    expect(values.next_year_plan?.value).toBe(`${lead}${BODY}`);
    expect(Object.keys(values)).toEqual(['next_year_plan']);
  });

  it.each(LABELLED.flatMap((label) => ASKED.map((asked) => [label, asked])))('takes the label %j off (asked: %s)', (label, asked) => {
    const { values } = read(asked, `${label}${BODY}`);
    expect(values.next_year_plan?.value).toBe(BODY);
    expect(Object.keys(values)).toEqual(['next_year_plan']);
  });

  it('reads 在 after a spoken lead as a word of the plan, not as a copula', () => {
    const text = '明年计划在上海、南京举办品牌推介会，新增用标企业8家。';
    expect(read('next_year_plan', text).values.next_year_plan?.value).toBe(text);
  });
});

describe('headings over pasted lists', () => {
  const MEASURE_HEADINGS = ['三、已采取的扶持措施', '扶持措施', '（三）扶持措施：', '已采取的扶持措施'];
  const PLAN_HEADINGS = ['四、明年打算', '下一年度工作计划', '（四）工作计划：', '明年计划'];
  const OPENINGS = ['', '一、基本情况\n', '扶持措施和明年计划一起发给你：\n'];

  it('gives each list to the field its heading names, numbers kept, headings stored nowhere', () => {
    const wrong: string[] = [];
    for (const [m, measureHeading] of MEASURE_HEADINGS.entries()) {
      for (const [p, planHeading] of PLAN_HEADINGS.entries()) {
        for (const opening of OPENINGS) {
          const number = NUMBERINGS[(m + p) % NUMBERINGS.length] as (i: number) => string;
          const measures = list(MEASURES, number, '；\n');
          const plans = list(PLANS, number, '；\n');
          const text = `${opening}${measureHeading}\n${measures}\n${planHeading}\n${plans}`;
          for (const asked of ['gi_name', 'support_measures', 'annual_output_value']) {
            const { values } = read(asked, text);
            const got = Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));
            if (JSON.stringify(got) !== JSON.stringify({ support_measures: measures, next_year_plan: plans })) wrong.push(`${asked} | ${JSON.stringify(text)} → ${JSON.stringify(got)}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never stores an outline heading naming no field as the name asked', () => {
    for (const heading of ['一、基本情况', '（一）基本信息', '第一部分 基本情况']) {
      const { values } = read('gi_name', `${heading}\n产地范围：山东省德州市乐陵市现辖行政区域\n申报的产品：乐陵金丝小枣\n所属省份：山东省`);
      expect(values.gi_name?.value, heading).toBe('乐陵金丝小枣');
    }
  });

  it('never stores a table header row as the name asked', () => {
    for (const header of ['字段 | 内容', '项目 | 填写内容', '| 栏目 | 数据 |']) {
      const { values, unread } = read('gi_name', `${header}\n名称 | 安吉白茶\n所在省 | 浙江\n类别 | 茶叶`);
      expect(values.gi_name?.value, header).toBe('安吉白茶');
      expect(unread.length, header).toBe(1);
    }
  });

  it('reads an announcement alone as not understood and stores nothing', () => {
    for (const text of ['资料如下', '我先把基本情况发过来', '扶持措施和明年计划一起发给你：']) {
      const reading = read('gi_name', text);
      expect(reading.values, text).toEqual({});
      expect(reading.unread.length, text).toBe(1);
    }
  });
});

describe('a statement sent while another kind of question is asked', () => {
  const PAST = ['县里出台了蓝莓产业扶持政策，每年安排资金1000万元；建成冷链仓储中心；开展商标使用许可管理。', '市里先后制定了地方标准3项，建设标准化示范园5个，组织企业参加农交会。'];
  const FUTURE = ['明年新增用标企业8家，建设深加工生产线2条，推动产品进入大型商超。', '下一步力争新增用标主体20家，建设产地冷链集配中心3个。'];
  const ASKED = ['protection_type', 'registration_no', 'employees', 'product_category', 'contact_phone'];

  it.each(ASKED)('goes whole to the measures or the plan it speaks of (asked: %s)', (asked) => {
    for (const text of PAST) expect(read(asked, text).values).toEqual({ support_measures: expect.objectContaining({ value: text }) });
    for (const text of FUTURE) expect(read(asked, text).values).toEqual({ next_year_plan: expect.objectContaining({ value: text }) });
  });

  it('never goes into a filled field, nor into the region', () => {
    const filled = read('support_measures', PAST[0] as string).values;
    expect(read('employees', PAST[1] as string, filled).values).toEqual({});
    const plan = read('next_year_plan', FUTURE[0] as string).values;
    expect(read('employees', FUTURE[1] as string, plan).values).toEqual({});
  });

  it('is not a labelled statement: "支持措施为…" goes by its label', () => {
    const text = '支持措施为县政府出台产业扶持政策，设立专项资金3000万元，开展专用标志使用核准。';
    expect(Object.keys(read('employees', text).values)).toEqual(['support_measures']);
  });

  it('does not read a choice out of an action ("开展专用标志使用核准")', () => {
    expect(read('protection_type', PAST[0]?.replace('开展商标使用许可管理', '开展专用标志使用核准') as string).values.protection_type).toBeUndefined();
  });
});

describe('a heading saying the text after it replaces an answer', () => {
  const HEADINGS: Array<[string, string]> = [
    ['刚才措施发得不全，以这个为准', 'support_measures'],
    ['扶持措施有误，更正如下', 'support_measures'],
    ['计划发得不完整，以下面为准', 'next_year_plan'],
    ['范围写错了', 'region'],
  ];
  const VALUE = '出台扶持办法，安排资金800万元；建立质量追溯体系。';

  it.each(HEADINGS)('%s：… replaces the field it names, whole', (heading, id) => {
    expect(findCorrection(form, `${heading}：${VALUE}`, 'contact_name')).toEqual({ field: id, value: VALUE });
  });

  it('is no correction without a word saying so', () => {
    expect(findCorrection(form, `扶持措施：${VALUE}`, 'contact_name')).toBeUndefined();
  });
});

describe('figures and words', () => {
  it('reads "有一点" as a word, so the figure after it answers the field named', () => {
    const { values } = read('region', '出口有一点，大约4500万元');
    expect(Object.keys(values)).toEqual(['export_value']);
    expect(values.export_value?.value).toBe(45_000_000);
  });

  it('parts a half-width comma before a year or a count, not inside a figure', () => {
    expect(read('protection_type', '地理标志产品,2013年第168号').values.registration_no?.value).toBe('2013年第168号');
    expect(read('annual_output_value', '产值12,000万元').values.annual_output_value?.value).toBe(120_000_000);
  });
});

describe('the product named in a start request', () => {
  it.each([
    ['想给库尔勒香梨报重点联系指导名录', '库尔勒香梨'],
    ['为安吉白茶申报名录', '安吉白茶'],
    ['帮我给五常大米报一下名录', '五常大米'],
  ])('%s names %s, without the preposition', (text, name) => {
    expect(startRequest(text)?.name).toBe(name);
  });

  it('takes an announcement beside the request for no name', () => {
    expect(startRequest('帮我报名录，资料如下')?.name).toBeUndefined();
  });
});

describe('a unit in the label of a pasted table', () => {
  const ROWS: Array<[string, string, string, number]> = [
    ['年产值', '万元', '1450000', 14_500_000_000],
    ['出口额', '万美元', '320', 3_200_000],
    ['从业人员', '人', '60000', 60_000],
    ['用标企业', '家', '95', 95],
    ['加工产值', '亿元', '2.5', 250_000_000],
  ];
  const IDS = ['annual_output_value', 'export_value', 'employees', 'authorized_users', 'related_output_processing'];

  it.each([['(', ')', ': '], ['（', '）', '：'], ['(', ')', ' | ']])('reads a bare figure with the unit of its label %s…%s', (open, close, separator) => {
    const text = ROWS.map(([label, unit, figure]) => `${label}${open}${unit}${close}${separator}${figure}`).join('\n');
    const { values } = read('annual_output_value', text);
    for (const [i, [, , , want]] of ROWS.entries()) expect(values[IDS[i] as string]?.value, text).toBe(want);
  });
});

describe('a correction naming the old value after the new one', () => {
  const CASES: Array<[string, string, string]> = [
    ['用标企业数', 'authorized_users', '29家'],
    ['产值', 'annual_output_value', '2.3亿元'],
    ['从业人员', 'employees', '1.6万人'],
  ];
  const WORDINGS = [(label: string, v: string) => `${label}写错了，是${v}不是9${v}`, (label: string, v: string) => `${label}填错了，应该是${v}，而不是9${v}`];

  it.each(CASES.flatMap(([label, id, value]) => WORDINGS.map((w) => [w(label, value), id, value])))('%s keeps only the new value', (text, id, value) => {
    expect(findCorrection(form, text, 'contact_name')).toEqual({ field: id, value });
  });
});
