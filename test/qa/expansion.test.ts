import { describe, expect, it } from 'vitest';
import { evaluate, readEvalCases } from '../../src/qa/eval.js';
import { EXPANSION, parseExpansion } from '../../src/qa/expansion.js';
import { analyze, analyzeQuery } from '../../src/qa/tokenize.js';
import { shippedQa } from './helpers/shipped.js';

describe('the query-expansion table (src/qa/query-expansion.yaml)', () => {
  it('puts no word in two groups and no filler in a group', () => {
    const seen = new Map<string, number>();
    EXPANSION.synonyms.forEach((group, i) => {
      for (const word of group) {
        expect(seen.get(word), `${word} is in groups ${seen.get(word)} and ${i}`).toBeUndefined();
        seen.set(word, i);
      }
    });
    for (const filler of EXPANSION.fillers) expect(seen.has(filler), filler).toBe(false);
  });

  it('rejects a malformed table, naming what is wrong', () => {
    expect(() => parseExpansion('synonyms:\n  - [截止]\nfillers: []\n')).toThrow(/synonyms/);
    expect(() => parseExpansion('synonyms: []\n')).toThrow(/fillers/);
    expect(parseExpansion('synonyms:\n  - [截止, 截到]\nfillers: [干嘛]\n').synonyms).toEqual([['截止', '截到']]);
  });

  it('folds an officer\'s word into the notices\' word, on both sides', () => {
    expect(analyze('贷款').words).toEqual(analyze('融资').words);
    expect(analyzeQuery('对名单有异议').contentWords).toContain('意见');
    // A group headed by a word the built-in lexicon folds (倾斜 → 支持) folds with it.
    expect(analyze('照顾').words).toEqual(analyze('扶持').words);
  });

  it('reads what is asked from the folded words too', () => {
    expect(analyzeQuery('材料截到几号').cues).toContain('deadline');
    expect(analyzeQuery('材料截到几号').contentWords).not.toContain('截止');
  });

  it('drops filler words from what a passage must hold', () => {
    const words = analyzeQuery('运用促进工程项目定下来以后省局该干嘛').contentWords;
    expect(words).not.toContain('干嘛');
    expect(words).not.toContain('下来');
    expect(words).toContain('运用促进');
  });

  it('reads a doc number spelled digit by digit as its number', () => {
    expect(analyzeQuery('四九八号公告核准了多少家企业').contentWords).toContain('498');
    expect(analyze('国家知识产权局公告第四九八号').words).toContain('498');
  });
});

describe('colloquial questions over the shipped corpus', () => {
  it('answers a question naming its notice by the number spelled digit by digit', async () => {
    const qa = await shippedQa();
    const spelled = await qa.ask('四九八号公告核准了多少家企业');
    expect(spelled.declined).toBe(false);
    expect(spelled.citations[0]?.doc).toBe('2022-gi-special-mark-approval-announcement-498');
    expect(spelled.answer).toContain('59家企业');
  });

  it('scores the colloquial tuning set at the levels reached (floors, not the goal)', async () => {
    const qa = await shippedQa();
    const target = async (question: string) => ({ answer: await qa.ask(question), passages: await qa.passages(question, 3) });
    const report = await evaluate(target, readEvalCases('test/fixtures/eval/qa-tuning-colloquial.jsonl'));
    const misses = report.misses.map((m) => `${m.id} ${m.q} → ${m.answer.slice(-50)}`).join('\n');
    expect(report.hit1, misses).toBeGreaterThanOrEqual(0.8);
    expect(report.hit3, misses).toBeGreaterThanOrEqual(0.95);
    expect(report.declineRecall, misses).toBeGreaterThanOrEqual(0.75);
    expect(report.wrongDoc, misses).toBeLessThanOrEqual(1);
  });
});
