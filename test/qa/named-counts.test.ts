import { describe, expect, it } from 'vitest';
import { countOfWord, holds, namedCounts } from '../../src/qa/named-counts.js';
import { normalizeText } from '../../src/qa/tokenize.js';

const heldBy = (question: string, text: string): boolean => namedCounts(normalizeText(question))!.every((count) => holds(normalizeText(text), count));

describe('counts a question names', () => {
  it('is held as a whole number, not inside another', () => {
    expect(heldBy('54个示范区是哪天公布的', '确定54个国家地理标志产品保护示范区')).toBe(true);
    expect(heldBy('54个示范区是哪天公布的', '共154个')).toBe(false);
  });

  it('is held by a clause listing that many items of what is counted', () => {
    expect(heldBy('工作原则是哪三个“高”', '按照高标准建设、高水平保护、高质量发展的工作原则,创新工作方式')).toBe(true);
    expect(heldBy('国家局要指导建哪两个库', '指导开展专家库、服务机构库建设,协助提供服务')).toBe(true);
    expect(heldBy('工作原则是哪三个“高”', '按照高标准建设、高质量发展的工作原则')).toBe(false);
    expect(heldBy('国家局要指导建哪两个库', '技术工艺、质量标准')).toBe(false);
  });

  it('is held by a list closed by what is counted (…、…、…等方面), whose items need not name it', () => {
    expect(heldBy('果园扶持集中在哪三个方面', '各地要在用地保障、技术培训、冷链物流等方面加大扶持')).toBe(true);
    expect(heldBy('果园扶持集中在哪两个环节', '重点支持采摘、分拣等环节')).toBe(true);
    expect(heldBy('果园扶持集中在哪三个方面', '各地要在用地保障、技术培训等方面加大扶持')).toBe(false);
    expect(heldBy('果园扶持集中在哪三个方面', '各地要提供用地保障、技术培训、冷链物流')).toBe(false);
  });

  it('reads a list opening a numbered part without the part’s number as an item', () => {
    expect(heldBy('种植要坚持哪三个“绿”', '三、各基地要坚持绿色投入、绿色防控、绿色加工的原则')).toBe(true);
    expect(heldBy('种植要坚持哪两个“绿”', '三、各基地要坚持绿色投入、绿色防控的原则')).toBe(true);
  });

  it('is not held by a length or a date of that number', () => {
    expect(heldBy('种植要坚持哪三个“绿”', '建设期为3年(2025年9月至2028年9月)')).toBe(false);
    expect(heldBy('那5个基地在哪', '请于5月10日前报送')).toBe(false);
    expect(heldBy('那5个基地在哪', '确定5个示范基地')).toBe(true);
  });

  it('reads a count word of the question as its count', () => {
    const counts = namedCounts(normalizeText('是哪三个坚持'));
    expect(countOfWord('三个', counts)?.number).toBe('3');
    expect(countOfWord('坚持', counts)).toBeUndefined();
    expect(namedCounts(normalizeText('能不能搞一个名录'))).toBeUndefined();
  });
});
