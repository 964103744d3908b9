import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';

/**
 * Pasted tables and Word drafts whose cells are parted by wide gaps (an ideographic space, a tab,
 * several spaces), pipes, with or without a header row and a number column, on one line or on
 * many: every value lands in its field, the header row in none, whichever question is asked.
 */

const cross = <T extends unknown[]>(...lists: { [K in keyof T]: T[K][] }): T[] =>
  lists.reduce<unknown[][]>((acc, list) => acc.flatMap((prefix) => list.map((item) => [...prefix, item])), [[]]) as T[];

const plain = (values: Record<string, FieldValue>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)).map(([id, v]) => [id, v.value]));

/** Products told in the labels officers use, with what each field holds once read. */
const PRODUCTS: Array<{ rows: Array<[string, string]>; want: Record<string, unknown> }> = [
  {
    rows: [
      ['地理标志名称', '安溪铁观音'],
      ['所在省份', '福建省'],
      ['商标注册号', '1495123'],
      ['注册人', '安溪县茶业总公司'],
      ['产品类别', '茶叶'],
    ],
    want: { gi_name: '安溪铁观音', province: '福建省', registration_no: '1495123', applicant: '安溪县茶业总公司', product_category: '茶叶' },
  },
  {
    rows: [
      ['产品名称', '盘锦河蟹'],
      ['省份', '辽宁'],
      ['地域范围', '辽宁省盘锦市现辖行政区域'],
      ['年产值', '约60亿元'],
      ['从业人员', '3.2万人'],
    ],
    want: { gi_name: '盘锦河蟹', province: '辽宁省', region: '辽宁省盘锦市现辖行政区域', annual_output_value: 6_000_000_000, employees: 32_000 },
  },
  {
    rows: [
      ['名称', '文山三七'],
      ['申报单位', '文山州三七产业协会'],
      ['品类', '中药材'],
      ['出口额', '4500万美元'],
      ['用标市场主体', '１２６家'],
    ],
    want: { gi_name: '文山三七', applicant: '文山州三七产业协会', product_category: '中药材', export_value: 45_000_000, authorized_users: 126 },
  },
];

/** How a row's label and value are parted, and how rows are joined. */
const GAPS = ['\u3000', '\u3000\u3000', '\t', '   '];
const ROW_JOINERS = ['；', '; ', '\n', '\r\n'];
const HEADERS = ['', '项目\u3000内容', '项目\t填写内容', '栏目  数据'];
const ASKED = [undefined, 'gi_name', 'province', 'registration_no', 'region', 'product_category', 'support_measures'];

describe('a pasted table with wide gaps between its cells', () => {
  const cases = cross<[(typeof PRODUCTS)[number], string, string, string, string | undefined]>(PRODUCTS, GAPS, ROW_JOINERS, HEADERS, ASKED)
    // a header row is a line of its own
    .filter(([, , joiner, header]) => header === '' || joiner.includes('\n'));

  it(`fills every field, and no field from the header, in ${cases.length} generated pastes`, () => {
    const wrong = cases.flatMap(([product, gap, joiner, header, asked]) => {
      const rows = product.rows.map(([label, value]) => `${label}${gap}${value}`);
      const text = [...(header ? [header] : []), ...rows].join(joiner);
      const got = plain(readMessage(form, {}, asked ? field(asked) : undefined, text).values);
      return JSON.stringify(got) === JSON.stringify(plain(wantOf(product.want))) ? [] : [`${asked ?? '-'} | ${JSON.stringify(text)} → ${JSON.stringify(got)}`];
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    ['a number column', (rows: Array<[string, string]>) => rows.map(([l, v], i) => `${i + 1}\t${l}\t${v}`).join('\n')],
    ['a numbered column with a header', (rows: Array<[string, string]>) => ['序号\t项目\t内容', ...rows.map(([l, v], i) => `${i + 1}\t${l}\t${v}`)].join('\n')],
    ['a pipe table with a number column', (rows: Array<[string, string]>) => rows.map(([l, v], i) => `| ${i + 1} | ${l} | ${v} |`).join('\n')],
    ['a numbered Word draft', (rows: Array<[string, string]>) => rows.map(([l, v], i) => `${i + 1}.${l}\u3000${v}`).join('\n')],
    ['a Word draft numbered 一、', (rows: Array<[string, string]>) => rows.map(([l, v], i) => `${'一二三四五'[i]}、${l}\u3000${v}`).join('\n')],
    ['pairs with equals signs parted by bars', (rows: Array<[string, string]>) => rows.map(([l, v]) => `${l}=${v}`).join(' | ')],
    ['pairs with colons parted by full-width bars', (rows: Array<[string, string]>) => rows.map(([l, v]) => `${l}：${v}`).join('｜')],
    ['pairs with equals signs, two to a line', (rows: Array<[string, string]>) => rows.map(([l, v], i) => `${l} = ${v}${i % 2 ? '\n' : ' | '}`).join('')],
    ['lines of label=value', (rows: Array<[string, string]>) => rows.map(([l, v]) => `${l}=${v}`).join('\n')],
  ])('reads %s', (_, render) => {
    for (const product of PRODUCTS) {
      expect(plain(readMessage(form, {}, field('gi_name'), render(product.rows)).values)).toEqual(plain(wantOf(product.want)));
    }
  });

  it.each(cross<[string, string, string]>(['序号\t项目\t内容', '序号　项目　内容', '编号  指标  数值', '项目\t填写内容'], ['\t', '\u3000', '  '], ['万元', '元', '亿元']))(
    'reports no header row (%j) as unread, and reads a zero under a unit in its label (gap %j, %s)',
    (header, gap, unit) => {
      const numbered = header.split(/\t|　|  /u).length === 3;
      const rows: Array<[string, string]> = [['地理标志名称', '马家沟芹菜'], ['省份', '山东'], [`年产值（${unit}）`, '52000'], [`出口额（${unit}）`, '0'], ['从业人员（人）', '6800']];
      const text = [header, ...rows.map(([l, v], i) => (numbered ? `${i + 1}${gap}${l}${gap}${v}` : `${l}${gap}${v}`))].join('\n');
      const reading = readMessage(form, {}, field('gi_name'), text);
      expect(reading.unread).toEqual([]);
      expect(reading.values.export_value?.value).toBe(0);
      expect(reading.values.employees?.value).toBe(6800);
    },
  );

  it('keeps a value with a wide gap inside it whole when no label is in front of the gap', () => {
    const text = '扶持措施\u3000县政府出台扶持办法\u3000\u3000每年安排资金800万元';
    expect(readMessage(form, {}, field('support_measures'), text).values.support_measures?.value).toContain('县政府出台扶持办法');
  });

  it('never stores a header row alone in the field asked', () => {
    for (const asked of ['gi_name', 'applicant', 'product_category', 'region', 'contact_name']) {
      const reading = readMessage(form, {}, field(asked), '项目\u3000内容\n名称\u3000修文猕猴桃\n申请人\u3000修文县猕猴桃产业发展办公室');
      expect(plain(reading.values)).toEqual({ applicant: '修文县猕猴桃产业发展办公室', gi_name: '修文猕猴桃' });
    }
  });
});

/** The want table as parsed values (counts and money as numbers, as the parsers store them). */
function wantOf(want: Record<string, unknown>): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(want).map(([id, value]) => [id, { raw: String(value), value, display: String(value) } as unknown as FieldValue]));
}
