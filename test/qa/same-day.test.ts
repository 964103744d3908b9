import { describe, expect, it } from 'vitest';
import { sameDayNote } from '../../src/qa/dates.js';
import { shapesOf } from '../../src/qa/shapes.js';
import { CUE_TERMS } from '../../src/qa/lexicon.js';
import { shippedQa } from './helpers/shipped.js';

/** A clause that takes effect "即日" (自即日起核准…) is dated by its notice: the reply gives that day. */
describe('a clause dated 即日', () => {
  it('is of a date shape, and the note names its notice\'s date', () => {
    expect(shapesOf('自即日起核准上述企业使用地理标志专用标志')).toContain(CUE_TERMS.date);
    expect(sameDayNote('自即日起核准上述企业使用地理标志专用标志', '2022-08-30')).toContain('2022年8月30日');
    expect(sameDayNote('自即日起核准上述企业', undefined)).toBe('');
    expect(sameDayNote('请于2023年5月8日前报送', '2023-03-30')).toBe('');
  });

  it('answers when a product\'s firms were approved with the notice\'s date', async () => {
    const answer = await (await shippedQa()).ask('古丈毛尖的企业是哪天批下来可以用专用标志的');
    expect(answer.declined).toBe(false);
    expect(answer.answer).toContain('2022年8月30日');
    expect(answer.citations[0]?.quote).toContain('即日');
  });
});
