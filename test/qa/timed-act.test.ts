import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/qa/chunk.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { createSearchIndex } from '../../src/qa/search-index.js';
import { timedAct } from '../../src/qa/timed-act.js';
import { analyze, analyzeQuery } from '../../src/qa/tokenize.js';

/**
 * A question asking when something happens names the act it asks the time of (什么时候填报, 哪天开始
 * 登记, 登记时间是): a sentence dating another act of the same matter (…前将联系人名单发送至…) does
 * not answer it, and 开始 asks the start of a period, which the notices give by its dates.
 */
const notice: SourceDocument = {
  doc: 'orchard-report',
  file: 'orchard-report.md',
  title: '',
  meta: {},
  blocks: [
    { kind: 'paragraph', text: '现就特色果品质量2024年度报告填报有关事宜通知如下:', level: 0 },
    { kind: 'heading', text: '一、填报内容', level: 1 },
    { kind: 'paragraph', text: '果园面积、年产量、品牌建设和质量检测等年度工作情况。', level: 0 },
    { kind: 'heading', text: '二、填报时间', level: 1 },
    { kind: 'paragraph', text: '填报日期为2025年2月10日至2025年4月20日。', level: 0 },
    { kind: 'heading', text: '三、填报方式', level: 1 },
    { kind: 'paragraph', text: '请于2025年2月10日前将各市特色果品质量2024年度报告联系人名单电子件发送至guopin@example.cn。', level: 0 },
  ],
};

const contentWords = (text: string): string[] => analyze(text).contentWords;

describe('the act whose time is asked', () => {
  it('is the word after the asked time, past 开始 and modal verbs', () => {
    expect(timedAct('果品年度报告什么时候填报', contentWords)).toBe('填报');
    expect(timedAct('那份名单是哪天开始公示的', contentWords)).toBe('公示');
    expect(timedAct('果园年报啥时候要交', contentWords)).toBe('报送');
  });

  it('is the word before the noun of a time when nothing follows the ask', () => {
    expect(timedAct('果品年报的填报时间是', contentWords)).toBe('填报');
  });

  it('is none when no time is asked', () => {
    expect(timedAct('果品年报要填哪些内容', contentWords)).toBeUndefined();
  });

  it('is never the deadline the cue itself asks', () => {
    expect(analyzeQuery('果品年报截止日期是哪天').timedAct).toBeUndefined();
  });
});

describe('ranking by the act whose time is asked', () => {
  const index = createSearchIndex(chunkDocument(notice));
  const first = (question: string): string => {
    const hit = index.search(question).sentences[0]!;
    return index.text(hit.unit);
  };

  it('puts the sentence under the heading of that act\'s time first, not the date of another act', () => {
    expect(first('特色果品质量2024年度报告什么时候填报')).toContain('2025年2月10日至2025年4月20日');
    expect(first('果品质量年度报告的填报时间是？')).toContain('2025年2月10日至2025年4月20日');
  });

  it('reads 开始 after the asked time as asking the start, no word a sentence must hold', () => {
    const result = index.search('果品质量年度报告几号开始填');
    expect(index.text(result.sentences[0]!.unit)).toContain('2025年2月10日至2025年4月20日');
    expect(index.coverage(result.query, result.sentences[0]!).missingKeys).not.toContain('开始');
  });

  it('keeps the date of the other act for a question asking that act', () => {
    expect(first('果品年报联系人名单啥时候发送')).toContain('联系人名单');
  });
});

describe('the act of the clause before an ask that names only the deadline', () => {
  it('is that clause\'s first verb, as the query folds it', () => {
    expect(analyzeQuery('果品那个年度报告还能补填吗，截止哪天').timedAct).toBe('填报');
  });
  it('is the asking clause\'s own act when it names one', () => {
    expect(analyzeQuery('果品年报还能补填吗，名单哪天公示').timedAct).toBe('公示');
  });
  it('ranks the period of that act first, not the date of another act', () => {
    const index = createSearchIndex(chunkDocument(notice));
    const hit = index.search('果品那个年度报告还能补填吗，截止哪天').sentences[0]!;
    expect(index.text(hit.unit)).toContain('2025年2月10日至2025年4月20日');
  });
});
