import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORRECTION_MARKER } from '../../src/nomination/extract.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { readMessage } from '../../src/nomination/reading.js';
import { figuresAsMeant } from '../../src/nomination/settle.js';
import { runDialog } from './dialog-eval.js';
import { field, form } from './dialog-fixture.js';

/**
 * A figure said again in the same message or the next one: what to write after a rough range
 * ("三到四成吧，写三成五"), the product's own part of a wider trade's figure ("全县茶产业一百来个亿，
 * 翠芽这块四十五亿"), a figure said too large ("我说多了，出口是九千多万美元"), 几 for 多 ("七万几人"),
 * and households named by their work, which are no licensed market players ("种橙的九千多户").
 */

const valueOf = (text: string, id: string, product?: string): unknown =>
  readMessage(form, {}, field(id), figuresAsMeant(text, product)).values[id]?.value;

describe('a figure to write after a rough one', () => {
  const CASES: Array<[id: string, rough: string, written: string, value: number]> = [
    ['sales_premium', '溢价三到四成吧', '三成五', 35],
    ['sales_premium', '贵个两三成', '25%', 25],
    ['annual_output_value', '产值五六十个亿', '55亿', 5.5e9],
    ['employees', '从业人员七八万', '7.5万人', 75000],
    ['export_value', '出口一两千万美元', '1500万美元', 1.5e7],
  ];
  const WRITE = ['写', '就写', '填', '就填', '写成', '报'];
  const END = ['', '吧', '就行'];

  it('replaces the rough figure, for every field and wording', () => {
    const wrong: string[] = [];
    for (const [id, rough, written, value] of CASES) {
      for (const [i, verb] of WRITE.entries()) {
        const text = `${rough}，${verb}${written}${END[i % END.length]}`;
        if (valueOf(text, id) !== value) wrong.push(`${text} → ${String(valueOf(text, id))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves words that only begin with a verb of writing', () => {
    for (const text of ['溢价三成，写字楼不算', '联系人写张三', '产值五亿，填报的是去年']) expect(figuresAsMeant(text)).toBe(text);
  });
});

describe("the product's own part of a wider figure", () => {
  const PRODUCT = '湄潭翠芽';
  const WIDE = ['全县茶产业产值一百来个亿', '全县茶叶一共一百亿左右', '产值总共一百个亿'];
  const PART = ['翠芽这块大概四十五亿', '湄潭翠芽四十五亿左右', '其中翠芽四十五亿', '光是翠芽本身有四十五亿', '其中四十五亿'];

  it('is the value, said after any wider figure', () => {
    const wrong: string[] = [];
    for (const wide of WIDE) {
      for (const part of PART) {
        const text = `${wide}，${part}`;
        if (valueOf(text, 'annual_output_value', PRODUCT) !== 4.5e9) wrong.push(`${text} → ${String(valueOf(text, 'annual_output_value', PRODUCT))}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is no part said of another measure, another field or another name', () => {
    for (const text of ['产值一百亿，其中有三千人', '产值一百亿，加工四十五亿', '产值一百亿，湄潭县45家企业', '产值一百亿，出口两千万美元']) {
      expect(figuresAsMeant(text, PRODUCT)).toBe(text);
    }
  });
});

describe('几 for 多 after a figure', () => {
  const CASES: Array<[id: string, text: string, value: number]> = [
    ['employees', '七万几人', 70000],
    ['employees', '从业人员七万几人', 70000],
    ['authorized_users', '一百二十几家', 120],
    ['authorized_users', '用标企业一百二十几家', 120],
    ['income_per_employee', '人均四万几', 40000],
  ];
  it.each(CASES)('%s reads "%s" as about %d', (id, text, value) => {
    const parsed = parseField(field(id), text);
    expect(parsed.ok && parsed.value.value).toBe(value);
  });
  // 几 for the units after the tens is read as 多 there is: the unknown digit is the last one ("三十几个亿" is 三十多亿)
  it.each([
    ['employees', '十几万人', 100_000],
    ['annual_output_value', '三十几个亿', 3_000_000_000],
    ['annual_output_value', '20几亿', 2_000_000_000],
  ] as const)('%s reads "%s" at its tens, approximate', (id, text, value) => {
    const parsed = parseField(field(id), text);
    expect(parsed.ok && parsed.value).toMatchObject({ value, approximate: true });
  });
  it.each(['几百万', '一百几十家'])('refuses "%s": a digit before the last is unknown', (text) => {
    expect(parseField(field(text.endsWith('亿') || text.endsWith('万') ? 'annual_output_value' : text.endsWith('人') ? 'employees' : 'authorized_users'), text).ok).toBe(false);
  });
});

describe('households named by their work', () => {
  it.each(['种橙的大概九千多户，从业人员算两万人左右', '养蟹的有三千来户，从业的两万人', '做陈皮的两千多家，从业人员两万人'])('are no market players: "%s"', (text) => {
    const values = readMessage(form, {}, field('employees'), text).values;
    expect(values.authorized_users).toBeUndefined();
    expect(values.employees?.value).toBe(20000);
  });
});

describe('a figure said too large or too small', () => {
  const SAID = ['我说多了', '刚才报高了', '写多了', '不好意思说少了', '前面填低了'];
  it.each(SAID)('"%s" is a correction', (words) => expect(CORRECTION_MARKER.test(`${words}，出口是九千多万美元`)).toBe(true));

  const work = mkdtempSync(join(tmpdir(), 'gi-bot-restated-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const START = ['要报名录', '安溪铁观音', '福建省', '证明商标', '注册号是1565890', '福建省泉州市安溪县现辖行政区域', '安溪县茶叶协会', '茶叶', '产值大约两百八十个亿'];
  it.each(SAID.slice(0, 3))('"%s，出口是九千多万美元" changes the export just given', { timeout: 60_000 }, async (words) => {
    const score = await runDialog(
      { id: words, user: `u-${words}`, name: '黄志强', parts: [[...START, '出口大概一点二亿美元', `${words}，出口是九千多万美元`, '加工六十五个亿']], expect: { export_value: 9e7, related_output_processing: 6.5e9 } },
      work,
    );
    expect(score.wrong).toEqual([]);
  });
});
