import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/qa/chunk.js';
import { extractiveAnswer } from '../../src/qa/extractive.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { createSearchIndex } from '../../src/qa/search-index.js';

/**
 * A clause speaking of what the sentence before names (核准上述合作社…) is quoted with the clause
 * naming them: an officer asking whether their product is among them sees it.
 */
const notice: SourceDocument = {
  doc: 'orchard-approval',
  file: 'orchard-approval.md',
  title: '关于核准果品合作社使用区域品牌标识的公告',
  meta: {},
  blocks: [
    {
      kind: 'paragraph',
      text:
        '根据《区域品牌标识使用办法》,生产东山枇杷、西湖龙井、南丰蜜桔、北流荔枝、赣南脐橙、库尔勒香梨、烟台苹果、砀山酥梨、奉节脐橙、文山三七、' +
        '黄岩蜜桔、阳澄湖大闸蟹、五常大米、宁夏枸杞、新会陈皮、武夷岩茶、安溪铁观音、信阳毛尖、普洱茶、洛川苹果等20个产品的36家合作社,' +
        '分别向所在地农业农村部门提出区域品牌标识使用申请,经省级主管部门审核,并经国家主管部门审查认定,现予登记。自即日起核准上述合作社在其产品上使用区域品牌标识,获得区域品牌保护。',
      level: 0,
    },
  ],
};

describe('a clause referring back', () => {
  const index = createSearchIndex(chunkDocument(notice));
  const answerTo = (question: string) => {
    const result = index.search(question);
    return extractiveAnswer(question, result.sentences[0]!, result);
  };

  it('is quoted with the clause naming what it speaks of', () => {
    const result = index.search('南丰蜜桔合作社的产品核准使用区域品牌标识获得保护了吗');
    expect(index.text(result.sentences[0]!.unit)).toContain('核准上述合作社');
    const answer = answerTo('南丰蜜桔合作社的产品核准使用区域品牌标识获得保护了吗');
    expect(answer.answer).toContain('核准上述合作社');
    expect(answer.answer).toContain('南丰蜜桔');
  });

  it('leaves a clause that refers to nothing quoted alone', () => {
    const answer = answerTo('区域品牌标识使用申请向哪个部门提出');
    expect(answer.answer).not.toContain('核准上述合作社');
  });
});
