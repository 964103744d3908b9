import { describe, expect, it } from 'vitest';
import { read } from '../../src/nomination/dialog/answer.js';
import type { DialogSession } from '../../src/nomination/dialog/session.js';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';

/**
 * Each reading decision of issue 11's second round, stressed with generated paraphrases: every
 * combination of the parts below is a way an officer may word the same thing, and each must be
 * read the same. Negative tables hold the look-alikes that must not be.
 */

const cross = <T extends unknown[]>(...lists: { [K in keyof T]: T[K][] }): T[] =>
  lists.reduce<unknown[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]) as T[];

/** The values read, by field id in a fixed order (so two readings compare as JSON). */
const plain = (values: Record<string, FieldValue>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)).map(([id, v]) => [id, v.value]));

const readAsked = (asked: string | undefined, text: string, filled: Record<string, FieldValue> = {}) =>
  readMessage(form, filled, asked ? field(asked) : undefined, text);

const filledWith = (values: Record<string, number | string>): Record<string, FieldValue> =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { raw: String(value), value, display: String(value) }]));

describe('a short message about another figure field goes to that field, never into the one asked', () => {
  const LEADS = ['', '刚才跳过的', '之前没填的', '对了，', '补充一下，', '还有'];
  const TARGETS: Array<[string, string[], string[], number | string]> = [
    ['related_output_processing', ['加工产值', '加工业产值', '加工那块'], ['是二十三亿', '二十三亿左右', '大概23亿', '差不多二十三个亿'], 2_300_000_000],
    ['related_output_logistics', ['物流产值', '物流那块'], ['是五个亿', '差不多5亿'], 500_000_000],
    ['related_output_tourism', ['旅游收入', '旅游那块'], ['是1.5亿', '大约一亿五'], 150_000_000],
    ['export_value', ['出口额', '出口那项'], ['是1200万美元', '一千二百万美元左右'], 12_000_000],
    ['employees', ['从业人员', '从业人数'], ['是两万人', '大约2万人'], 20_000],
    ['authorized_users', ['用标企业'], ['是45家', '四十五家左右'], 45],
    ['registration_no', ['注册号', '商标注册号'], ['是3166781', '3166781'], '3166781'],
  ];
  const MIDDLES = ['查到了，', '有数了，', '统计出来了，', '核实了，', '也有了，', '补一下，'];
  const ASKED = ['next_year_plan', 'support_measures', 'region', 'contact_name', 'applicant', 'income_per_employee', undefined];
  const cases = TARGETS.flatMap(([id, names, values, expected]) =>
    cross<[string, string, string, string, string | undefined]>(LEADS, names, MIDDLES, values, ASKED).map(
      ([lead, name, middle, value, asked]) => ({ id, expected, asked, text: `${lead}${name}${middle}${value}` }),
    ),
  );

  it(`reads all ${cases.length} generated messages into the field they name`, () => {
    const wrong = cases
      .map((c) => ({ ...c, got: plain(readAsked(c.asked, c.text).values) }))
      .filter((c) => JSON.stringify(c.got) !== JSON.stringify({ [c.id]: c.expected }));
    expect(wrong.map((c) => `${c.asked ?? '-'} | ${c.text} → ${JSON.stringify(c.got)}`)).toEqual([]);
  });

  it('asks before changing the named field when it is filled, and still leaves the asked field alone', () => {
    const filled = filledWith({ related_output_processing: 1_000_000_000 });
    const reading = readAsked('next_year_plan', '刚才那个加工产值查到了，是二十三亿', filled);
    expect(plain(reading.values)).toEqual({});
    expect(plain(reading.conflicts)).toEqual({ related_output_processing: 2_300_000_000 });
  });
});

describe('free text that names fields keeps them: plans and measures are stored whole', () => {
  const OPENERS = ['', '明年', '下一步，', '我们准备'];
  const DEEDS = ['新增用标企业20家', '力争出口额突破1000万美元', '带动从业人员增收2000人', '推动加工产值增长到5亿元', '举办推介会3场'];
  const MORE = ['，建设数字溯源平台。', '，开展品牌宣传推介活动，组织企业参加中国品牌日。', '；建设冷链物流中心1个。'];
  const cases = cross<[string, string, string, string]>(OPENERS, DEEDS, MORE, ['next_year_plan', 'support_measures']).map(
    ([opener, deed, more, asked]) => ({ asked, text: `${opener}${deed}${more}` }),
  );

  it(`stores all ${cases.length} generated paragraphs in the free-text field asked, and nothing else`, () => {
    const wrong = cases
      .map((c) => ({ ...c, got: plain(readAsked(c.asked, c.text).values) }))
      .filter((c) => Object.keys(c.got).join() !== c.asked || !c.text.includes(String(c.got[c.asked])));
    expect(wrong.map((c) => `${c.asked} | ${c.text} → ${JSON.stringify(c.got)}`)).toEqual([]);
  });
});

describe('related output values, in the words officers use', () => {
  const SECTORS: Array<[string, string[]]> = [
    ['related_output_processing', ['加工', '加工业', '精深加工', '加工环节']],
    ['related_output_logistics', ['物流', '冷链物流', '物流运输']],
    ['related_output_tourism', ['旅游', '乡村旅游', '文旅']],
  ];
  const LINKS = ['', '带动', '这块', '产业带动'];
  const HEADS = ['产值', '年产值', ''];
  const AMOUNTS: Array<[string, number]> = [['3亿', 300_000_000], ['一个多亿', 100_000_000], ['八千多万', 80_000_000], ['两亿左右', 200_000_000]];
  const cases = SECTORS.flatMap(([id, words]) =>
    cross<[string, string, string, [string, number], string]>(words, LINKS, HEADS, AMOUNTS, [id, 'annual_output_value', 'employees']).map(
      ([word, link, head, [amount, expected], asked]) => ({ id, asked, expected, text: `${word}${link}${head}${amount}` }),
    ),
  );

  it(`reads all ${cases.length} generated answers into the sector's field`, () => {
    const wrong = cases
      .map((c) => ({ ...c, got: plain(readAsked(c.asked, c.text).values) }))
      .filter((c) => JSON.stringify(c.got) !== JSON.stringify({ [c.id]: c.expected }));
    expect(wrong.map((c) => `${c.asked} | ${c.text} → ${JSON.stringify(c.got)}`)).toEqual([]);
  });

  it('reads a sector labelled under the group name: 关联产业产值：加工2亿元', () => {
    expect(plain(readAsked('related_output_processing', '关联产业产值：加工2亿元').values)).toEqual({ related_output_processing: 200_000_000 });
    expect(plain(readAsked(undefined, '相关产业产值：物流1.2亿').values)).toEqual({ related_output_logistics: 120_000_000 });
  });
});

describe('no export is an export of 0', () => {
  const PREFIXES = ['', '目前', '暂时', '基本', '产品', '目前还'];
  const CORES = ['没有出口', '无出口', '不出口', '暂无出口', '零出口', '出口为零', '出口是零', '出口额为0', '出口这块没有'];
  const cases = cross<[string, string, string]>(PREFIXES, CORES, ['', '。']).map((parts) => parts.join(''));

  it(`reads all ${cases.length} generated answers as 0`, () => {
    const wrong = cases.filter((text) => JSON.stringify(plain(readAsked('export_value', text).values)) !== '{"export_value":0}');
    expect(wrong).toEqual([]);
  });

  it.each(['没统计', '不清楚', '没有加工', '出口不清楚', '出口还没统计'])('does not read %s as 0', (text) => {
    expect(readAsked('export_value', text).values.export_value).toBeUndefined();
  });
});

describe('filler in front of a text answer is not part of it', () => {
  const ANSWERS: Array<[string, string]> = [
    ['gi_name', '文山三七'],
    ['applicant', '文山壮族苗族自治州三七产业协会'],
    ['product_category', '中药材'],
    ['contact_name', '杨丽华'],
    ['region', '云南省文山壮族苗族自治州现辖行政区域'],
  ];
  const LEADS = ['是', '就是', '嗯，是', '嗯，', '嗯 ', '应该是', '其实是'];
  const cases = cross<[[string, string], string]>(ANSWERS, LEADS).map(([[id, value], lead]) => ({ id, value, text: `${lead}${value}` }));

  it(`stores all ${cases.length} generated answers without the filler`, () => {
    const wrong = cases.filter((c) => readAsked(c.id, c.text).values[c.id]?.value !== c.value);
    expect(wrong.map((c) => c.text)).toEqual([]);
  });

  it.each([
    ['applicant', '为民蔬菜专业合作社联合会'],
    ['gi_name', '叫花鸡'],
    ['next_year_plan', '为推进产业发展，明年新增用标企业10家，建设溯源平台。'],
  ])('keeps a %s that starts like filler: %s', (id, text) => {
    expect(readAsked(id, text).values[id]?.value).toBe(text);
  });

  it.each(['申请人为文山三七协会', '申请人是文山三七协会', '申请人：是文山三七协会'])('strips the copula after a label: %s', (text) => {
    expect(readAsked(undefined, text).values.applicant?.value).toBe('文山三七协会');
  });
});

describe('a correction message corrects every value it gives', () => {
  const filled = filledWith({ contact_name: '张三', contact_phone: '0571-88888888', contact_email: 'zs@example.cn' });
  const session = (asked?: string) => ({ form, record: { fields: filled }, current: asked ? field(asked) : undefined }) as unknown as DialogSession;
  const OPENERS = ['', '不对，', '刚才写错了，', '更正一下，'];
  const NAMES = ['联系人改成李娜', '联系人应该是李娜', '联系人改为李娜', '把联系人改成李娜', '联系人换成李娜'];
  const PHONES = ['电话13912345678', '手机13912345678', '电话改成13912345678', '手机号是13912345678', '13912345678'];
  const cases = cross<[string, string, string, string]>(OPENERS, NAMES, ['，', ' ', '；'], PHONES).map((parts) => parts.join(''));

  it(`applies both the name and the phone in all ${cases.length} generated corrections`, () => {
    const wrong = cases.filter((text) => {
      const reading = read(session('next_year_plan'), text);
      return reading.kind !== 'corrections' || JSON.stringify(plain(reading.values)) !== JSON.stringify(plain(filledWith({ contact_name: '李娜', contact_phone: '13912345678' })));
    });
    expect(wrong).toEqual([]);
  });

  it('corrects two figures named in one message', () => {
    const reading = read(session(), '年产值和出口额刚才都填错了，年产值应该是68亿，出口额1800万美元');
    expect(reading.kind === 'corrections' && plain(reading.values)).toEqual({ annual_output_value: 6_800_000_000, export_value: 18_000_000 });
  });

  it('changes no free text that the message only mentions', () => {
    const reading = read(session(), '电话写错了，应该是13912345678，联系人没错');
    expect(reading).toMatchObject({ kind: 'correction', field: { id: 'contact_phone' } });
  });
});
