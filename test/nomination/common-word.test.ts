import { describe, expect, it } from 'vitest';
import { dictionaryFrequency } from '../../src/nomination/dialog/common-word.js';

/** The general dictionary's frequency of a word, read from jieba's own dictionary text. */
describe('dictionaryFrequency', () => {
  it('tells everyday words from rare ones and knows no made-up word', () => {
    expect(dictionaryFrequency('今天')).toBeGreaterThan(1000);
    expect(dictionaryFrequency('五常')).toBeGreaterThan(0);
    expect(dictionaryFrequency('五常')).toBeLessThan(100);
    expect(dictionaryFrequency('黢嘦犇')).toBe(0);
  });

  it('gives the same answer when asked again, for known and unknown words alike', () => {
    for (const word of ['今天', '五常', '黢嘦犇', '安化']) expect(dictionaryFrequency(word)).toBe(dictionaryFrequency(word));
  });

  it('never reads a word as another that merely contains it', () => {
    // "常" alone is a word too; its line is not the one of 五常
    expect(dictionaryFrequency('常')).not.toBe(dictionaryFrequency('五常'));
  });
});
