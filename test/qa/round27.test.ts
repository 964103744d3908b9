import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/qa/chunk.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { createSearchIndex } from '../../src/qa/search-index.js';
import { untitledLead } from '../../src/qa/untitled-lead.js';
import { answersWith, shippedQa } from './helpers/shipped.js';

/**
 * The v27 round: what officers type that the notices say otherwise, each mechanism stressed with
 * phrasings of its own.
 */

const untitled: SourceDocument = {
  doc: 'orchard-bases',
  file: 'orchard-bases.md',
  title: '',
  docNumber: '农办字〔2025〕99号',
  meta: {},
  // (every block a paragraph: the copy numbers its parts in their text, 一、 二、)
  blocks: [
    '农办字〔2025〕99号',
    '各市农业农村局:',
    '根据《特色果园评审办法》(农办字〔2024〕7号),经验收自查、专家评审、社会公示等程序,确定了红富士等12个特色果园示范基地,现予以公布。',
    '一、各基地要坚持绿色种植、标准管理的原则,不断提高果品质量。',
    '二、对管护不力、质量下滑的基地取消其资格。',
  ].map((text) => ({ kind: 'paragraph' as const, text, level: 0 })),
};

describe("an untitled copy's opening (经验收自查…确定了…基地)", () => {
  const missing = (document: SourceDocument, question: string, clause: string): string[] => {
    const index = createSearchIndex(chunkDocument(document));
    const result = index.search(question);
    const hit = result.sentences.find((h) => h.chunk.sentences[h.sentenceIndex]!.startsWith(clause))!;
    return index.coverage(result.query, hit).missingKeys;
  };

  it('is the opening without the documents it cites, and nothing for a titled notice', () => {
    expect(untitledLead(untitled)).toContain('经验收自查');
    expect(untitledLead(untitled)).not.toContain('评审办法');
    expect(untitledLead({ ...untitled, title: '关于公布特色果园示范基地的通知' })).toBe('');
  });

  it('names the matter its parts need not repeat (验收 of 验收过的基地)', () => {
    expect(missing(untitled, '验收过的基地管护不力会怎样', '二、')).not.toContain('验收');
    expect(missing(untitled, '专家评审以后基地要坚持啥原则', '一、')).toEqual([]);
  });

  it('leaves what it does not say, and a titled notice, as before', () => {
    expect(missing(untitled, '验收过的基地每年给多少补贴', '二、')).toContain('补贴');
    expect(missing(untitled, '评审办法对基地管护不力怎么说', '二、')).toContain('办法');
    expect(missing({ ...untitled, title: '关于公布特色果园示范基地的通知' }, '验收过的基地管护不力会怎样', '二、')).toContain('验收');
  });

  it('answers the 2025 acceptance notice\'s parts asked with 验收', async () => {
    await answersWith('验收过的示范区效果不好会被取消吗', '取消示范区资格');
    await answersWith('通过验收以后，国家局会不会复核示范区的成效', '成效复核');
  });

  it('still declines what the acceptance notice does not say', async () => {
    const qa = await shippedQa();
    expect((await qa.ask('验收通过的示范区每年给多少补贴')).declined).toBe(true);
    expect((await qa.ask('验收合格的示范区由谁发牌匾')).declined).toBe(true);
  });
});
