import { describe, expect, it } from 'vitest';
import { startRequest } from '../../src/nomination/dialog/start-request.js';

/**
 * Openings without a wish: a nominating verb opening the clause before the product ("报南丰蜜桔",
 * "你好，申报盘锦大米"), a province as the one asking ("我们江西报赣南脐橙"), the form's own words
 * told after the request (the protection type stays an answer), and asking whether this is where
 * the form is filled. Everyday words after the verb (申报成功, 报送材料) start nothing.
 */

const pick = <T,>(list: T[], i: number): T => list[i % list.length] as T;

const PRODUCTS = ['南丰蜜桔', '盘锦大米', '平谷大桃', '恩施玉露', '梁平柚', '汉中仙毫', '黄岩蜜橘', '蒙自石榴'];
const VERBS = ['报', '申报', '推荐', '报个', '申报一下'];
const GREETINGS = ['', '你好，', '您好 ', '老师好，', '你好呀，'];

describe('a nominating verb opening the message before the product', () => {
  const openings = PRODUCTS.flatMap((name, n) => VERBS.map((verb, v) => [`${pick(GREETINGS, n + v)}${verb}${name}`, name] as const));

  it(`starts on all ${openings.length} and takes the product`, () => {
    const wrong = openings.filter(([text, name]) => startRequest(text)?.name !== name).map(([text]) => text);
    expect(wrong).toEqual([]);
  });

  const everyday = ['申报成功', '申报系统', '报送材料', '报送纸质件', '报销', '报表格', '推荐信', '申报通过了', '报告', '推荐理由', '申报条件', '报名'];
  it(`starts on none of ${everyday.length} everyday words after the verb`, () => {
    expect(everyday.filter((text) => startRequest(text) !== undefined)).toEqual([]);
  });
});

describe('a province before the verb is the one asking', () => {
  const PROVINCES = ['江西', '湖南', '四川', '青海', '云南', '福建'];
  const cases = PROVINCES.flatMap((province, p) =>
    PRODUCTS.slice(0, 4).map((name, n) => [`${pick(['我们', '咱们', '你好 我们'], p + n)}${province}${pick(['报', '申报', '想报'], p + n)}${name}`, name] as const),
  );
  it(`starts on all ${cases.length} with the product, never the province`, () => {
    expect(cases.filter(([text, name]) => startRequest(text)?.name !== name).map(([text]) => text)).toEqual([]);
  });

  it('keeps a product that opens with its province whole', () => {
    expect(startRequest('我们宁夏枸杞想报指导名录')?.name).toBe('宁夏枸杞');
    expect(startRequest('咱们云南咖啡想申报名录')?.name).toBe('云南咖啡');
  });
});

describe('answers told with the request', () => {
  const TYPES = ['地理标志产品', '地标产品', '地理标志'];
  it('keeps the protection type, the place and the number for the form', () => {
    for (const [i, type] of TYPES.entries()) {
      const name = pick(PRODUCTS, i);
      const read = startRequest(`你好，申报${name}，江西赣州的，${type}，公告号是2006年第${100 + i}号`);
      expect(read?.name).toBe(name);
      expect(read?.rest).toContain(type);
      expect(read?.rest).toContain('江西赣州的');
      expect(read?.rest).toContain(`2006年第${100 + i}号`);
    }
  });
});

describe('asking whether this is where the form is filled', () => {
  const asks = ['报名录是在这里填吗', '您好，申报名录是在这填吗？', '你好，报名录是在这儿弄吗'];
  it(`starts on all ${asks.length}`, () => {
    expect(asks.filter((text) => startRequest(text) === undefined)).toEqual([]);
  });

  const questions = ['名录在哪里公布', '这里能查到名录吗', '申报书在这里下载吗'];
  it('leaves questions about where something else is to the Q&A', () => {
    expect(questions.filter((text) => startRequest(text) !== undefined)).toEqual([]);
  });
});
