import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/qa/chunk.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { createSearchIndex } from '../../src/qa/search-index.js';

/**
 * The 后 of "评定后…", "公布后…" tells when the asker's matter stands, as 前 does before it, and the
 * 新 of "新开展", "新评定" which of them is meant: a clause answering need not say 后 or 新, so
 * neither is a key word the clause lacks.
 */
const notice: SourceDocument = {
  doc: 'orchard-demo',
  file: 'orchard-demo.md',
  title: '关于公布特色果园示范基地名单的通知',
  meta: {},
  blocks: [
    { kind: 'paragraph', text: '经综合评定，确定20个特色果园示范基地，现予以公布。', level: 0 },
    { kind: 'paragraph', text: '各示范基地要继续按照绿色种植、标准管理的原则开展基地建设。', level: 0 },
  ],
};

describe('a time particle of the question', () => {
  const index = createSearchIndex(chunkDocument(notice));
  const coverageOf = (question: string) => {
    const result = index.search(question);
    return index.coverage(result.query, result.sentences[0]!);
  };

  it('is no key word a clause must hold', () => {
    const coverage = coverageOf('评定后示范基地要按什么原则');
    expect(coverage.missingKeys).not.toContain('后');
    expect(coverage.heldKeys).toContain('原则');
  });

  it('reads 新 as which one is meant, not as a word the clause must hold', () => {
    const coverage = coverageOf('新评定的示范基地一共几个');
    expect(coverage.missingKeys).not.toContain('新');
    expect(coverage.heldKeys).toContain('评定');
  });

  it('leaves the other words of the question key words', () => {
    expect(coverageOf('评定后示范基地要按什么原则申请补贴').missingKeys).toContain('补贴');
  });
});
