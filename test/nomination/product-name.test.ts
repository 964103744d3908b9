import { describe, expect, it } from 'vitest';
import { isProductName } from '../../src/nomination/dialog/product-name.js';
import { readMessage } from '../../src/nomination/reading.js';
import { field, form } from './dialog-fixture.js';

/** What a start request's name slot may hold: never the paper mistyped, nor a verb with its direction. */
describe('a product name in a start request', () => {
  it.each(['申抱书', '申报数', '名路', '申报彪', '指导名路'])('"%s", the paper mistyped by one character, is no product', (text) => {
    expect(isProductName(text)).toBe(false);
  });

  it.each(['转过来', '报上去', '发过去', '弄出来'])('"%s", a verb with its direction, is no product', (text) => {
    expect(isProductName(text)).toBe(false);
  });

  it.each(['五常大米', '庆元香菇', '湄潭翠芽', '名山蒙顶茶', '申扎牦牛', '文山三七'])('"%s" stays a product', (text) => {
    expect(isProductName(text)).toBe(true);
  });
});

describe('a statement of measures in clauses while a figure is asked', () => {
  it('keeps the money the measures spend out of the figure asked', () => {
    const text = '县委县政府将苹果产业作为首位产业，每年列支苹果产业发展资金1.2亿元；建成洛川苹果批发市场和国家级苹果交易中心；累计制定苹果生产技术规程等标准35项。';
    expect(Object.keys(readMessage(form, {}, field('annual_output_value'), text).values)).not.toContain('annual_output_value');
  });
});
