import { describe, expect, it } from 'vitest';
import { shippedQa } from './helpers/shipped.js';

/** A batch named that the notice answering does not hold (the notice launches its 首批 only). */
describe('a batch the notice does not hold', () => {
  it('is declined, naming the batch, when the notice names only other batches', async () => {
    const answer = await (await shippedQa()).ask('保护工程第三批项目的报送截止是哪天');
    expect(answer.declined).toBe(true);
    expect(answer.answer).toContain('第三批');
    expect(answer.citations[0]?.doc).toBe('2024-gi-protection-project-plan');
  });

  it('is answered when the notice holds the batch named, or when which batch is asked', async () => {
    const qa = await shippedQa();
    const first = await qa.ask('保护工程首批项目的报送截止是哪天');
    expect(first.declined).toBe(false);
    expect(first.answer).toContain('2024年3月15日');
    // a batch offered as a guess at which batch is asked is no batch asked about
    const which = await qa.ask('23年这次申报的名录是第几批？第二还是第三批');
    expect(which.answer).not.toContain('“第三批”');
  });
});
