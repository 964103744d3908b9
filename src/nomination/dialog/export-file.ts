import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { NominationExportFormat } from '../export/index.js';
import type { Form } from '../form.js';
import { loadQuotas } from '../quotas.js';
import type { NominationRecord } from '../types.js';

/** The formats users name (`/导出 xlsx`, `--format xlsx`); `summary` is XLSX unless the file ends in .csv. */
export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'docx', 'summary'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  format: ExportFormat;
  records: NominationRecord[];
  form: Form;
  /** Where the quota table is (for the summary's count-vs-quota). */
  knowledgeDir: string;
  /** The file to write; without an extension the format's own is added. */
  out: string;
}

/** Renders the records with the export module and writes the file; returns it as a chat attachment. */
export async function writeExport(request: ExportRequest): Promise<{ path: string; name: string }> {
  // The exporters (ExcelJS, docx) are loaded on the first export, not with the dialog.
  const { EXPORT_FILE_TYPES, exportNominations } = await import('../export/index.js');
  const wantsCsv = extname(request.out).toLowerCase() === '.csv';
  const format: NominationExportFormat = request.format === 'summary' && wantsCsv ? 'summary-csv' : request.format;
  const path = extname(request.out) ? request.out : `${request.out}.${EXPORT_FILE_TYPES[format].extension}`;
  const body = await exportNominations(format, request.records, request.form, loadQuotas(request.knowledgeDir));
  writeFileSync(path, body);
  return { path, name: basename(path) };
}
