import { describe, expect, it } from 'vitest';
import { readMessage } from '../../src/nomination/reading.js';
import { field, form } from './dialog-fixture.js';

/**
 * Two pasted shapes: "label——value" lines (numbered or not), and a clause saying one figure is
 * nothing beside other answers ("产值3.2亿元左右，没有出口").
 */

const PAIRS: Array<[string, string, string | number]> = [
  ['地标名称', 'gi_name', '琼中绿橙'],
  ['注册人', 'applicant', '琼中黎族苗族自治县绿橙协会'],
  ['产品类别', 'product_category', '水果'],
  ['地域范围', 'region', '海南省琼中黎族苗族自治县现辖行政区域'],
];
const DASHES = ['——', '—', ' —— ', '--'];
const NUMBERS = ['', '一、', '1.', '（1）'];

describe('label——value lines', () => {
  const blocks = DASHES.flatMap((dash, d) =>
    NUMBERS.map((number, n) => PAIRS.map(([label], i) => `${n ? NUMBERS[n]?.replace(/[一1]/u, String(['一', '二', '三', '四'][i])) ?? number : ''}${label}${dash}${PAIRS[i]?.[2]}`).join(d % 2 ? '\n' : '\r\n')),
  );

  it.each(blocks)('reads every pair of %j', (block) => {
    const reading = readMessage(form, {}, field('province'), block);
    for (const [, id, value] of PAIRS) expect(reading.values[id]?.value, id).toBe(value);
  });

  it('keeps a dash inside free text', () => {
    const text = '县政府出台扶持办法——每年安排资金1500万元；建立防伪溯源系统。';
    expect(readMessage(form, {}, field('support_measures'), text).values.support_measures?.value).toBe(text);
  });
});

describe('a clause saying one figure is nothing, beside other answers', () => {
  const NONE = ['没有出口', '出口没有', '不出口', '暂无出口', '出口为零'];
  const FIRST = ['产值3.2亿元左右', '年产值大概3.2亿', '去年产值3.2个亿'];

  it.each(FIRST.flatMap((first, f) => NONE.map((none, n) => `${first}${['，', '；', ',', '。'][(f + n) % 4]}${none}`)))('reads %s as output and no export', (text) => {
    const reading = readMessage(form, {}, field('annual_output_value'), text);
    expect(reading.values.annual_output_value?.value).toBe(320000000);
    expect(reading.values.export_value?.value).toBe(0);
    expect(reading.unread).toEqual([]);
  });

  it('leaves a filled figure alone and never reads nothing for a field it does not name', () => {
    const filled = readMessage(form, { export_value: { raw: '500万元', value: 5000000, unit: '元', display: '500万元' } }, field('annual_output_value'), '产值3.2亿元，没有出口');
    expect(filled.values.export_value).toBeUndefined();
    const other = readMessage(form, {}, field('annual_output_value'), '产值3.2亿元，没有统计');
    expect(Object.keys(other.values)).toEqual(['annual_output_value']);
  });
});
