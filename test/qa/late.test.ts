import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { noticeQa } from './helpers/shipped.js';

/**
 * What happens after a deadline is missed is a fact of its own: the notice states the deadline,
 * not whether a late nomination is still taken, so such questions are declined, while whether it
 * is still open now is answered by the deadline. Generated phrasings: templates × missed-deadline words.
 */

const fill = (templates: string[], words: string[]): string[] => templates.flatMap((template) => words.map((word) => template.replace('{w}', word)));

const late = fill(
  ['申报书{w}还能交吗', '名录材料{w}还收不收', '{w}补报行不行'],
  ['过了5月8号', '5月8号过了', '错过截止日期', '过了期限', '逾期了', '没赶上截止'],
);
const open = ['现在报还来得及吗', '申报书现在交还来得及吗', '名录还能报吗', '申报书什么时候截止'];

describe('a missed deadline', () => {
  it('is asked as what happens late, apart from the deadline', () => {
    for (const question of late) expect(analyzeQuery(question).cues, question).toContain('late');
    for (const question of [...open, '没赶上这次的话以后还有机会么', '过了这村没这店']) expect(analyzeQuery(question).cues, question).not.toContain('late');
  });

  it('is declined, while whether it is still open is answered by the deadline', async () => {
    const qa = await noticeQa();
    for (const question of late) {
      const answer = await qa.ask(question);
      expect(answer.declined, question).toBe(true);
    }
    for (const question of open.slice(0, 2)) {
      const answer = await qa.ask(question);
      expect(answer.declined, question).toBe(false);
      expect(answer.answer, question).toContain('5月8日');
    }
  });

  it('whether it has passed, asked, is the deadline\'s question even with 补报 after it', async () => {
    const passed = ['名录申报是不是已经截止了，我们还能补报不', '申报书是不是早就过了截止时间了', '名录申报截止了吗', '名录现在还能补交吗'];
    for (const question of passed) {
      const { cues } = analyzeQuery(question);
      expect(cues, question).toContain('deadline');
      expect(cues, question).not.toContain('late');
    }
    const qa = await noticeQa();
    for (const question of passed.slice(0, 2)) {
      const answer = await qa.ask(question);
      expect(answer.declined, question).toBe(false);
      expect(answer.answer, question).toContain('5月8日');
    }
  });
});
