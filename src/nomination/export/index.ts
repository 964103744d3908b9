import type { Form } from '../form.js';
import type { Quotas } from '../quotas.js';
import type { NominationRecord } from '../../store/nomination-types.js';
import { exportCsv, exportSummaryCsv } from './csv.js';
import { exportDocx } from './docx.js';
import { exportJson } from './json.js';
import { exportSummaryXlsx, exportXlsx } from './xlsx.js';

export { exportCsv, exportSummaryCsv } from './csv.js';
export { exportDocx } from './docx.js';
export { exportJson } from './json.js';
export { summarize, summaryTable, type ProvinceSummary } from './summary.js';
export { exportSummaryXlsx, exportXlsx } from './xlsx.js';

/** Every export the product offers; `summary` is the per-province XLSX, `summary-csv` its CSV. */
export const NOMINATION_EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'docx', 'summary', 'summary-csv'] as const;
export type NominationExportFormat = (typeof NOMINATION_EXPORT_FORMATS)[number];

/** File extension and MIME type of each format. */
export const EXPORT_FILE_TYPES: Record<NominationExportFormat, { extension: string; mimeType: string }> = {
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
  xlsx: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  json: { extension: 'json', mimeType: 'application/json; charset=utf-8' },
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  summary: { extension: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  'summary-csv': { extension: 'csv', mimeType: 'text/csv; charset=utf-8' },
};

/** Renders `records` in `format`; `quotas` feed the summary sheet/table (unknown = no cap). */
export function exportNominations(
  format: NominationExportFormat,
  records: NominationRecord[],
  form: Form,
  quotas: Quotas = {},
): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return exportCsv(records, form);
    case 'xlsx':
      return exportXlsx(records, form, quotas);
    case 'json':
      return exportJson(records, form);
    case 'docx':
      return exportDocx(records, form);
    case 'summary':
      return exportSummaryXlsx(records, form, quotas);
    case 'summary-csv':
      return exportSummaryCsv(records, form, quotas);
  }
}
