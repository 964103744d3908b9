import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import exportCommand from '../../src/commands/export.js';
import { dialogEnv, field, type DialogEnv } from './dialog-fixture.js';

/** `gi-bot export` over a database filled through the dialog: formats, filters, drafts, bad arguments. */

describe('gi-bot export', () => {
  let env: DialogEnv;
  const saved = { ...process.env };

  /** Runs the command with DATABASE_PATH/KNOWLEDGE_DIR pointing at the test data; returns code and stderr. */
  async function run(args: string[]): Promise<{ code: number; stderr: string }> {
    const writes: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    Object.assign(process.env, { DATABASE_PATH: env.chat.path, KNOWLEDGE_DIR: env.knowledgeDir, LOG_LEVEL: 'silent' });
    try {
      return { code: await exportCommand(args), stderr: writes.join('') };
    } finally {
      spy.mockRestore();
      process.env = { ...saved };
    }
  }

  async function submit(user: string, province: string): Promise<void> {
    await env.chat.as(user).says('/申报');
    await env.chat.as(user).says(`修改${field('province').label}`);
    await env.chat.as(user).says(province);
    await env.fillWithExamples(user);
    await env.chat.as(user).says('提交');
    await env.chat.as(user).says('确认').expectReply(/已提交/);
  }

  beforeAll(async () => {
    env = await dialogEnv();
    await submit('u1', '浙江');
    await submit('u2', '兵团');
    await env.chat.as('u3').says('/申报');
    await env.chat.as('u3').says('龙泉青瓷');
  });
  afterAll(() => env.close());

  it('exports submitted nominations as JSON, drafts only with --all', async () => {
    const out = join(env.knowledgeDir, 'all.json');
    expect((await run(['--format', 'json', '--out', out])).code).toBe(0);
    const submitted = JSON.parse(readFileSync(out, 'utf8'));
    expect(submitted.records.map((r: { province: string }) => r.province).sort()).toEqual(['新疆生产建设兵团', '浙江省']);
    expect((await run(['--format', 'json', '--all', '--out', out])).code).toBe(0);
    const all = JSON.parse(readFileSync(out, 'utf8'));
    expect(all.count).toBe(3);
    expect(all.records.find((r: { status: string }) => r.status === 'draft').fields.gi_name.value).toBe('龙泉青瓷');
  });

  it('filters by province in any spelling', async () => {
    const out = join(env.knowledgeDir, 'xpcc.csv');
    expect((await run(['--format', 'csv', '--province', '兵团', '--out', out])).code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // One row (ids look like N20260501-…), the 兵团's.
    const rows = csv.split('\n').filter((line) => /^N\d{8}-/.test(line));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(',新疆生产建设兵团,');
  });

  it('writes the summary as XLSX or CSV by the file extension', async () => {
    const xlsx = join(env.knowledgeDir, 'summary.xlsx');
    const csv = join(env.knowledgeDir, 'summary.csv');
    expect((await run(['--format', 'summary', '--out', xlsx])).code).toBe(0);
    expect((await run(['--format', 'summary', '--out', csv])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    expect(cells.some((cell) => cell.includes('浙江省'))).toBe(true);
    expect(readFileSync(csv, 'utf8')).toContain('浙江省');
  });

  it('refuses bad arguments with exit code 2 and a usage line', async () => {
    const bad = await run(['--format', 'pdf', '--out', join(env.knowledgeDir, 'x.pdf')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/用法：gi-bot export/);
    expect((await run(['--format', 'json'])).code).toBe(2);
    expect((await run(['--format', 'json', '--province', '火星', '--out', join(env.knowledgeDir, 'y.json')])).stderr).toMatch(/不认识的省份“火星”/);
    expect((await run(['--bogus'])).code).toBe(2);
    expect(existsSync(join(env.knowledgeDir, 'x.pdf'))).toBe(false);
  });
});
