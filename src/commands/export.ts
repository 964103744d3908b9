import { loadConfig } from '../config.js';
import { ExportNameError, writeExport, EXPORT_FORMATS, type ExportFormat } from '../nomination/dialog/export-file.js';
import { loadForm } from '../nomination/form.js';
import { canonicalProvince } from '../nomination/provinces.js';
import { openDatabase } from '../store/db.js';
import { listNominations } from '../store/nominations.js';
import { t } from '../texts.js';
import { helpText, readArgs, say } from './args.js';

const isFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

/** `gi-bot export`: writes the nominations of DATABASE_PATH in one format. */
export default async function exportCommand(args: string[]): Promise<number> {
  const parsed = readArgs('export', {
    args,
    options: { format: { type: 'string' }, province: { type: 'string' }, out: { type: 'string' }, all: { type: 'boolean', default: false } },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const refuse = (text: string): number => (say(text, '', helpText('export')), 2);
  const format = values.format?.toLowerCase();
  if (!format) return refuse(t('cli.export.missing_format'));
  if (!isFormat(format)) return refuse(t('cli.export.bad_format', { format: (values.format ?? '').slice(0, 40) }));
  if (!values.out) return refuse(t('cli.export.missing_out'));
  let province: string | undefined;
  if (values.province) {
    province = canonicalProvince(values.province);
    if (!province) {
      say(t('cli.export.bad_province', { province: values.province }));
      return 2;
    }
  }
  const config = loadConfig();
  const db = openDatabase(config.DATABASE_PATH);
  try {
    const records = listNominations(db, { statuses: values.all ? ['submitted', 'draft'] : ['submitted'], province });
    const form = loadForm(config.KNOWLEDGE_DIR);
    let file;
    try {
      file = await writeExport({ format, records, form, knowledgeDir: config.KNOWLEDGE_DIR, out: values.out });
    } catch (error) {
      if (!(error instanceof ExportNameError)) throw error;
      say(t('cli.export.bad_name', { path: error.path, format: error.format, expected: error.expected }));
      return 2;
    }
    say(t('cli.export.done', { count: records.length, path: file.path }));
    return 0;
  } finally {
    db.close();
  }
}
