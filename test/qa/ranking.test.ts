import { describe, expect, it } from 'vitest';
import { evaluate, readEvalCases } from '../../src/qa/eval.js';
import { noticeQa, shippedQa } from './helpers/shipped.js';

const target = async (question: string) => {
  const qa = await noticeQa();
  return { answer: await qa.ask(question), passages: await qa.passages(question, 3) };
};

describe.each(['test/fixtures/eval/qa-sample.jsonl', 'test/fixtures/eval/qa-dev.jsonl', 'test/fixtures/eval/qa-holdout.jsonl'])('ranking on %s', (file) => {
  it('answers ≥95% at rank 1, has the answer in the top 3 passages, and declines ≥95% of chatter', async () => {
    const report = await evaluate(target, readEvalCases(file));
    const misses = report.misses.map((m) => `${m.id} ${m.q} → ${m.answer.slice(0, 60)}`);
    expect(report.hit1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.hit3).toBeGreaterThanOrEqual(0.95);
    expect(report.declineRecall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(report.declinePrecision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('answers', () => {
  it('answers the deadline with 2023年5月8日, citing the notice and its section', async () => {
    const answer = await (await noticeQa()).ask('申报书什么时候截止？');
    expect(answer.declined).toBe(false);
    expect(answer.via).toBe('extractive');
    expect(answer.answer).toContain('2023年5月8日');
    expect(answer.answer.length).toBeLessThanOrEqual(300);
    expect(answer.citations[0]).toMatchObject({
      doc: '2023-14-gi-key-contact-guidance-notice',
      title: '国家知识产权局办公室关于进一步加强地理标志运用促进重点联系指导工作的通知',
    });
    expect(answer.citations[0]?.section).toMatch(/^国知办发运字〔2023〕14号 · /);
    expect(answer.citations[0]?.quote).toContain('2023年5月8日');
    expect(answer.answer).toContain(answer.citations[0]!.quote);
  });

  it('keeps every quote within 200 characters and every answer within 300', async () => {
    const qa = await noticeQa();
    for (const c of readEvalCases('test/fixtures/eval/qa-dev.jsonl').filter((c) => c.kind === 'answer')) {
      const answer = await qa.ask(c.q);
      for (const citation of answer.citations) expect(citation.quote.length).toBeLessThanOrEqual(200);
      expect(answer.answer.length).toBeLessThanOrEqual(300);
    }
  });

  it('treats 地标 like 地理标志 and full-width like half-width punctuation', async () => {
    const qa = await noticeQa();
    const a = await qa.ask('地标名录申报截止日期是哪天?');
    const b = await qa.ask('地理标志名录申报截止日期是哪天？');
    expect(a.answer).toBe(b.answer);
    expect(a.answer).toContain('5月8日');
  });

  it('returns the section text for the 查看原文 button, by heading or by citation section', async () => {
    const qa = await noticeQa();
    const answer = await qa.ask('支持名录地理标志参加哪些品牌活动？');
    const citation = answer.citations[0]!;
    const text = qa.sectionText(citation.doc, citation.section);
    expect(text).toContain(citation.quote);
    expect(qa.sectionText(citation.doc, '二、加大政策扶持力度')).toContain('中国品牌日');
    expect(qa.sectionText(citation.doc, '不存在的章节')).toBeUndefined();
    expect(qa.documents()).toHaveLength(1);
  });
});

describe('the fact asked comes first', () => {
  it.each([
    // A lead-in naming the matter ("现就…年度报告填报有关事宜通知如下") states no date: a dated sentence ranks above it.
    ['专用标志年报什么时候开始填', /\d{4}年\d{1,2}月\d{1,2}日/],
    ['保护工程项目材料啥时候前要报上去', /\d{4}年\d{1,2}月\d{1,2}日/],
  ])('%s → the first-ranked sentence has the shape asked', async (question, shape) => {
    const { result } = await (await shippedQa()).respond(question);
    const first = result.sentences[0]!;
    expect(first.chunk.sentences[first.sentenceIndex]).toMatch(shape);
  });
});
