import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedQa } from './helpers/shipped.js';

describe('bad input never throws and gets a sane Chinese reply', () => {
  it.each([
    ['empty', ''],
    ['whitespace', '   \n\t '],
    ['emoji only', '😂😂👍🎉'],
    ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f'],
    ['punctuation only', '？？？！！。。'],
    ['10,000 characters', '地理标志'.repeat(2500)],
    ['10,000 random CJK', Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('')],
    ['hostile markup', '<script>alert(1)</script>{{7*7}} ${process.env} DROP TABLE inbox;'],
  ])('%s', async (_name, text) => {
    const answer = await (await shippedQa()).ask(text);
    expect(answer.answer).toMatch(/[\u4e00-\u9fff]/);
    expect(answer.answer.length).toBeLessThanOrEqual(300);
    expect(typeof answer.declined).toBe('boolean');
    if (answer.declined) expect(answer.citations).toEqual([]);
  });

  it('answers a real question wrapped in control characters and emoji', async () => {
    const answer = await (await shippedQa()).ask('\u0007👉申报书\u200b什么时候截止？🙏');
    expect(answer.declined).toBe(false);
    expect(answer.answer).toContain('5月8日');
  });

  it('holds for arbitrary strings (property)', async () => {
    const qa = await shippedQa();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) => {
        const answer = await qa.ask(text);
        expect(answer.answer.length).toBeGreaterThan(0);
        expect(answer.answer.length).toBeLessThanOrEqual(300);
        expect(qa.isSurelyRelevant(text)).toBeTypeOf('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
