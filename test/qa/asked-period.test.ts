import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/qa/chunk.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { ASKS_PERIOD, createSearchIndex, PERIOD } from '../../src/qa/search-index.js';

/** A notice whose one-date clause shares more of a question's words than the clause giving the period. */
const notice: SourceDocument = {
  doc: 'orchard-survey',
  file: 'orchard-survey.txt',
  title: '关于开展2025年度特色果园调查登记工作的通知',
  meta: {},
  blocks: [
    { kind: 'paragraph', text: '各市农业农村局：', level: 0 },
    { kind: 'paragraph', text: '请于2026年2月10日前将特色果园调查登记联络员名单报送省农业农村厅。', level: 0 },
    { kind: 'paragraph', text: '登记期为2026年2月10日至2026年4月30日。', level: 0 },
    { kind: 'paragraph', text: '调查内容包括果园面积、品种和产量。', level: 0 },
  ],
};

describe('a question asking a period', () => {
  const index = createSearchIndex(chunkDocument(notice));
  const top = (question: string): string => {
    const hit = index.search(question).sentences[0]!;
    return hit.chunk.sentences[hit.sentenceIndex]!;
  };

  it('is told by asking both ends, not by asking a start alone', () => {
    expect(ASKS_PERIOD.test('果园调查几号开始登记，登记到几号')).toBe(true);
    expect(ASKS_PERIOD.test('登记的起止时间')).toBe(true);
    expect(ASKS_PERIOD.test('是从哪天到哪天')).toBe(true);
    expect(ASKS_PERIOD.test('哪天开始登记')).toBe(false);
    expect(ASKS_PERIOD.test('登记截止到几号')).toBe(false);
  });

  it('is answered by a clause giving two dates joined by 至 or a dash', () => {
    expect(PERIOD.test('登记期为2026年2月10日至2026年4月30日。')).toBe(true);
    expect(PERIOD.test('建设期为2021年9月至2024年9月')).toBe(true);
    expect(PERIOD.test('请于2026年2月10日前报送')).toBe(false);
  });

  it('ranks the clause giving the period above a clause with one date that shares more words', () => {
    expect(top('果园登记啥时候开始 到哪天截止')).toContain('至2026年4月30日');
  });
});
