import { describe, expect, it } from 'vitest';
import { chunkDocument, untitledMatter } from '../../src/qa/chunk.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { createSearchIndex } from '../../src/qa/search-index.js';

/**
 * A copy that kept no title stands under its doc number; its lead-in (现就…有关事宜通知如下) names the
 * matter its parts detail, as the title would. That matter joins every chunk's context, so a
 * clause of a part (登记期为…) holds the matter a question names without repeating it.
 */
const untitled: SourceDocument = {
  doc: 'orchard-register',
  file: 'orchard-register.md',
  title: '',
  docNumber: '农办字〔2025〕88号',
  meta: {},
  blocks: [
    { kind: 'paragraph', text: '农办字〔2025〕88号', level: 0 },
    { kind: 'paragraph', text: '各市农业农村局:', level: 0 },
    { kind: 'paragraph', text: '根据《特色果园管理办法》,现就2025年度特色果园登记有关事宜通知如下:', level: 0 },
    { kind: 'heading', text: '一、登记内容', level: 1 },
    { kind: 'paragraph', text: '果园面积、主栽品种、年产量和销售渠道等基本情况。', level: 0 },
    { kind: 'heading', text: '二、登记时间', level: 1 },
    { kind: 'paragraph', text: '登记期为2026年1月15日至2026年3月31日。', level: 0 },
    { kind: 'paragraph', text: '请于2026年1月15日前将特色果园登记联络员名单发送至指定邮箱。', level: 0 },
  ],
};

describe('the matter of an untitled copy', () => {
  it('is what its lead-in announces, and nothing for a titled notice or a lead-in naming none', () => {
    expect(untitledMatter(untitled)).toBe('2025年度特色果园登记');
    expect(untitledMatter({ ...untitled, title: '关于做好2025年度特色果园登记工作的通知' })).toBe('');
    expect(untitledMatter({ ...untitled, blocks: untitled.blocks.map((block) => ({ ...block, text: block.text.replace(/现就.*如下/, '现将有关事项通知如下') })) })).toBe('');
  });

  it('is held by every part, so a part’s clause lacks none of the question’s matter', () => {
    const missing = (document: SourceDocument): string[] => {
      const index = createSearchIndex(chunkDocument(document));
      const result = index.search('特色果园登记包括哪些内容');
      const clause = result.sentences.find((hit) => hit.chunk.sentences[hit.sentenceIndex]!.startsWith('果园面积'))!;
      return index.coverage(result.query, clause).missingKeys;
    };
    expect(missing(untitled)).toEqual([]);
    const namingNone = { ...untitled, blocks: untitled.blocks.map((block) => ({ ...block, text: block.text.replace(/现就.*如下/, '现将有关事项通知如下') })) };
    expect(missing(namingNone).length).toBeGreaterThan(0);
  });
});
