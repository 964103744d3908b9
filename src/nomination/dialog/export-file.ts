import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { NominationExportFormat } from '../export/index.js';
import type { Form } from '../form.js';
import { loadQuotas } from '../quotas.js';
import type { NominationRecord } from '../../store/nomination-types.js';

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

/**
 * The file name's extension says another format than the one asked for (CSV written into
 * x.xlsx). It carries the data; whoever shows it to a person words it (`cli.export.bad_name`).
 */
export class ExportNameError extends Error {
  constructor(
    readonly path: string,
    readonly format: ExportFormat,
    /** The extension the format writes, without the dot. */
    readonly expected: string,
  ) {
    super(`export file name does not end in .${expected}: ${path}`);
    this.name = 'ExportNameError';
  }
}

/**
 * Renders the records with the export module and writes the file; returns it as a chat
 * attachment. Refuses (ExportNameError) a file name whose extension belongs to another format.
 */
export async function writeExport(request: ExportRequest): Promise<{ path: string; name: string }> {
  // The exporters (ExcelJS, docx) are loaded on the first export, not with the dialog.
  const { EXPORT_FILE_TYPES, exportNominations } = await import('../export/index.js');
  const extension = extname(request.out).toLowerCase();
  const format: NominationExportFormat = request.format === 'summary' && extension === '.csv' ? 'summary-csv' : request.format;
  const expected = EXPORT_FILE_TYPES[format].extension;
  if (extension && extension !== `.${expected}`) throw new ExportNameError(request.out, request.format, expected);
  const path = extension ? request.out : `${request.out}.${expected}`;
  const body = await exportNominations(format, request.records, request.form, loadQuotas(request.knowledgeDir));
  writeFileSync(path, body);
  return { path, name: basename(path) };
}
