import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { ExportNameError, writeExport } from '../../src/nomination/dialog/export-file.js';
import { exportDocx } from '../../src/nomination/export/docx.js';
import { KNOWLEDGE, LONGJING, record, shippedForm } from './form-fixtures.js';

const form = shippedForm();
const submitted = record(form, LONGJING, { id: 'N-LJ' });
const draft = record(form, LONGJING, { id: 'N-DRAFT', status: 'draft', submittedAt: undefined });
const dir = mkdtempSync(join(tmpdir(), 'gi-bot-export-name-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exports that must not be mistaken', () => {
  it('a draft in the DOCX carries the 草稿 mark; a submitted one does not', async () => {
    const text = async (r: typeof draft) => (await mammoth.extractRawText({ buffer: await exportDocx([r], form) })).value;
    expect(await text(draft)).toContain('草稿（未提交');
    expect(await text(submitted)).not.toContain('草稿');
  });

  it('refuses to write CSV into a file named .xlsx, and writes nothing', async () => {
    const out = join(dir, 'x.xlsx');
    await expect(writeExport({ format: 'csv', records: [submitted], form, knowledgeDir: KNOWLEDGE, out })).rejects.toBeInstanceOf(ExportNameError);
    expect(existsSync(out)).toBe(false);
  });

  it('adds the extension when the name has none, and takes a matching one', async () => {
    expect((await writeExport({ format: 'csv', records: [submitted], form, knowledgeDir: KNOWLEDGE, out: join(dir, 'a') })).name).toBe('a.csv');
    expect((await writeExport({ format: 'xlsx', records: [submitted], form, knowledgeDir: KNOWLEDGE, out: join(dir, 'b.XLSX') })).name).toBe('b.XLSX');
    expect((await writeExport({ format: 'summary', records: [submitted], form, knowledgeDir: KNOWLEDGE, out: join(dir, 's.csv') })).name).toBe('s.csv');
  });
});
