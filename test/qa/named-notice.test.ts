import { describe, expect, it } from 'vitest';
import { paraphrases } from '../../src/qa/paraphrase.js';
import { programmesOf } from '../../src/qa/scope.js';
import { NOTICE_2023, shippedQa } from './helpers/shipped.js';

/**
 * Over the shipped corpus, a question naming its notice (by programme) is answered from that
 * notice's sentence of the asked kind of fact, or declined: never from another notice's sentence
 * of that shape. Each question is asked as written and in every generated paraphrase.
 */

const ANNUAL_REPORT = '2023-gi-special-mark-annual-report';
/** A question and its paraphrases that still name the same programme (名单 for 名录 names none). */
const withVariants = (questions: string[]): string[] =>
  questions.flatMap((q) => [q, ...paraphrases(q).map((v) => v.q).filter((v) => programmesOf(v).join() === programmesOf(q).join())]);

describe('a mailbox asked of the notice named', () => {
  it.each(withVariants(['专用标志年报的邮箱是多少', '年报联系人信息的邮箱是啥', '专用标志年度报告的联系邮箱']))('answers %s with the annual report\'s address', async (question) => {
    const answer = await (await shippedQa()).ask(question);
    expect(answer.declined, answer.answer).toBe(false);
    expect(answer.citations.map((c) => c.doc)).toEqual([ANNUAL_REPORT]);
    expect(answer.answer).toContain('pgi@cnipa.gov.cn');
  });

  it.each(withVariants(['名录的联系邮箱', '名录申报书发到哪个邮箱', '重点联系指导名录的邮箱是多少']))('never answers %s from another notice\'s address', async (question) => {
    const answer = await (await shippedQa()).ask(question);
    // The 名录 notice gives no address: declined, or answered from its own clause (电子邮件形式报送).
    if (!answer.declined) expect(answer.citations.map((c) => c.doc)).toEqual([NOTICE_2023]);
    expect(answer.answer).not.toContain('pgi@cnipa.gov.cn');
  });
});

describe('a notice named by the month it was signed', () => {
  const MARCH = '2022-gi-special-mark-approval-announcement-475';
  const AUGUST = '2022-gi-special-mark-approval-announcement-498';
  const DATES = { [MARCH]: ['22年3月', '2022年3月', '2022年3月份', '二〇二二年三月'], [AUGUST]: ['22年8月', '2022年8月底', '2022年8月份'] };
  const ASKS = [
    (date: string, product: string) => `${date}那批核准用专用标志的公告里有没有${product}？`,
    (date: string, product: string) => `${date}那次专用标志核准公告，${product}在不在里面`,
    (date: string, product: string) => `${product}是不是${date}公告核准的`,
  ];
  const cases = [
    ...DATES[MARCH]!.flatMap((date) => ['金华火腿', '六堡茶'].flatMap((product) => ASKS.map((ask) => [ask(date, product), MARCH, product] as const))),
    ...DATES[AUGUST]!.flatMap((date) => ['安吉白茶', '平遥牛肉'].flatMap((product) => ASKS.map((ask) => [ask(date, product), AUGUST, product] as const))),
  ];
  // The date picks the notice; the clause listing the products answers without repeating it.
  it.each(cases)('answers %s from that notice\'s list', async (question, doc, product) => {
    const answer = await (await shippedQa()).ask(question);
    expect(answer.declined, answer.answer).toBe(false);
    expect(answer.citations.map((c) => c.doc)).toEqual([doc]);
    expect(answer.answer).toContain(product);
  });
});

describe('a notice named by the day it was signed', () => {
  it.each(['22年3月1号那个专用标志公告里有没有金华火腿', '2022年3月1日那期公告里有六堡茶的企业吗'])('answers %s from its list, the day asked of no clause', async (question) => {
    const answer = await (await shippedQa()).ask(question);
    expect(answer.declined, answer.answer).toBe(false);
    expect(answer.citations.map((c) => c.doc)).toEqual(['2022-gi-special-mark-approval-announcement-475']);
    expect(answer.answer).toContain('金华火腿');
  });
});

describe('a notice named by its number', () => {
  it('ranks its sentences by the matter asked, not by the lines that give its number', async () => {
    const answer = await (await shippedQa()).ask('767号文提的工作原则有哪三个高');
    expect(answer.declined, answer.answer).toBe(false);
    expect(answer.citations.map((c) => c.doc)).toEqual(['2021-gi-demo-zone-preparation-list']);
    expect(answer.answer).toContain('高标准建设、高水平保护、高质量发展');
  });
});

describe('a notice named by a number no notice bears', () => {
  it.each(['第480号公告里核准了多少家企业', '第480号公告核准了几家企业'])('declines %s, naming the number, rather than answer from another notice', async (question) => {
    const answer = await (await shippedQa()).ask(question);
    expect(answer.declined, answer.answer).toBe(true);
    expect(answer.answer).toContain('第480号');
  });

  it('still answers a notice by its own number', async () => {
    const answer = await (await shippedQa()).ask('第475号公告核准了多少家企业');
    expect(answer.declined, answer.answer).toBe(false);
    expect(answer.citations[0]?.doc).toBe('2022-gi-special-mark-approval-announcement-475');
  });
});
