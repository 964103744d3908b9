import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ExportNameError, writeExport, EXPORT_FORMATS, type ExportFormat } from '../nomination/dialog/export-file.js';
import { loadForm } from '../nomination/form.js';
import { canonicalProvince } from '../nomination/provinces.js';
import { openDatabase } from '../store/db.js';
import { listNominations } from '../store/nominations.js';
import { errorText } from '../errors.js';

const USAGE = `usage: gi-bot export --format ${EXPORT_FORMATS.join('|')} [--province NAME] [--all] --out PATH

  --format    csv (UTF-8 with BOM), xlsx, json (every field normalised), docx (one filled 申报书
              per nomination), summary (per-province count vs quota and totals; .xlsx or .csv by --out)
  --province  only this province (any spelling: 浙江, 内蒙, 兵团)
  --all       include drafts (default: submitted nominations only)
  --out       the file to write
Reads DATABASE_PATH and KNOWLEDGE_DIR.
`;

/** `gi-bot export`: writes the nominations of DATABASE_PATH in one format. */
export default async function exportCommand(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        province: { type: 'string' },
        out: { type: 'string' },
        all: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${errorText(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format?.toLowerCase();
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format) || !values.out) {
    process.stderr.write(`${!values.out ? 'missing --out' : `unknown --format ${values.format ?? '(none)'}`}\n\n${USAGE}`);
    return 2;
  }
  let province: string | undefined;
  if (values.province) {
    province = canonicalProvince(values.province);
    if (!province) {
      process.stderr.write(`unknown province: ${values.province}\n`);
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
      file = await writeExport({ format: format as ExportFormat, records, form, knowledgeDir: config.KNOWLEDGE_DIR, out: values.out });
    } catch (error) {
      if (!(error instanceof ExportNameError)) throw error;
      process.stderr.write(`${error.message}; nothing written.\n`);
      return 2;
    }
    process.stderr.write(`exported ${records.length} nomination(s) to ${file.path}\n`);
    return 0;
  } finally {
    db.close();
  }
}
