import { describe, expect, it } from 'vitest';
import { findCorrection, findCorrections } from '../../src/nomination/extract.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';
import { pick, random } from '../helpers/random.js';

/**
 * Issue 11's worst defect is a value stored in a field it does not belong to. These messages are
 * generated from labelled pairs in the words officers use (labels, separators, joiners, order,
 * full and half width, a question asked or not, fields filled or not): whatever the reader makes
 * of them, a value may only land in a field a label in the message names, and only as that
 * label's value. Unread is allowed here (other tests ask for reading); misplaced is not.
 */

/** Labels officers write for each field, and values of the field's type. */
const PAIRS: Record<string, { labels: string[]; values: string[] }> = {
  gi_name: { labels: ['地理标志名称', '产品名称', '名称', '名字'], values: ['磐安元胡', '阿拉尔骏枣', '定安黑猪', '赣南脐橙'] },
  province: { labels: ['所在省份', '省份', '所在省'], values: ['浙江', '海南省', '新疆维吾尔自治区'] },
  protection_type: { labels: ['保护类型', '类型'], values: ['证明商标', '集体商标', '地理标志产品'] },
  registration_no: { labels: ['商标注册号', '注册号'], values: ['27765431', '17650923'] },
  region: { labels: ['保护范围', '地域范围', '产地范围'], values: ['海南省定安县现辖行政区域', '浙江省金华市磐安县现辖行政区域'] },
  applicant: { labels: ['申请人', '注册人', '申报单位', '管理机构'], values: ['定安县畜牧业协会', '磐安县中药材产业协会'] },
  product_category: { labels: ['产品类别', '类别', '品类'], values: ['畜禽', '中药材', '茶叶'] },
  annual_output_value: { labels: ['年产值', '产值', '总产值'], values: ['6.8亿元', '十五亿左右', '3200万'] },
  export_value: { labels: ['出口额', '出口'], values: ['420万美元', '80万美元'] },
  related_output_processing: { labels: ['加工产值', '加工业产值', '加工'], values: ['1.3亿', '3亿元'] },
  related_output_logistics: { labels: ['物流产值', '物流'], values: ['1.2亿', '4000万'] },
  related_output_tourism: { labels: ['旅游产值', '旅游收入', '旅游', '文旅', '茶旅融合这块'], values: ['5000万', '八千万元'] },
  employees: { labels: ['从业人员', '从业人数', '就业人数'], values: ['2.1万人', '3200人', '两万人'] },
  income_per_employee: { labels: ['人均年收入', '人均收入'], values: ['4.8万元', '5万元'] },
  sales_premium: { labels: ['溢价率', '溢价'], values: ['25%', '百分之六十', '三成'] },
  authorized_users: { labels: ['用标企业', '用标主体', '获准用标的市场主体'], values: ['55家', '85家'] },
  support_measures: { labels: ['扶持措施', '支持措施', '政策措施'], values: ['县政府出台产业扶持政策，设立专项资金3000万元，开展专用标志使用核准。'] },
  next_year_plan: { labels: ['下一年度工作计划', '明年计划', '下一步计划'], values: ['新增用标企业15家，建设冷链加工中心，参加中国国际商标品牌节。'] },
  contact_name: { labels: ['联系人', '联系人姓名', '姓名', '名字'], values: ['吴海燕', '金晓峰', '李婷'] },
  contact_phone: { labels: ['联系电话', '手机', '电话'], values: ['13907682245', '0571-88888888'] },
  contact_email: { labels: ['邮箱', '电子邮箱'], values: ['wuhy@dingan.gov.cn'] },
};

const SEPARATORS = ['：', ':', ' ', '是', '为', '', '\u3000', '\t'];
const JOINERS = ['；', ';', '，', '\n', '。', '  ', '、'];
const LEADS = ['', '', '另外', '还有', '对了，'];
const IDS = Object.keys(PAIRS);
const LONG = new Set(['support_measures', 'next_year_plan', 'region']);
/** A plan's name said as words of the sentence: a time adverb and a verb of intent. */
const SPOKEN_LEAD = /^(?:明年|下一步)(?:计划|打算)$/u;

const fullWidth = (s: string): string => s.replace(/[0-9A-Za-z.%@:;-]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface Case {
  text: string;
  asked?: string;
  filled: Record<string, FieldValue>;
  expected: Record<string, string>;
}

function generate(count: number, seed: number): Case[] {
  const next = random(seed);
  const cases: Case[] = [];
  while (cases.length < count) {
    const ids = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, IDS)))];
    // free text takes the unlabelled clauses after it, so it comes last
    ids.sort((a, b) => Number(LONG.has(a)) - Number(LONG.has(b)));
    if (ids.filter((id) => LONG.has(id)).length > 1) continue;
    const expected: Record<string, string> = {};
    const pieces = ids.map((id, i) => {
      const pair = PAIRS[id] as { labels: string[]; values: string[] };
      const value = pick(next, pair.values);
      const label = pick(next, pair.labels);
      const separator = LONG.has(id) && i > 0 ? '：' : pick(next, SEPARATORS);
      // "明年计划新增…" said as a sentence is the plan as written; "下一年度工作计划新增…" is a label and a value
      expected[id] = separator === '' && SPOKEN_LEAD.test(label) ? `${label}${value}` : value;
      return `${label}${separator}${value}`;
    });
    const joiner = pick(next, JOINERS);
    let text = `${pick(next, LEADS)}${pieces.join(joiner)}`;
    if (next() < 0.2) text = fullWidth(text);
    const asked = next() < 0.15 ? undefined : pick(next, IDS);
    const filled: Record<string, FieldValue> = {};
    for (const id of IDS) {
      if (next() < 0.3) {
        const f = field(id);
        const parsed = parseField(f, (PAIRS[id] as { values: string[] }).values.at(-1) as string);
        if (parsed.ok) filled[id] = parsed.value;
      }
    }
    cases.push({ text, asked, filled, expected });
  }
  return cases;
}

const normalise = (s: string): string => s.normalize('NFKC').replace(/[。；;，,\s]+$/u, '');

/** What a field holds when `raw` is read as its value. */
function expectedValue(id: string, raw: string): unknown {
  // (free text is stored as typed)
  if (LONG.has(id)) return normalise(raw);
  const parsed = parseField(field(id), raw.normalize('NFKC'));
  return parsed.ok ? parsed.value.value : normalise(raw);
}

function misplaced(c: Case): string[] {
  const reading = readMessage(form, c.filled, c.asked ? field(c.asked) : undefined, c.text);
  const stored = { ...reading.values, ...reading.conflicts };
  return Object.entries(stored)
    .filter(([id, value]) => {
      if (!(id in c.expected)) return true;
      const want = expectedValue(id, c.expected[id] as string);
      return typeof want === 'string' ? normalise(String(value.value)) !== normalise(want) : value.value !== want;
    })
    .map(([id, value]) => `${c.asked ?? '-'} | ${JSON.stringify(c.text)} → ${id} = ${JSON.stringify(value.value)}`);
}

describe('no value lands in a field its label does not name', () => {
  const cases = generate(4000, 11);

  it(`in ${cases.length} generated labelled messages`, () => {
    const wrong = cases.flatMap(misplaced);
    expect({ count: wrong.length, first: wrong.slice(0, 40) }).toEqual({ count: 0, first: [] });
  });

  it('reads most of them (the generator is not vacuous)', () => {
    let read = 0;
    let total = 0;
    for (const c of cases) {
      const reading = readMessage(form, c.filled, c.asked ? field(c.asked) : undefined, c.text);
      total += Object.keys(c.expected).length;
      // (a value equal to the one filled is read and left as it is)
      const same = (id: string): boolean => c.filled[id]?.value === expectedValue(id, c.expected[id] as string);
      read += Object.keys(c.expected).filter((id) => id in reading.values || id in reading.conflicts || same(id)).length;
    }
    expect(read / total).toBeGreaterThan(0.97);
  });
});

describe('a label word naming two fields (名字) goes by the value', () => {
  const PEOPLE = ['李婷', '王磊', '欧阳晓燕', '吴海燕', '金顺姬'];
  const PRODUCTS = ['阿拉尔骏枣', '定安黑猪', '赣南脐橙', '西湖龙井', '盘锦河蟹'];
  const ASKED = [undefined, 'gi_name', 'contact_name', 'contact_email', 'contact_phone', 'support_measures', 'province'];
  const WORDINGS = [(v: string) => `名字写错了，是${v}`, (v: string) => `名字改成${v}`, (v: string) => `不对，名字应该是${v}`, (v: string) => `修改名字：${v}`];

  it('in corrections, wherever the dialog stands', () => {
    const wrong: string[] = [];
    for (const [values, id] of [[PEOPLE, 'contact_name'], [PRODUCTS, 'gi_name']] as const) {
      for (const value of values) {
        for (const asked of ASKED) {
          for (const wording of WORDINGS) {
            const text = wording(value);
            const found = findCorrection(form, text, asked);
            if (found?.field !== id || found.value !== value) wrong.push(`${asked ?? '-'} | ${text} → ${JSON.stringify(found)}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('in labelled answers, wherever the dialog stands', () => {
    const wrong: string[] = [];
    for (const [values, id] of [[PEOPLE, 'contact_name'], [PRODUCTS, 'gi_name']] as const) {
      for (const value of values) {
        for (const asked of ASKED) {
          for (const separator of ['：', '是', '叫', ' ']) {
            const text = `名字${separator}${value}`;
            const values = readMessage(form, {}, asked ? field(asked) : undefined, text).values;
            if (Object.keys(values).join() !== id || values[id]?.value !== value) wrong.push(`${asked ?? '-'} | ${text} → ${JSON.stringify(values)}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('and a correction naming a field then giving its value in the next clause pairs them', () => {
    const text = '名字写错了，是李婷；电话也改一下，18999720631';
    expect(findCorrections(form, text, 'contact_email')).toEqual([
      { field: 'contact_name', value: '李婷' },
      { field: 'contact_phone', value: '18999720631' },
    ]);
  });
});
