import { describe, expect, it } from 'vitest';
import { deadlineNote } from '../../src/qa/dates.js';
import { readScope } from '../../src/qa/scope.js';
import { answersWith, shippedQa } from './helpers/shipped.js';

/** The v30 round: whether a deadline has passed, a deadline that comes each year, a day of the month, a key word further down. */

describe('a question whether the deadline has passed', () => {
  it('is answered with the date, read against today', async () => {
    for (const question of ['名录申报已经过期了吗', '申报是不是已经过了']) await answersWith(question, '（该截止日期已过）');
  });
});

describe('a deadline that comes each year', () => {
  const clause = '各示范区筹建承担单位应于每年12月31日前总结年度示范区建设实施情况';
  it('is its next one from today, not the notice year\'s', () => {
    expect(deadlineNote(clause, 2021, '2026-12-06', true)).toContain('25');
    expect(deadlineNote(clause, 2021, '2026-12-06', false)).toBe('');
    expect(deadlineNote('请于2023年5月8日前报送', 2023, '2026-12-06', false)).toContain('已过');
  });
});

describe('a day of the month said beside a question', () => {
  it('names no notice', () => {
    for (const question of ['今天6号了，年度总结还剩几天', '15号前要交吗', '这个月20号截止吗']) expect(readScope(question, '2026-12-06').serial, question).toBeUndefined();
    expect(readScope('2023年第6号公告是什么', '2026-12-06').serial).toEqual({ year: 2023, number: 6 });
  });
  it('leaves the question answered', async () => {
    const answer = await (await shippedQa()).ask('示范区筹建承担单位年度总结每年几号前要交？今天6号了，今年还剩几天');
    expect(answer.declined).toBe(false);
    expect(answer.answer).toContain('每年12月31日前');
  });
});

describe('a key word the top sentence misses', () => {
  it('is looked for further down the same notice', async () => {
    await answersWith('示范区筹建的工作原则是什么', '高标准建设、高水平保护、高质量发展');
  });
});

describe('a period told by its months', () => {
  it('ends on its last month, and the answer says whether that has passed', async () => {
    expect(deadlineNote('国家地理标志产品保护示范区筹建期为3年(2021年9月至2024年9月)。', 2021, '2026-12-06', false)).toContain('已过');
    expect(deadlineNote('筹建期为3年(2025年9月至2028年9月)。', 2025, '2026-12-06', true)).not.toContain('已过');
    await answersWith('示范区筹建期到什么时候结束', '（该截止日期已过）');
  });
});
