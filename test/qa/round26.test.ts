import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { answersWith } from './helpers/shipped.js';

/**
 * The v26 round: what officers type that the notices say otherwise, each mechanism stressed with
 * phrasings of its own.
 */

describe('what comes next, in officers\' words (后面, 接下来)', () => {
  it('is the asking, as 后续 is', () => {
    expect(analyzeQuery('千企百城国家局后面打算怎么弄').contentWords).not.toContain('后面');
    expect(analyzeQuery('名录接下来国家局要干啥').contentWords).not.toContain('接下来');
  });

  it('lets the plan stated with 将 answer', async () => {
    await answersWith('千企百城国家局后面还要做啥', '宣传推广');
    await answersWith('名录这块国家局接下来要干啥', '国家知识产权局将');
  });
});
