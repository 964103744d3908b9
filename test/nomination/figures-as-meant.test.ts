import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import { figuresAsMeant } from '../../src/nomination/settle.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';

/**
 * Figures as the officer meant them, read as the dialog reads a message (figuresAsMeant, then the
 * segment reader): a full stop typed for the decimal point, a rough figure then the one to write
 * ("…，按120%算吧"), a unit written in a pasted label ("年产值（万元）：145000"). Generated over
 * fields, spellings and wordings; each with look-alikes that must stay as they are.
 */

const valueOf = (text: string, asked?: string): unknown => {
  const values = readMessage(form, {}, asked ? field(asked) : undefined, figuresAsMeant(text)).values;
  return asked ? values[asked]?.value : values;
};

/** Field, what is typed before the figure, the unit after it, and the factor of the unit. */
const DECIMAL_CASES: Array<[id: string, lead: string, unit: string, scale: number]> = [
  ['annual_output_value', '产值', '亿', 1e8],
  ['annual_output_value', '', '亿元', 1e8],
  ['related_output_processing', '加工', '亿', 1e8],
  ['export_value', '出口', '万美元', 1e4],
  ['employees', '', '万人', 1e4],
  ['employees', '从业人员', '万', 1e4],
  ['income_per_employee', '人均', '万元', 1e4],
  ['sales_premium', '溢价', '%', 1],
];
const DECIMALS: Array<[whole: string, decimals: string]> = [
  ['20', '5'],
  ['3', '6'],
  ['8', '2'],
  ['12', '35'],
  ['1', '05'],
];

describe('a full stop typed for the decimal point', () => {
  it('is the point, for every figure field, whole part and unit', () => {
    const wrong: string[] = [];
    for (const [id, lead, unit, scale] of DECIMAL_CASES) {
      for (const [whole, decimals] of DECIMALS) {
        for (const stop of ['。', '｡']) {
          const text = `${lead}${whole}${stop}${decimals}${unit}`;
          const expected = Number((Number(`${whole}.${decimals}`) * scale).toPrecision(12));
          const got = valueOf(text, id);
          if (got !== expected) wrong.push(`${id} ${text} → ${String(got)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('stays a full stop where a sentence ends', () => {
    const sentences = [
      '联系电话13800138000。2万人从业',
      '用标企业15家。2024年计划新增10家',
      '产值20亿。5月份开始采摘',
      '去年产值3.5亿元。12家企业用标',
      '出口额为0。2023年没有出口',
      '编号2009。86号公告',
      '第3。5条',
    ];
    for (const text of sentences) expect(figuresAsMeant(text), text).toBe(text);
  });
});

/** Rough figures said first, then the one to write, with the value that must be stored. */
const SETTLED: Array<[id: string, rough: string, settled: string, value: number]> = [
  ['sales_premium', '比普通的贵一倍以上', '120%', 120],
  ['sales_premium', '溢价大概两三成', '25%', 25],
  ['sales_premium', '价格高出一倍多', '百分之一百二十', 120],
  ['annual_output_value', '产值十五六个亿', '16亿', 1.6e9],
  ['annual_output_value', '去年产值十五六个亿吧', '15.5亿', 1.55e9],
  ['employees', '从业的两三万人', '2.5万人', 25_000],
  ['authorized_users', '用标企业四五十家', '45家', 45],
  ['export_value', '出口一两百万美元', '150万美元', 1.5e6],
];
const SETTLE_WORDINGS = ['，按%s算吧', '，就按%s算', '，那就按%s来算', '，按照%s填吧', '，以%s为准', '，还是按%s算好了', '；按%s计'];

describe('a rough figure, then the one to write', () => {
  it('stores the one settled on, in the field the rough one was said for', () => {
    const wrong: string[] = [];
    for (const [id, rough, settled, value] of SETTLED) {
      for (const wording of SETTLE_WORDINGS) {
        const text = `${rough}${wording.replace('%s', settled)}`;
        for (const asked of [id, undefined]) {
          // unasked, only a labelled rough figure says which field it is
          if (!asked && !/产值|出口|溢价|用标/u.test(rough)) continue;
          const values = readMessage(form, {}, asked ? field(asked) : undefined, figuresAsMeant(text)).values;
          if (values[id]?.value !== value || Object.keys(values).length !== 1) wrong.push(`${asked ?? '-'} | ${text} → ${JSON.stringify(values)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves alone what only looks like settling', () => {
    const unchanged = [
      '加工8000万，物流按2000万算', // a labelled clause of its own
      '产值3亿左右，按这个算吧', // nothing settled on
      '按计划明年新增用标企业20家',
      '产值3亿，按时报送',
      '溢价一倍多，大家都这么说',
      '按120%算吧', // nothing rough before it: the parsers read it
    ];
    for (const text of unchanged) expect(figuresAsMeant(text), text).toBe(text);
    expect(valueOf('加工8000万，物流按2000万算')).toEqual(
      expect.objectContaining({ related_output_processing: expect.objectContaining({ value: 8e7 }), related_output_logistics: expect.objectContaining({ value: 2e7 }) }),
    );
  });
});

/** Labels of a pasted table with their unit, the bare figure, and what must be stored. */
const LABEL_UNITS: Array<[label: string, unit: string, typed: string, id: string, value: number]> = [
  ['年产值', '万元', '145000', 'annual_output_value', 1.45e9],
  ['年产值', '亿元', '14.5', 'annual_output_value', 1.45e9],
  ['出口额', '万元', '6800', 'export_value', 6.8e7],
  ['出口', '万美元', '120', 'export_value', 1.2e6],
  ['加工业产值', '万元', '42,000', 'related_output_processing', 4.2e8],
  ['从业人员', '人', '60000', 'employees', 60_000],
  ['从业人员', '万人', '6', 'employees', 60_000],
  ['用标企业', '家', '95', 'authorized_users', 95],
  ['人均年收入', '元', '52000', 'income_per_employee', 52_000],
  ['人均年收入', '万元', '5.2', 'income_per_employee', 52_000],
  ['溢价率', '%', '60', 'sales_premium', 60],
];
const BRACKETS = ['（%s）', '(%s)', '（单位：%s）', '(单位:%s)'];
const SEPARATORS = ['：', ': ', '\t'];

describe('a unit written in the label', () => {
  it('applies to a bare figure, in every bracket and separator', () => {
    const wrong: string[] = [];
    for (const [label, unit, typed, id, value] of LABEL_UNITS) {
      for (const bracket of BRACKETS) {
        for (const separator of SEPARATORS) {
          const line = `${label}${bracket.replace('%s', unit)}${separator}${typed}`;
          // alone, and as one line of a pasted block
          for (const text of [line, `名称：新会陈皮\n${line}\n联系人：梁嘉欣`]) {
            const values = readMessage(form, {}, field('gi_name'), figuresAsMeant(text)).values;
            if (values[id]?.value !== value) wrong.push(`${JSON.stringify(text)} → ${JSON.stringify(values[id])}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('leaves a figure with a unit of its own as written, and a label without a unit alone', () => {
    expect(valueOf('年产值（万元）：14.5亿元')).toEqual({ annual_output_value: expect.objectContaining({ value: 1.45e9 }) });
    expect(valueOf('年产值：145000万元')).toEqual({ annual_output_value: expect.objectContaining({ value: 1.45e9 }) });
    expect(valueOf('从业人员（人）：6万')).toEqual({ employees: expect.objectContaining({ value: 60_000 }) });
    // a bracket that is no unit is part of the label
    expect(valueOf('申请人（管理机构）：新会区陈皮行业协会')).toEqual({ applicant: expect.objectContaining({ value: '新会区陈皮行业协会' }) });
    // a unit of another kind than the field's is refused, not converted
    expect(valueOf('从业人员（家）：95')).not.toHaveProperty('employees');
  });
});

describe('a unit in a cell of its own', () => {
  // one row per field: a table holds each field once
  const rows = LABEL_UNITS.filter(([, , , id], i) => LABEL_UNITS.findIndex((row) => row[3] === id) === i);

  it.each([
    ['tabs', '\t'],
    ['wide gaps', '   '],
    ['ideographic spaces', '\u3000'],
  ])('reads each row of 指标/数值/单位 as its label, its figure and its unit, parted by %s', (_name, gap) => {
    const text = [['指标', '数值', '单位'], ...rows.map(([label, unit, typed]) => [label, typed, unit])].map((cells) => cells.join(gap)).join('\n');
    const read = readMessage(form, {}, field('annual_output_value'), text);
    expect(Object.fromEntries(Object.entries(read.values).map(([id, v]) => [id, v.value]))).toEqual(Object.fromEntries(rows.map(([, , , id, value]) => [id, value])));
    expect(read.unread).toEqual([]);
  });
});

describe('a figure goes to the field it is said for', () => {
  const annual: Record<string, FieldValue> = { annual_output_value: { raw: '12.6亿', value: 1_260_000_000, unit: '元', display: '12.6亿元' } };
  const related = ['related_output_processing', 'related_output_logistics', 'related_output_tourism'];
  const said: Array<[string, number]> = [
    ['产值8000万左右', 80_000_000],
    ['产值大概1.5亿', 150_000_000],
    ['这块产值有三千多万', 30_000_000],
    ['主要是梨膏、梨汁，产值8000万左右', 80_000_000],
  ];

  it('the bare head noun of the figure asked answers it when the field it names is filled', () => {
    const wrong: string[] = [];
    for (const id of related) {
      for (const [text, value] of said) {
        const read = readMessage(form, annual, field(id), figuresAsMeant(text));
        if (read.values[id]?.value !== value || Object.keys(read.conflicts).length > 0) wrong.push(`${id} | ${text} → ${JSON.stringify(read)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('but not a figure naming another field, the filled value said again, or a question of another kind', () => {
    const processing = field('related_output_processing');
    expect(readMessage(form, annual, processing, '出口额500万').values).toEqual({ export_value: expect.objectContaining({ value: 5_000_000 }) });
    // the filled value again: nothing changes, nothing is taken as the answer
    const again = readMessage(form, annual, processing, '产值12.6亿');
    expect([again.values, again.conflicts]).toEqual([{}, {}]);
    // a head count asked: 产值 names the filled 年产值, so it is asked about
    const counted = readMessage(form, annual, field('employees'), '产值3亿');
    expect([counted.values, Object.keys(counted.conflicts)]).toEqual([{}, ['annual_output_value']]);
  });

  it('"一点" is a little, not a figure: the amount after it is read', () => {
    for (const asked of ['region', 'product_category', 'applicant']) {
      for (const text of ['出口有一点，大约4500万元', '有一点点出口，大概4500万元人民币', '出口也就一点儿，4500万元左右']) {
        const read = readMessage(form, {}, field(asked), figuresAsMeant(text));
        expect(read.values, `${asked} | ${text}`).toEqual({ export_value: expect.objectContaining({ value: 45_000_000 }) });
      }
    }
    expect(valueOf('一点五万人', 'employees')).toBe(15_000);
  });
});
