import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/qa/chunk.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { judgeRelevance } from '../../src/qa/relevance.js';
import { createSearchIndex } from '../../src/qa/search-index.js';

/**
 * A question asking what a list holds (要填哪些内容, 包括哪些方面) is answered by the part whose
 * heading names what is listed (一、填报范围和内容), though its list never repeats the word.
 */
const notice: SourceDocument = {
  doc: 'orchard-yearly',
  file: 'orchard-yearly.md',
  title: '',
  meta: {},
  blocks: [
    { kind: 'paragraph', text: '根据《特色果品质量管理办法》,现就特色果品质量2024年度报告填报有关事宜通知如下:', level: 0 },
    { kind: 'heading', text: '一、填报范围和内容', level: 1 },
    { kind: 'paragraph', text: '2024年12月31日前已登记果园的基础数据,以及果园面积、年产量、品牌建设、质量检测等年度工作情况。', level: 0 },
    { kind: 'heading', text: '二、填报方式', level: 1 },
    { kind: 'paragraph', text: '各市登录果品质量管理系统在线填报年度报告。', level: 0 },
  ],
};

describe('a list asked by what it holds', () => {
  const index = createSearchIndex(chunkDocument(notice));
  /** The sentence the answer is taken from. */
  const first = (question: string): string => index.text(judgeRelevance(index, index.search(question)).best!.unit);

  it('answers from the part whose heading names what is listed', () => {
    expect(first('那份2024年度报告得填哪些内容呀')).toContain('果园面积、年产量');
  });

  it('leaves a question asking another thing to its own part', () => {
    expect(first('特色果品质量2024年度报告在哪个系统填')).toContain('管理系统');
  });
});
