import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/qa/chunk.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { createSearchIndex } from '../../src/qa/search-index.js';
import { analyzeQuery } from '../../src/qa/tokenize.js';
import { CUE_TERMS } from '../../src/qa/lexicon.js';
import { shapesOf } from '../../src/qa/shapes.js';

/** A notice whose decision clause shares more of a question's words than the clause telling how it was reached. */
const notice: SourceDocument = {
  doc: 'cooperatives-list',
  file: 'cooperatives-list.txt',
  title: '关于公布2025年度省级优秀农民合作社名单的通知',
  meta: {},
  blocks: [
    { kind: 'paragraph', text: '各市农业农村局：', level: 0 },
    { kind: 'paragraph', text: '经合作社自愿申报、县级农业农村部门审核、省级专家评审并公示,', level: 0 },
    { kind: 'paragraph', text: '确定120家农民合作社列入2025年度省级优秀农民合作社名单。', level: 0 },
    { kind: 'paragraph', text: '省农业农村厅将综合各地指导服务开展情况和合作社带动农户增收情况,确定下一批优秀农民合作社名单。', level: 0 },
    { kind: 'paragraph', text: '各地要加强对入选合作社的指导服务。', level: 0 },
  ],
};

describe('a question asking how a list or a decision comes about', () => {
  const index = createSearchIndex(chunkDocument(notice));
  const top = (question: string): string => {
    const hit = index.search(question).sentences[0]!;
    return hit.chunk.sentences[hit.sentenceIndex]!;
  };
  const asks = (question: string): boolean => analyzeQuery(question).cues.includes('procedure');

  it('is told by asking by what, how or through which steps it is decided', () => {
    for (const q of ['下一批名单按啥来定', '凭什么定名单', '优秀合作社是怎么评出来的', '名单怎么产生的', '评选有哪些流程', '啥来定的？是按']) expect(asks(q), q).toBe(true);
  });

  it('is not told by asking what a word means, what is thought of something, or where support goes', () => {
    for (const q of ['合作社怎么定义', '文件咋评价合作社的', '在哪些环节给合作社支持']) expect(asks(q), q).toBe(false);
  });

  it('tags clauses giving the steps (经…、…), what is weighed (综合…情况) or a 程序', () => {
    expect(shapesOf('经合作社自愿申报、县级农业农村部门审核、省级专家评审并公示,')).toContain(CUE_TERMS.procedure);
    expect(shapesOf('将综合各地指导服务开展情况,确定下一批名单。')).toContain(CUE_TERMS.procedure);
    expect(shapesOf('确定120家农民合作社列入2025年度省级优秀农民合作社名单。')).not.toContain(CUE_TERMS.procedure);
  });

  it('leaves the asking of the steps (咋评出来的, 走了哪些流程) to its cue: no word a clause giving the steps must hold', () => {
    const words = (question: string): string[] => analyzeQuery(question).contentWords;
    expect(words('优秀合作社是咋评出来的，走了哪些流程')).toEqual(words('优秀合作社'));
    expect(words('优秀合作社评选走的什么程序')).toEqual(words('优秀合作社评选'));
    expect(analyzeQuery('优秀合作社是咋评出来的，走了哪些流程').cues).toContain('procedure');
    // 产生 asks how the list came about: no word of the notices' clauses
    expect(words('今年的优秀合作社名单是如何产生的')).toEqual(words('今年的优秀合作社名单'));
    expect(words('优秀合作社名单咋产生的')).not.toContain('产生');
    const result = index.search('优秀合作社是咋评出来的，走了哪些流程');
    const steps = result.sentences.find((hit) => hit.chunk.sentences[hit.sentenceIndex]!.startsWith('经合作社'))!;
    expect(index.coverage(result.query, steps).missingKeys).toEqual([]);
  });

  it('ranks the clause telling what is weighed above the decision clause that shares more words', () => {
    expect(top('下一批优秀农民合作社名单省里按啥来定')).toContain('综合各地');
  });

  it('raises the clause giving the steps against the decision clause', () => {
    const ratio = (question: string): number => {
      const scores = new Map(index.search(question).sentences.map((h) => [h.chunk.sentences[h.sentenceIndex]!, h.score]));
      const steps = [...scores].find(([s]) => s.startsWith('经合作社'))![1];
      const decision = [...scores].find(([s]) => s.startsWith('确定120家'))![1];
      return steps / decision;
    };
    expect(ratio('优秀合作社名单是怎么产生的')).toBeGreaterThan(1.4 * ratio('优秀合作社名单是怎么样的'));
  });
});
