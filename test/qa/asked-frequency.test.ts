import { describe, expect, it } from 'vitest';
import { asksFrequency, missesAskedFrequency } from '../../src/qa/asked-frequency.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { shippedQa } from './helpers/shipped.js';

describe('how often, asked', () => {
  it('is read from 多久…一次 (as the lexicon reads it, 定期), 频次 or 频率 — not from how long', () => {
    for (const q of ['典型案例多久评一次', '督查几年搞一回', '检查的频次是多少']) expect(asksFrequency(analyzeQuery(q).normalized), q).toBe(true);
    for (const q of ['公示期多久', '筹建期几年']) expect(asksFrequency(analyzeQuery(q).normalized), q).toBe(false);
  });

  it('is answered by a sentence stating a frequency, not by one naming the matter alone', () => {
    const asked = analyzeQuery('典型案例多久评一次').normalized;
    expect(missesAskedFrequency(asked, '将定期组织评选典型案例。')).toBe(false);
    expect(missesAskedFrequency(asked, '各地每年12月底前报送典型案例。')).toBe(false);
    expect(missesAskedFrequency(asked, '加强典型案例的总结推广。')).toBe(true);
  });

  it('is declined by the shipped notices when the clause says something is done but not how often, and answered where it does', async () => {
    const qa = await shippedQa();
    const review = await qa.ask('示范区的成效复核隔多久搞一回');
    expect(review.declined).toBe(true);
    expect(review.answer).toContain('多久进行一次');
    const selection = await qa.ask('重点联系指导名录隔多久遴选一回');
    expect(selection.declined).toBe(false);
    expect(selection.answer).toContain('定期');
  });
});
