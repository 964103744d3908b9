import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.js';
import { DEFAULT_ISOLATION, type IsolationOptions } from '../../src/qa/ingest/isolated.js';
import { DEFAULT_PARSE_LIMITS } from '../../src/qa/ingest/limits.js';
import { loadKnowledge, skipReasonText, type LoadResult } from '../../src/qa/ingest/load.js';
import { t } from '../../src/texts.js';
import { writeHugeRunDocx, writeManyPartsDocx, writeParagraphBombDocx } from './helpers/hostile-docx.js';
import { buildPdf } from './helpers/pdf.js';

/** Files an attacker uploads on the knowledge page: each is skipped by name, the rest still load, this process lives. */
describe('hostile knowledge files', () => {
  let dir: string;
  let files: string;

  beforeAll(async () => {
    files = await mkdtemp(join(tmpdir(), 'gi-hostile-src-'));
    await writeParagraphBombDocx(join(files, 'bomb.docx'), 64);
    await writeHugeRunDocx(join(files, 'run.docx'), 1024);
    await writeParagraphBombDocx(join(files, 'forged.docx'), 64, 1000);
    await writeManyPartsDocx(join(files, 'parts.docx'), 3000);
    await writeManyPartsDocx(join(files, 'zz-good.docx'), 0);
    await writeFile(join(files, 'notice.md'), '---\ntitle: 测试通知\n---\n# 测试通知\n\n## 一、要求\n\n请于2024年3月15日前报送。\n');
  }, 60_000);
  afterAll(() => rm(files, { recursive: true, force: true }));

  async function load(names: string[], isolation: IsolationOptions = DEFAULT_ISOLATION): Promise<LoadResult> {
    dir = await mkdtemp(join(tmpdir(), 'gi-hostile-'));
    for (const name of names) await copyFile(join(files, name), join(dir, name));
    try {
      return await loadKnowledge(dir, silentLogger, isolation);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  const reasons = (result: LoadResult): Record<string, string> => Object.fromEntries(result.skipped.map((s) => [s.file, s.reason]));
  /** What people read on the knowledge page: the kind of refusal crosses the parse process with its figures. */
  const said = (result: LoadResult): Record<string, string> => Object.fromEntries(result.skipped.map((s) => [s.file, skipReasonText(s)]));

  it('refuses the 64 MiB zip bomb and the 1 GiB text run before parsing, by name, quickly', async () => {
    const started = performance.now();
    const result = await load(['bomb.docx', 'run.docx', 'notice.md']);
    expect(reasons(result)).toEqual({
      'bomb.docx': 'unpacks to more than 32 MiB (a zip bomb?)',
      'run.docx': 'unpacks to more than 32 MiB (a zip bomb?)',
    });
    expect(result.documents.map((d) => d.doc)).toEqual(['notice']);
    // Two parse processes and a bounded inflate each; parsing the bomb took minutes and 4.5 GB.
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('measures what the entries really inflate to when the archive lies about their sizes', async () => {
    const result = await load(['forged.docx', 'notice.md']);
    expect(reasons(result)).toEqual({ 'forged.docx': 'unpacks to more than 32 MiB (a zip bomb?)' });
    expect(said(result)).toEqual({ 'forged.docx': t('qa.skip.unpacks_too_large', { limit: 32 }) });
  }, 30_000);

  it('refuses an archive with more parts than a document has, and reads the next file in the same process', async () => {
    const result = await load(['parts.docx', 'zz-good.docx']);
    expect(reasons(result)).toEqual({ 'parts.docx': '3003 parts in the archive, more than 2000' });
    expect(said(result)).toEqual({ 'parts.docx': '文档内部包含 3003 个部件，超过上限 2000 个' });
    expect(result.documents.map((d) => d.doc)).toEqual(['zz-good']);
  }, 30_000);

  it('a file that passes the size rules but exhausts the parse process\'s heap is skipped; this process lives', async () => {
    const limits = { ...DEFAULT_PARSE_LIMITS, maxUnpackedBytes: 128 * 1024 * 1024 };
    const result = await load(['bomb.docx', 'notice.md', 'zz-good.docx'], { limits, maxHeapMb: 96, timeoutMs: 120_000 });
    expect(reasons(result)).toEqual({ 'bomb.docx': 'needs more than 96 MB of memory to read' });
    // The next .docx is read by a fresh parse process.
    expect(result.documents.map((d) => d.doc)).toEqual(['notice', 'zz-good']);
  }, 150_000);

  it('a file that takes longer than the time limit is skipped and its process stopped', async () => {
    const limits = { ...DEFAULT_PARSE_LIMITS, maxUnpackedBytes: 128 * 1024 * 1024 };
    const result = await load(['bomb.docx', 'notice.md', 'zz-good.docx'], { limits, maxHeapMb: 4096, timeoutMs: 3000 });
    expect(reasons(result)).toEqual({ 'bomb.docx': 'took longer than 3 s to read' });
    expect(result.documents.map((d) => d.doc)).toEqual(['notice', 'zz-good']);
  }, 60_000);

  it('refuses a PDF past the page or text limit, and any file past the size limit', async () => {
    dir = await mkdtemp(join(tmpdir(), 'gi-hostile-pdf-'));
    try {
      await writeFile(join(dir, 'long.pdf'), buildPdf(['四川省地理标志产品推广方案', '一、推广渠道', '依托电商平台开展线上推广。']));
      const tight = (limits: Partial<typeof DEFAULT_PARSE_LIMITS>) => ({ ...DEFAULT_ISOLATION, limits: { ...DEFAULT_PARSE_LIMITS, ...limits } });
      const pages = await loadKnowledge(dir, silentLogger, tight({ maxPages: 0 }));
      expect(reasons(pages)).toEqual({ 'long.pdf': '1 pages, more than 0' });
      expect(said(pages)).toEqual({ 'long.pdf': '共 1 页，超过上限 0 页' });
      const text = await loadKnowledge(dir, silentLogger, tight({ maxTextChars: 20 }));
      expect(reasons(text)).toEqual({ 'long.pdf': 'more than 20 characters of text' });
      expect(said(text)).toEqual({ 'long.pdf': '文字超过 20 个字符的上限' });
      const size = (await loadKnowledge(dir, silentLogger, tight({ maxFileBytes: 100 }))).skipped[0];
      expect(size?.file).toBe('long.pdf');
      expect(size?.reason).toMatch(/^\d+ bytes, more than 100$/);
      expect(skipReasonText(size!)).toMatch(/^文件过大（\d+ KB），上限为 0 KB$/);
      expect((await loadKnowledge(dir, silentLogger)).documents.map((d) => d.doc)).toEqual(['long']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
