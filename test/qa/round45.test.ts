import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { answersWith, shippedQa } from './helpers/shipped.js';

/** The v45 round: a notice named by a month of its year, a passage pointed at by the words before 那段. */

describe('a notice named by its year and month', () => {
  it('is the one dated that month, not another of the same year and kind', async () => {
    await answersWith('22年8月那份公告依据的是哪个规定', '贺兰山东麓葡萄酒');
    const answer = await (await shippedQa()).ask('22年8月那份公告依据的是哪个规定');
    expect(answer.citations[0]?.doc).toBe('2022-gi-special-mark-approval-announcement-498');
  });
  it('still finds the notice of the other month', async () => {
    const answer = await (await shippedQa()).ask('22年3月那个公告依据的是哪个规定');
    expect(answer.citations[0]?.doc).toBe('2022-gi-special-mark-approval-announcement-475');
  });
});

describe('a passage pointed at ("分级指导那段")', () => {
  it('is no content word of the question', () => {
    for (const pointer of ['那段', '这部分', '那句话', '这条']) {
      expect(analyzeQuery(`分级指导${pointer}提了哪些做法`).contentWords, pointer).not.toContain(pointer);
    }
  });
});
