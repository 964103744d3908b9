import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../src/nomination/export/csv.js';
import { exportXlsx, SHEET_RECORDS } from '../../src/nomination/export/xlsx.js';
import { LONGJING, record, shippedForm } from './form-fixtures.js';

const form = shippedForm();
const longjing = record(form, LONGJING, { id: 'N-LJ', createdAt: '2026-11-30T01:05:00.000Z', submittedAt: '2026-11-30T03:57:00.000Z' });

describe('times in exports', () => {
  it('are local wall-clock minutes in CSV and XLSX, never UTC ISO', async () => {
    const csv = (await exportCsv([longjing], form)).toString('utf8');
    expect(csv).toContain('2026-11-30 09:05');
    expect(csv).toContain('2026-11-30 11:57');
    expect(csv).not.toMatch(/\dT\d|Z,|Z\r/);
    expect((await exportCsv([longjing], form, 'Europe/Berlin')).toString('utf8')).toContain('2026-11-30 04:57');

    const file = await exportXlsx([longjing], form);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet(SHEET_RECORDS)!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(sheet.getRow(2).getCell(headers.indexOf('创建时间') + 1).value).toBe('2026-11-30 09:05');
    expect(sheet.getRow(2).getCell(headers.indexOf('提交时间') + 1).value).toBe('2026-11-30 11:57');
  });
});
