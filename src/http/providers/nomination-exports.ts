import { t } from '../../texts.js';
import type { Clock } from '../../clock.js';
import { EXPORT_FILE_TYPES, exportNominations } from '../../nomination/export/index.js';
import type { Form } from '../../nomination/form.js';
import type { Quotas } from '../../nomination/quotas.js';
import type { ExportFormat } from '../../web-parts.js';
import type { NominationExporter } from './nominations.js';

/**
 * The console's downloads made by the nomination exporters (src/nomination/export): the CSV and
 * XLSX lists, the per-province summary (XLSX), and one 申报书 as DOCX. File names carry the date.
 */
export function createNominationExporters(form: Form, quotas: () => Quotas, clock: Clock): Record<ExportFormat, NominationExporter> {
  const make =
    (format: ExportFormat): NominationExporter =>
    async (records) => {
      const type = EXPORT_FILE_TYPES[format];
      const date = clock().toISOString().slice(0, 10);
      const base = format === 'docx' && records.length === 1 ? `${t('web.exports.docx')}-${records[0]!.id}` : `${t(`web.exports.${format}`)}-${date}`;
      const body = await exportNominations(format, records, form, quotas());
      return { fileName: `${base}.${type.extension}`, contentType: type.mimeType, body: new Uint8Array(body) };
    };
  return { csv: make('csv'), xlsx: make('xlsx'), docx: make('docx'), summary: make('summary') };
}
