import { describe, expect, it } from 'vitest';
import { isPronoun } from '../../src/qa/pronouns.js';
import { shippedQa } from './helpers/shipped.js';

describe('pronouns in a question', () => {
  it('tells pronouns from words that name a matter', () => {
    for (const word of ['它们', '各个', '别的', '本身']) expect(isPronoun(word), word).toBe(true);
    for (const word of ['材料', '纸质', '邮寄', '已经', '依据']) expect(isPronoun(word), word).toBe(false);
  });

  it('are no key word a passage must hold', async () => {
    const qa = await shippedQa();
    const { relevance } = await qa.respond('纳入名录以后，地方知识产权部门平时主要对它们做些啥');
    expect(relevance.coverage?.missingKeys).not.toContain('它们');
  });
});
