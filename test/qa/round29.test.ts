import { describe, expect, it } from 'vitest';
import { readScope } from '../../src/qa/scope.js';
import { answersWith, shippedQa } from './helpers/shipped.js';

/** The v29 round: a notice named by its bare number in a terse question, and two notices named by number. */

describe('a bare number that counts nothing', () => {
  it('is the serial of a notice', () => {
    expect(readScope('475 几个产品', '2026-12-06').serial).toEqual({ number: 475 });
    expect(readScope('498里古丈的两个茶是什么', '2026-12-06').serial).toEqual({ number: 498 });
  });
  it('is no serial when a unit or a measure word follows, or it is part of another number', () => {
    for (const question of ['719家指导站都在哪', '160件地标有哪些支持', '500万元能申请吗', '电话010-62083114是哪个处', '1105 个企业']) {
      expect(readScope(question, '2026-12-06').serial, question).toBeUndefined();
    }
  });
  it('answers a terse question from that notice', async () => {
    await answersWith('475 几个产品', '24个产品');
  });
});

describe('two notices named by number', () => {
  it('are both in scope', () => {
    const scope = readScope('475跟498，哪个是59家企业?', '2026-12-06');
    expect([scope.serial?.number, ...scope.alsoSerials]).toEqual([475, 498]);
  });
  it('are answered from the one that states what is asked', async () => {
    const qa = await shippedQa();
    const answer = await qa.ask('475跟498，哪个是59家企业?');
    expect(answer.declined).toBe(false);
    expect(answer.citations[0]?.doc).toMatch(/approval-announcement-498$/u);
  });
});

describe('a clause piece of a long sentence', () => {
  it('is quoted with the start of its sentence when the whole fits', async () => {
    await answersWith('千企百城首批名单怎么定的，走了哪些程序？', '国家知识产权局复核并公示,确定1105件');
  });
});
