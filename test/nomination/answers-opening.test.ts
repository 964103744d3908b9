import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { opensWithAnswers } from '../../src/nomination/dialog/answers-opening.js';
import { loadForm } from '../../src/nomination/form.js';
import { spacedAnswers } from '../../src/nomination/spaced.js';
import { readMessage } from '../../src/nomination/reading.js';
import { runDialog } from './dialog-eval.js';

/**
 * A first message that is the form's data, not a request ("平谷大桃 北京 地理标志产品"): the
 * dialog starts and keeps every value in its field; a line of words parted by spaces is a list of
 * answers only when a later word is a province or a choice, so names with a space stay whole.
 */

const form = loadForm('knowledge');
const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

const PRODUCTS = ['平谷大桃', '南丰蜜桔', '蒙自石榴', '梁平柚', '汉中仙毫', '恩施玉露'];
const PROVINCES = ['北京', '江西的', '云南', '重庆', '陕西省', '湖北'];
const TYPES = ['地理标志产品', '证明商标', '集体商标', '地标产品'];
const SEPARATORS = [' ', '，', '、', '\u3000'];

describe('a line of the form’s data', () => {
  const lines = PRODUCTS.flatMap((name, n) => TYPES.map((type, k) => {
    const sep = pick(SEPARATORS, n + k);
    return `${name}${sep}${pick(PROVINCES, n + k)}${sep}${type}`;
  }));

  it(`opens the form for all ${lines.length} lines of a product, its province and its type`, () => {
    expect(lines.filter((line, i) => opensWithAnswers(form, line)?.name !== pick(PRODUCTS, Math.floor(i / TYPES.length)))).toEqual([]);
  });

  const others = ['河南的信阳毛尖是证明商标吗', '南丰蜜桔 江西', '今天天气不错', '证明商标和集体商标有什么区别', '江西 南丰 蜜桔好吃', '申报截止时间是哪天？'];
  it('leaves questions, chatter and a product with one value to the Q&A', () => {
    expect(others.filter((line) => opensWithAnswers(form, line) !== undefined)).toEqual([]);
  });

  it('parts spaced words like commas only beside a province or a choice', () => {
    expect(spacedAnswers(form, '信阳毛尖 河南 证明商标')).toBe('信阳毛尖，河南，证明商标');
    expect(spacedAnswers(form, '四川\u3000集体商标')).toBe('四川，集体商标');
    for (const name of ['阿依古丽 买买提', '黄山 毛峰', '联系人 张三', '县政府 出台了 扶持办法', '所在省 海南省', '类型 证明商标']) expect(spacedAnswers(form, name)).toBe(name);
  });
});

describe('the dialog opened by the form’s data', () => {
  const work = mkdtempSync(join(tmpdir(), 'gi-bot-answers-opening-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('stores the product, province and type, then asks on from there', { timeout: 60_000 }, async () => {
    const score = await runDialog(
      {
        id: 'answers_opening',
        user: 'opening01',
        name: '测试',
        parts: [['蒙自石榴 云南 地理标志产品', '2006年第12号', '云南省红河州蒙自市现辖行政区域']],
        expect: { gi_name: '蒙自石榴', province: '云南省', protection_type: '地理标志产品', registration_no: '2006年第12号', region: '云南省红河州蒙自市现辖行政区域' },
      },
      work,
    );
    expect(score.wrong, score.transcript.join('\n')).toEqual([]);
  });
});

describe('a pasted block of the form’s data, however long', () => {
  const ROWS: Array<[string[], string]> = [
    [['地理标志名称', '地标名称', '名称'], '汉源花椒'],
    [['所在省份', '省份'], '四川省'],
    [['保护类型', '类型'], '地理标志产品'],
    [['批准公告号', '公告号'], '2004年第131号'],
    [['保护范围', '地域范围'], '四川省雅安市汉源县现辖行政区域'],
    [['申请人', '申请单位'], '汉源县人民政府'],
    [['产品类别', '类别'], '香辛料'],
    [['年产值', '产值'], '28.6亿元'],
    [['从业人员', '从业人数'], '4.3万人'],
    [['用标企业', '用标主体'], '62家'],
  ];
  const SHAPES: Array<[string, (label: string, value: string) => string, string]> = [
    ['colon lines', (l, v) => `${l}：${v}`, '\n'],
    ['tab table', (l, v) => `${l}\t${v}`, '\n'],
    ['wide gaps', (l, v) => `${l}\u3000\u3000${v}`, '\n'],
    ['bracketed labels', (l, v) => `【${l}】${v}`, '\n'],
    ['equals cells', (l, v) => `${l}=${v}`, ' | '],
  ];
  const blocks = SHAPES.flatMap(([shape, pair, joiner]) =>
    [0, 1].map((k) => [`${shape}, labels ${k + 1}`, ROWS.map(([labels, value]) => pair(labels[k % labels.length]!, value)).join(joiner)] as const),
  );

  it.each(blocks)('opens the form on %s, the name’s label gone with the name', (_shape, block) => {
    expect(block.length).toBeGreaterThan(80);
    const opened = opensWithAnswers(form, block);
    expect(opened?.name).toBe('汉源花椒');
    const rest = readMessage(form, {}, form.field('province'), opened?.rest ?? '');
    expect(rest.values.gi_name).toBeUndefined();
    expect(rest.values.province?.value).toBe('四川省');
  });

  it('a labelled name before unlabelled values leaves no empty label to take them', () => {
    for (const label of ['地标名称：', '名称=', '【名称】', '地理标志名称\u3000']) {
      const opened = opensWithAnswers(form, `${label}宣纸，安徽省，地理标志产品`);
      expect(opened).toEqual({ name: '宣纸', rest: '安徽省，地理标志产品' });
    }
  });

  it('a long report naming a product and its figures is not the form’s data', () => {
    const reports = [
      '汉源花椒是四川省的地理标志产品，2004年第131号公告批准保护，去年产值28.6亿元，从业人员4.3万人，今年我们想问一下申报名录需要准备哪些材料，有没有模板可以参考，谢谢',
      '各位好，关于汉源花椒，四川省今年准备推荐，证明商标那边还在走流程，产值大概28亿，用标企业62家，等材料齐了再说，大家先看看通知里的要求，下周一开会讨论具体分工',
    ];
    expect(reports.filter((text) => opensWithAnswers(form, text) !== undefined)).toEqual([]);
  });
});

describe('words that each open with a field’s name, parted by spaces', () => {
  const WORDS: Array<[string[], string, string | number]> = [
    [['加工产值60亿', '加工60亿'], 'related_output_processing', 6_000_000_000],
    [['物流9亿', '物流产值9亿'], 'related_output_logistics', 900_000_000],
    [['从业人员2万人', '从业人数两万'], 'employees', 20_000],
    [['用标企业30家', '用标主体三十家'], 'authorized_users', 30],
  ];
  const lines = [0, 1].flatMap((k) => [' ', '\u3000', '  '].flatMap((gap) => ['', '。'].map((stop) => `${WORDS.map(([words]) => words[k]!).join(gap)}${stop}`)));

  it.each(lines)('reads every figure of "%s"', (line) => {
    const read = readMessage(form, {}, form.field('related_output_processing'), spacedAnswers(form, line));
    expect(Object.fromEntries(WORDS.map(([, id]) => [id, read.values[id]?.value]))).toEqual(Object.fromEntries(WORDS.map(([, id, v]) => [id, v])));
  });
});

describe('a line of the form’s data with a labelled figure among its words', () => {
  const FIGURES: Array<[string, string, string | number]> = [
    ['注册号8934521', 'registration_no', '8934521'],
    ['公告号2004年第29号', 'registration_no', '2004年第29号'],
    ['产值5.8亿', 'annual_output_value', 580_000_000],
    ['用标企业27家', 'authorized_users', 27],
  ];
  const lines = PRODUCTS.flatMap((name, n) => FIGURES.map(([figure, id, value], k) => [`${name} ${pick(PROVINCES, n + k)} ${pick(TYPES, n + k)} ${figure}`, name, id, value] as const));

  it.each(lines)('opens the form on "%s" with the figure in its field', (line, name, id, value) => {
    const opened = opensWithAnswers(form, line);
    expect(readMessage(form, {}, form.field('province'), spacedAnswers(form, `${opened?.rest ?? ''}。`)).values[id]?.value).toBe(value);
    expect(opened?.name).toBe(name);
    const read = readMessage(form, {}, form.field('province'), spacedAnswers(form, opened?.rest ?? ''));
    expect(read.values[id]?.value).toBe(value);
  });
});
