import { describe, expect, it } from 'vitest';
import { shapesOf } from '../../src/qa/shapes.js';
import { CUE_TERMS } from '../../src/qa/lexicon.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { shippedQa } from './helpers/shipped.js';

const asksComparison = (q: string): boolean => analyzeQuery(q).cues.includes('comparison');
const statesComparison = (text: string): boolean => shapesOf(text).includes(CUE_TERMS.comparison);

describe('a comparison asked', () => {
  it('is read from 比…多还是少, 有啥区别, 相比, 哪个更…', () => {
    for (const q of ['今年的推荐名额比去年多吗', '保护工程的申报期比名录的长还是短', '示范区和保护工程有什么区别', '跟首批相比第二批有哪些变化', '两种商标报哪个更容易', '专用标志和地理标志是一回事吗']) {
      expect(asksComparison(q), q).toBe(true);
    }
  });

  it('is not read from a ratio, a metaphor, or which two things are asked', () => {
    for (const q of ['名录地标被比作什么', '产值比重要填吗', '保护工程要报哪两样材料', '各省推荐名额是多少']) expect(asksComparison(q), q).toBe(false);
  });

  it('is answered only by a sentence that compares', () => {
    expect(statesComparison('推荐名额较上一批有所增加')).toBe(true);
    expect(statesComparison('与首批相比,第二批扩大了联系指导范围')).toBe(true);
    expect(statesComparison('各省推荐名额见附件2')).toBe(false);
  });

  it('is declined by the shipped notices, none of which compares, saying what is missing', async () => {
    const qa = await shippedQa();
    const answer = await qa.ask('保护工程每省报的项目数比名录推荐名额多还是少');
    expect(answer.declined).toBe(true);
    const differ = await qa.ask('集体商标和证明商标区别在哪');
    expect(differ.declined).toBe(true);
    expect((await qa.ask('保护工程每省最多报几个项目')).declined).toBe(false);
  });
});
