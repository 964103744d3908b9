import { describe, expect, it } from 'vitest';
import { readScope } from '../../src/qa/scope.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { answersWith, shippedQa } from './helpers/shipped.js';

/** The v28 round: the notice pointed at by a bare number or by its month, and an either-or after a copula. */

describe('a bare number pointing at a notice as that one', () => {
  it('is the serial it names', () => {
    expect(readScope('475那次一共涉及几个产品', '2026-12-06').serial).toEqual({ number: 475 });
    expect(readScope('1072通知让什么时候填', '2026-12-06').serial).toEqual({ number: 1072 });
    expect(readScope('498那个公告核准了多少家', '2026-12-06').serial).toEqual({ number: 498 });
  });
  it('is no serial when it is a year or a figure', () => {
    for (const question of ['2019那批项目有多少个', '首批名录有160个吗', '2023通知的截止日期', '名录里300多件地标都有支持吗']) {
      expect(readScope(question, '2026-12-06').serial, question).toBeUndefined();
    }
  });
  it('answers from that notice', async () => {
    await answersWith('475那次一共涉及几个产品', '24个产品');
  });
});

describe('"那次", "这回" pointing at a notice', () => {
  it('is no content word', () => {
    expect(analyzeQuery('475那次涉及几个产品').contentWords).not.toContain('那次');
    expect(analyzeQuery('这回的年报在哪填').contentWords).not.toContain('这回');
  });
});

describe('a notice named by the month it was signed', () => {
  it('is never answered from a notice of another month', async () => {
    const qa = await shippedQa();
    const answer = await qa.ask('22年3月那次专用标志核准涉及几个产品');
    expect(answer.declined || answer.citations.every((c) => c.doc.endsWith('approval-announcement-475'))).toBe(true);
    const august = await qa.ask('22年8月那个公告核准了多少家');
    expect(august.citations[0]?.doc).toMatch(/approval-announcement-498$/u);
  });
});

describe('an either-or asked after a copula ("X是A还是B")', () => {
  it('offers the whole of each side, so the side the notice states answers', async () => {
    await answersWith('年报是线下交材料还是系统里填', '在线填报');
    await answersWith('申报书是寄纸质版还是发邮件', '电子邮件');
  });
});
