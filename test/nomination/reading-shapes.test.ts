import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { dialogEnv, field, form } from './dialog-fixture.js';

/**
 * The readings of issue 11's third round, each stressed with generated paraphrases: none answers
 * naming several fields, self-introductions, pasted pairs without colons, a field's name inside a
 * compound word, head counts told by their measure word, corrections under a heading. Negative
 * tables hold the look-alikes that must not be read so.
 */

const cross = <T extends unknown[]>(...lists: { [K in keyof T]: T[K][] }): T[] =>
  lists.reduce<unknown[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]) as T[];

const plain = (values: Record<string, FieldValue>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)).map(([id, v]) => [id, v.value]));

const readAsked = (asked: string | undefined, text: string) => readMessage(form, {}, asked ? field(asked) : undefined, text);

describe('a none answer naming several optional figure fields skips each of them', () => {
  const NAMES: Array<[string, string]> = [
    ['related_output_logistics', '物流'],
    ['related_output_tourism', '旅游'],
    ['related_output_processing', '加工'],
    ['export_value', '出口'],
  ];
  const JOINERS = ['、', '和', '跟', '以及'];
  const ENDINGS = ['都没统计', '都没有统计', '都不清楚', '都没有数据', '目前没单列', '我们不掌握'];
  const ASKED = ['related_output_logistics', 'related_output_processing', 'employees', 'support_measures', 'contact_name'];
  const pairs = NAMES.flatMap((a, i) => NAMES.slice(i + 1).map((b) => [a, b] as const));
  const cases = cross<[readonly [[string, string], [string, string]], string, string, string]>(pairs, JOINERS, ENDINGS, ASKED);

  it(`in ${cases.length} generated messages, storing nothing`, () => {
    const wrong = cases
      .map(([[[idA, a], [idB, b]], joiner, ending, asked]) => ({ text: `${a}${joiner}${b}${ending}`, asked, want: [idA, idB].sort(), got: readAsked(asked, `${a}${joiner}${b}${ending}`) }))
      .filter((c) => JSON.stringify([...c.got.skipped].sort()) !== JSON.stringify(c.want) || Object.keys(c.got.values).length > 0)
      .map((c) => `${c.asked} | ${c.text} → ${JSON.stringify(c.got.skipped)} ${JSON.stringify(plain(c.got.values))}`);
    expect(wrong).toEqual([]);
  });

  it('after a figure in the same message, which is stored', () => {
    const got = readAsked('related_output_processing', '枸杞深加工产值38亿上下,物流和旅游都没有统计');
    expect(plain(got.values)).toEqual({ related_output_processing: 3_800_000_000 });
    expect(got.skipped.sort()).toEqual(['related_output_logistics', 'related_output_tourism']);
  });

  it('but never a required field, one already filled, or a figure that was found', () => {
    expect(readAsked('contact_name', '产值和从业人员都没统计').skipped).toEqual([]);
    const filled = { related_output_tourism: { raw: '1亿', value: 100_000_000, display: '1亿元' } };
    expect(readMessage(form, filled, field('employees'), '物流、旅游都没统计').skipped).toEqual([]);
    expect(readAsked('support_measures', '之前跳过的加工业产值有数了，二十三亿左右').skipped).toEqual([]);
  });
});

describe('a person introducing themselves gives the contact name', () => {
  const INTROS = ['我叫', '我是', '本人', '本人是', '我的名字是', '我名字叫'];
  const NAMES = ['赵磊', '欧阳晓燕', '金顺姬', '王建军'];
  const TAILS = ['', '，手机138-3921-7706', '，电话0391-2345678', '。'];
  const ASKED = ['contact_name', 'contact_phone', 'contact_email'];
  const cases = cross<[string, string, string, string]>(INTROS, NAMES, TAILS, ASKED);

  it(`in ${cases.length} generated messages`, () => {
    const wrong = cases
      .map(([intro, name, tail, asked]) => ({ text: `${intro}${name}${tail}`, asked, name, got: readAsked(asked, `${intro}${name}${tail}`).values }))
      .filter((c) => c.got.contact_name?.value !== c.name)
      .map((c) => `${c.asked} | ${c.text} → ${JSON.stringify(plain(c.got))}`);
    expect(wrong).toEqual([]);
  });

  it('but not a self-description that is no name', () => {
    for (const text of ['我是市场监管局的', '我是联系人', '本人负责这个', '我叫不出来']) {
      expect(readAsked('contact_name', text).values.contact_name, text).toBeUndefined();
      expect(readAsked('contact_email', text).values.contact_name, text).toBeUndefined();
    }
  });
});

describe('a pasted block of "label value" pairs without colons', () => {
  const ITEMS: Array<[string, string, string, unknown]> = [
    ['gi_name', '名称', '定安黑猪', '定安黑猪'],
    ['province', '省份', '海南', '海南省'],
    ['protection_type', '类型', '证明商标', '作为证明商标注册的地理标志'],
    ['registration_no', '注册号', '27765431', '27765431'],
    ['region', '地域范围', '海南省定安县现辖行政区域', '海南省定安县现辖行政区域'],
    ['applicant', '注册人', '定安县畜牧业协会', '定安县畜牧业协会'],
    ['product_category', '类别', '畜禽', '畜禽'],
  ];
  const NUMBERS = [(i: number) => `（${i}）`, (i: number) => `${i}.`, (i: number) => `${i}、`, (i: number) => `(${i})`, () => ''];
  const JOINERS = [' ', '\n', '  ', '；'];
  const ORDERS = [ITEMS, [...ITEMS].reverse(), [...ITEMS.slice(4), ...ITEMS.slice(0, 4)]];
  const ASKED = ['gi_name', 'province', 'region', 'applicant'];
  const cases = cross<[(i: number) => string, string, typeof ITEMS, string]>(NUMBERS, JOINERS, ORDERS, ASKED).filter(
    ([number, joiner]) => number(1) !== '' || joiner !== ' ',
  );

  it(`reads every pair of ${cases.length} generated pastes into its own field`, () => {
    const want = JSON.stringify(Object.fromEntries(ITEMS.map(([id, , , value]) => [id, value]).sort(([a], [b]) => String(a).localeCompare(String(b)))));
    const wrong = cases
      .map(([number, joiner, order, asked]) => {
        const text = order.map(([, label, value], i) => `${number(i + 1)}${label} ${value}`).join(joiner);
        return { text, asked, got: plain(readAsked(asked, text).values) };
      })
      .filter((c) => JSON.stringify(c.got) !== want)
      .map((c) => `${c.asked} | ${JSON.stringify(c.text)} → ${JSON.stringify(c.got)}`);
    expect(wrong).toEqual([]);
  });

  it('parts a contact line at slashes between spaces, not a unit', () => {
    expect(plain(readAsked('contact_name', '联系人 金顺姬 / 0433-4222518 / jinshunji@helong.gov.cn').values)).toEqual({
      contact_email: 'jinshunji@helong.gov.cn',
      contact_name: '金顺姬',
      contact_phone: '0433-4222518',
    });
    expect(plain(readAsked('income_per_employee', '5.6万元/人').values)).toEqual({ income_per_employee: 56_000 });
  });
});

describe("a field's name inside a compound word is no label", () => {
  const COMPOUNDS: Array<[string, string]> = [
    ['product_category', '加工食品'],
    ['product_category', '加工制品'],
    ['product_category', '旅游商品'],
    ['applicant', '旅游发展中心'],
  ];

  it('the compound answers the text field asked', () => {
    for (const [asked, text] of COMPOUNDS) expect(plain(readAsked(asked, text).values), text).toEqual({ [asked]: text });
  });

  it('a statement about a figure field is not stored in the text field asked', () => {
    for (const text of ['出口主要是东南亚', '加工大概没有', '旅游也不清楚', '物流都在县里']) {
      for (const asked of ['applicant', 'product_category', 'gi_name']) expect(readAsked(asked, text).values[asked], `${asked} ${text}`).toBeUndefined();
    }
  });
});

describe('a head count goes by its measure word', () => {
  const DESCRIPTIONS = ['从事枸杞种植和加工的有', '种植户和加工户一共', '全县涉茶的', '采集和经营的农牧民有'];
  const VALUES: Array<[string, number]> = [['12万人左右', 120_000], ['3200人', 3200], ['两万多人', 20_000]];
  const ASKED = ['related_output_logistics', 'income_per_employee', 'sales_premium'];
  const cases = cross<[string, [string, number], string]>(DESCRIPTIONS, VALUES, ASKED);

  it(`to 从业人数 in ${cases.length} generated messages while another figure is asked`, () => {
    const wrong = cases
      .map(([description, [value, want], asked]) => ({ text: `${description}${value}`, asked, want, got: plain(readAsked(asked, `${description}${value}`).values) }))
      .filter((c) => JSON.stringify(c.got) !== JSON.stringify({ employees: c.want }))
      .map((c) => `${c.asked} | ${c.text} → ${JSON.stringify(c.got)}`);
    expect(wrong).toEqual([]);
  });

  it('never from a lone 一 in a word, nor a count without its measure word after words naming nothing', () => {
    for (const text of ['下一个，溢价没数', '电话改成0939-5122380，刚才错了一位', '茶旅融合这块大约八千万']) {
      const values = readAsked('sales_premium', text).values;
      expect(values.employees, text).toBeUndefined();
      expect(values.authorized_users, text).toBeUndefined();
    }
    expect(readAsked('employees', '茶旅融合这块大约八千万').values.employees).toBeUndefined();
    expect(readAsked('employees', '中药材康养旅游一块大概5000万').values.employees).toBeUndefined();
  });
});

describe('corrections under a heading', () => {
  const HEADINGS = ['前面有两个数填错了', '有几项要改', '产值和从业人员都要改一下', '刚才填的不对', '更正一下'];
  const SEPARATORS = ['：', ':'];

  it(`change each value after the heading (${HEADINGS.length * SEPARATORS.length} wordings)`, async () => {
    const env = await dialogEnv();
    try {
      for (const [i, [heading, separator]] of cross<[string, string]>(HEADINGS, SEPARATORS).entries()) {
        const user = `heading${i}`;
        await env.chat.as(user).says('/申报');
        for (const answer of ['城步峒茶', '湖南', '地理标志产品', '2014年第58号', '湖南省邵阳市城步苗族自治县现辖行政区域', '城步县茶叶协会', '茶叶', '2.1亿', '无', '跳过', '跳过', '跳过', '1.1万人']) {
          await env.chat.as(user).says(answer);
        }
        await env.chat.as(user).says(`${heading}${separator}产值是2.4亿，从业人员是一万三千人`);
        const fields = env.draft(user)?.fields;
        expect([fields?.annual_output_value?.value, fields?.employees?.value], heading).toEqual([240_000_000, 13_000]);
        expect(env.current(user)?.id, heading).toBe('income_per_employee');
      }
    } finally {
      env.close();
    }
  });
});
