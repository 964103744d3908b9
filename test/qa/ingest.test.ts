import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { loadKnowledge, type LoadResult } from '../../src/qa/ingest/load.js';
import { createQaEngine } from '../../src/qa/engine.js';
import { buildPdf } from './helpers/pdf.js';

async function docxOf(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }] });
  return Packer.toBuffer(doc);
}

describe('ingestion of every format', () => {
  let dir: string;
  let result: LoadResult;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gi-ingest-'));
    await mkdir(join(dir, 'provinces', 'zj'), { recursive: true });
    await writeFile(
      join(dir, 'notice.md'),
      [
        '---',
        'title: 关于做好地理标志保护工作的通知',
        'doc_number: 测试办发〔2024〕3号',
        'issuer: 测试局办公室',
        'published: 2024-02-01',
        '---',
        '# 关于做好地理标志保护工作的通知',
        '',
        '## 一、总体要求',
        '',
        '各单位要高度重视。请于2024年3月15日前报送工作总结。',
        '',
        '## 附件',
        '',
        '1. 工作总结模板',
      ].join('\n'),
    );
    await writeFile(
      join(dir, 'provinces', 'zj', 'provincial.txt'),
      ['浙江省知识产权局关于推荐地理标志运用促进项目的通知', '浙知发〔2023〕21号', '一、推荐范围', '全省各设区市均可推荐一件。', '二、报送方式', '请通过政务邮箱报送推荐表。'].join('\n'),
    );
    await writeFile(
      join(dir, 'guide.docx'),
      await docxOf(['江苏省地理标志运用促进工作指引', '苏知发〔2023〕9号', '一、工作目标', '到2025年，培育十个地理标志品牌。', '（一）重点任务', '建设展示中心。']),
    );
    await writeFile(join(dir, 'scan.pdf'), buildPdf(['四川省地理标志产品推广方案', '川知发〔2022〕5号', '一、推广渠道', '依托电商平台开展线上推广。', 'Online promotion through e-commerce.']));
    await writeFile(join(dir, 'broken.docx'), Buffer.from('PK\u0003\u0004 this is not a zip archive'));
    await writeFile(join(dir, 'broken.pdf'), Buffer.from('%PDF-1.4\n1 0 obj garbage'));
    await writeFile(join(dir, 'events.yaml'), 'events:\n  - name: 中国品牌日\n    date: 05-10\n');
    await writeFile(join(dir, 'README.md'), '---\nindex: false\n---\n# 说明\n本目录存放政策文件。\n');
    result = await loadKnowledge(dir, silentLogger);
  });

  const byDoc = (doc: string) => result.documents.find((d) => d.doc === doc);

  it('reads Markdown front matter and # headings', () => {
    const md = byDoc('notice');
    expect(md?.title).toBe('关于做好地理标志保护工作的通知');
    expect(md?.docNumber).toBe('测试办发〔2024〕3号');
    expect(md?.meta.issuer).toBe('测试局办公室');
    expect(md?.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['一、总体要求', '附件']);
  });

  it('detects title, doc number and headings in a .txt file under a subfolder', () => {
    const txt = byDoc('provinces/zj/provincial');
    expect(txt?.title).toBe('浙江省知识产权局关于推荐地理标志运用促进项目的通知');
    expect(txt?.docNumber).toBe('浙知发〔2023〕21号');
    expect(txt?.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['一、推荐范围', '二、报送方式']);
  });

  it('reads .docx paragraphs, with （一） as a second-level heading', () => {
    const docx = byDoc('guide');
    expect(docx?.title).toBe('江苏省地理标志运用促进工作指引');
    expect(docx?.docNumber).toBe('苏知发〔2023〕9号');
    expect(docx?.blocks).toContainEqual({ kind: 'heading', text: '（一）重点任务', level: 2 });
  });

  it('reads the text layer of a .pdf, Chinese included', () => {
    const pdf = byDoc('scan');
    expect(pdf?.title).toBe('四川省地理标志产品推广方案');
    expect(pdf?.docNumber).toBe('川知发〔2022〕5号');
    expect(pdf?.blocks.map((b) => b.text)).toContain('依托电商平台开展线上推广。');
    expect(pdf?.blocks.map((b) => b.text)).toContain('Online promotion through e-commerce.');
  });

  it('skips corrupt files by name and loads the rest', () => {
    expect(result.skipped.map((s) => s.file).sort()).toEqual(['broken.docx', 'broken.pdf']);
    expect(result.skipped.every((s) => s.reason.length > 0)).toBe(true);
    expect(result.documents.map((d) => d.doc).sort()).toEqual(['guide', 'notice', 'provinces/zj/provincial', 'scan']);
  });

  it('ignores YAML data and files marked index: false', () => {
    expect(result.documents.some((d) => d.file.endsWith('.yaml') || d.doc === 'README')).toBe(false);
  });

  it('makes every format searchable through the service, with citations naming doc number and section', async () => {
    const qa = await createQaEngine({ knowledgeDir: dir, log: silentLogger });
    const report = await qa.ingest();
    expect(report.skipped).toHaveLength(2);
    const txt = await qa.ask('浙江推荐表怎么报送？');
    expect(txt.declined).toBe(false);
    expect(txt.answer).toContain('政务邮箱');
    expect(txt.citations[0]).toMatchObject({ doc: 'provinces/zj/provincial', section: '浙知发〔2023〕21号 · 二、报送方式' });
    const pdf = await qa.ask('四川地理标志产品怎么线上推广');
    expect(pdf.answer).toContain('电商平台');
    const md = await qa.ask('工作总结什么时候报送？');
    expect(md.answer).toContain('2024年3月15日');
    const docx = await qa.ask('江苏到2025年要培育多少个地理标志品牌？');
    expect(docx.answer).toContain('培育十个地理标志品牌');
  });

  it('reports an unreadable KNOWLEDGE_DIR instead of throwing', async () => {
    const missing = await loadKnowledge(join(dir, 'does-not-exist'), silentLogger);
    expect(missing.documents).toEqual([]);
    expect(missing.skipped[0]?.reason).toMatch(/KNOWLEDGE_DIR/);
  });
});
