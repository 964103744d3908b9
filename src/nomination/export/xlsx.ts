import ExcelJS from 'exceljs';
import type { Form } from '../form.js';
import type { Quotas } from '../quotas.js';
import type { NominationRecord } from '../../store/nomination-types.js';
import { NUMBER_FORMATS, recordColumns } from './columns.js';
import { summarize, summaryTable } from './summary.js';

/**
 * XLSX: sheet “申报书” with one row per nomination (Chinese headers, number formats in 元, 美元,
 * 人, 个, %), sheet “分省汇总” with count vs quota and the totals per province.
 */

export const SHEET_RECORDS = '申报书';
export const SHEET_SUMMARY = '分省汇总';

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
}

function addSummarySheet(workbook: ExcelJS.Workbook, records: NominationRecord[], form: Form, quotas: Quotas): void {
  const sheet = workbook.addWorksheet(SHEET_SUMMARY, { views: [{ state: 'frozen', ySplit: 1 }] });
  const { headers, rows } = summaryTable(summarize(records, form, quotas), form);
  sheet.columns = headers.map((header, i) => ({ header, width: i === 0 ? 18 : 16 }));
  styleHeader(sheet.getRow(1));
  for (const values of rows) {
    const row = sheet.addRow(values);
    headers.forEach((header, i) => {
      const cell = row.getCell(i + 1);
      if (typeof cell.value !== 'number') return;
      const unit = /（(.+)）$/u.exec(header)?.[1];
      if (unit && unit in NUMBER_FORMATS) cell.numFmt = NUMBER_FORMATS[unit as keyof typeof NUMBER_FORMATS];
    });
  }
  const last = sheet.lastRow;
  if (last) last.font = { bold: true };
}

/** The workbook with both sheets. */
export async function exportXlsx(records: NominationRecord[], form: Form, quotas: Quotas = {}, timeZone?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gi-bot';
  const sheet = workbook.addWorksheet(SHEET_RECORDS, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  const columns = recordColumns(form, timeZone);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  styleHeader(sheet.getRow(1));
  for (const record of records) {
    const row = sheet.addRow(columns.map((c) => c.cell(record) ?? null));
    columns.forEach((column, i) => {
      const unit = column.unitOf?.(record);
      if (unit) row.getCell(i + 1).numFmt = NUMBER_FORMATS[unit];
    });
    row.alignment = { vertical: 'top', wrapText: true };
  }
  addSummarySheet(workbook, records, form, quotas);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Only the per-province summary, as a one-sheet workbook. */
export async function exportSummaryXlsx(records: NominationRecord[], form: Form, quotas: Quotas = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  addSummarySheet(workbook, records, form, quotas);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
