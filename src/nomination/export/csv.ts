import type { Form } from '../form.js';
import type { Quotas } from '../quotas.js';
import type { NominationRecord } from '../../store/nomination-types.js';
import { recordColumns, type Cell } from './columns.js';
import { summarize, summaryTable } from './summary.js';

/**
 * CSV for Excel: UTF-8 with a BOM, CRLF rows, RFC 4180 quoting, and text cells that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR) prefixed with an apostrophe.
 */

const BOM = '\uFEFF';

/** One cell, quoted when needed and defused against formula injection. Numbers are left as numbers. */
export function csvCell(cell: Cell | null): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const safe = /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

const toCsv = (rows: Array<Array<Cell | null>>): Buffer =>
  Buffer.from(BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n', 'utf8');

/** One row per nomination, Chinese headers. */
export async function exportCsv(records: NominationRecord[], form: Form, timeZone?: string): Promise<Buffer> {
  const columns = recordColumns(form, timeZone);
  return toCsv([columns.map((c) => c.header), ...records.map((r) => columns.map((c) => c.cell(r)))]);
}

/** The per-province summary (count vs quota, totals) as CSV. */
export async function exportSummaryCsv(records: NominationRecord[], form: Form, quotas: Quotas = {}): Promise<Buffer> {
  const { headers, rows } = summaryTable(summarize(records, form, quotas), form);
  return toCsv([headers, ...rows]);
}
