import { describe, expect, it } from 'vitest';
import { CONTEXT_SALIENCE, GRAMMAR_SALIENCE, wordSalience } from '../../src/qa/salience.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';

/** Words of grammar and the asker's circumstances weigh less in coverage than the words of what is asked. */
describe('word salience in a question', () => {
  const salienceOf = (question: string): Map<string, number> => {
    const query = analyzeQuery(question);
    return new Map(query.surfaces.map((surface, i) => [surface, query.salience[i]!]));
  };

  it('keeps full weight for the words of a one-clause question', () => {
    const weights = salienceOf('申报书电子件发到哪个邮箱');
    expect([...weights.values()].every((w) => w === 1)).toBe(true);
  });

  it('weighs the clause telling the circumstances less than the clause asking, whatever the order and punctuation', () => {
    for (const question of ['14号文的文号全称是啥，我写报告要引用', '我写报告要引用, 14号文的文号全称是啥？', '我写报告要引用 14号文的文号全称是啥']) {
      const weights = salienceOf(question);
      expect(weights.get('报告'), question).toBe(CONTEXT_SALIENCE);
      expect(weights.get('引用'), question).toBe(CONTEXT_SALIENCE);
      expect(weights.get('文号'), question).toBe(1);
    }
  });

  it('weighs words of grammar less (pronouns, adverbs, prepositions), never a number in digits', () => {
    const weights = wordSalience('2023年县局能不能直接往国家局报', ['2023', '县局', '直接', '往']);
    expect(weights).toEqual([1, 1, GRAMMAR_SALIENCE, GRAMMAR_SALIENCE]);
  });

  it('leaves a word it cannot find as written (a date term) at full weight', () => {
    expect(wordSalience('5月8日前要交吗', ['\u0001d5-8'])).toEqual([1]);
  });
});
