import { describe, expect, it } from 'vitest';
import { chunkDocument, splitSentences } from '../../src/qa/chunk.js';
import type { SourceDocument } from '../../src/qa/ingest/types.js';
import { silentLogger } from '../../src/log.js';
import { loadKnowledge } from '../../src/qa/ingest/load.js';

describe('splitSentences', () => {
  it('splits at 。；！？ in both widths and keeps closing quotes', () => {
    expect(splitSentences('第一句。第二句；第三句!“第四句？”第五句')).toEqual(['第一句。', '第二句；', '第三句!', '“第四句？”', '第五句']);
  });

  it('cuts an over-long sentence at clause boundaries into quotable pieces', () => {
    const long = Array.from({ length: 30 }, (_, i) => `第${i}项工作内容要落实到位`).join('，') + '。';
    const pieces = splitSentences(long);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.length <= 150)).toBe(true);
    expect(pieces.join('')).toBe(long);
  });
});

describe('chunkDocument', () => {
  const document: SourceDocument = {
    doc: 'demo',
    file: 'demo.txt',
    title: '示范通知',
    docNumber: '示发〔2024〕1号',
    meta: { issuer: '示范局办公室', signed: '2024-01-02' },
    blocks: [
      { kind: 'paragraph', text: '各有关单位：', level: 0 },
      { kind: 'heading', text: '一、工作目标', level: 1 },
      { kind: 'paragraph', text: '做好示范工作。'.repeat(60), level: 0 },
      { kind: 'heading', text: '（一）具体任务', level: 2 },
      { kind: 'paragraph', text: '开展培训。', level: 0 },
      { kind: 'paragraph', text: '请于2024年2月1日前报送总结。', level: 0 },
      { kind: 'heading', text: '附件', level: 1 },
      { kind: 'paragraph', text: '1. 总结模板', level: 0 },
      { kind: 'paragraph', text: '示范局办公室', level: 0 },
      { kind: 'paragraph', text: '2024年1月2日', level: 0 },
    ],
  };
  const chunks = chunkDocument(document);

  it('starts with the document facts chunk', () => {
    expect(chunks[0]?.section).toBe('文件信息');
    expect(chunks[0]?.text).toContain('示发〔2024〕1号');
    expect(chunks[0]?.text).toContain('2024年1月2日');
  });

  it('keeps chunks inside one heading path, small enough to quote, with ids by position', () => {
    expect(chunks.map((c) => c.section)).toEqual(expect.arrayContaining(['正文', '一、工作目标', '一、工作目标 › （一）具体任务', '附件']));
    expect(chunks.every((c) => c.text.length <= 330)).toBe(true);
    expect(chunks.filter((c) => c.section === '一、工作目标').length).toBeGreaterThan(1);
    chunks.forEach((c, i) => expect(c.id).toBe(`demo#${i}`));
  });

  it('moves closing requirements and the signature out of the last numbered section', () => {
    const closing = chunks.find((c) => c.text.includes('请于2024年2月1日前'));
    expect(closing?.section).toBe('正文');
    expect(chunks.find((c) => c.text === '2024年1月2日')?.section).toBe('正文');
    expect(chunks.find((c) => c.section === '附件')?.text).toBe('1. 总结模板');
  });

  it('chunks the shipped notice into its six numbered sections and the attachments', async () => {
    const { documents } = await loadKnowledge('knowledge', silentLogger);
    const notice = documents.find((d) => d.doc.startsWith('2023-14'));
    expect(notice).toBeDefined();
    const sections = new Set(chunkDocument(notice!).map((c) => c.section));
    for (const heading of ['一、明确联系指导重点', '二、加大政策扶持力度', '六、做好经验复制推广', '附件']) expect(sections).toContain(heading);
  });

  it('keeps a lead-in line ("联系方式:") and the lines it introduces with the paragraph that says what they are for', () => {
    const paragraphs = [
      '公示期为30个工作日。'.repeat(7),
      '公示期间,如对公示名单有不同意见,可以通过电话、传真、电子邮件等形式向我局知识产权保护司反映。反映情况需客观真实。',
      '联系方式:',
      '电话:010-62083413',
      '传真:010-62083171',
      '以上名单如有变动另行通知,请各单位及时关注本局网站发布的后续通知和名单调整情况,并按要求认真做好示范区筹建的各项相关准备工作。',
    ];
    const publicity: SourceDocument = { doc: 'publicity', file: 'publicity.md', title: '关于示范名单的公示', meta: {}, blocks: paragraphs.map((text) => ({ kind: 'paragraph', text, level: 0 })) };
    const chunks = chunkDocument(publicity);
    const contact = chunks.find((c) => c.text.includes('62083413'))!;
    expect(contact.text).toContain('不同意见');
    expect(contact.text).toContain('62083171');
    expect(contact.text).not.toContain('公示期为30个工作日');
    expect(chunks.find((c) => c.text.includes('以上名单'))).not.toBe(contact);
  });
});
