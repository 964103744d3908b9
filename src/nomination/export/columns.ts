import { t } from '../../texts.js';
import { formatLocalTime } from '../../local-time.js';
import { isNumericField, valueLines, type Form, type FormField } from '../form.js';
import type { FieldValue, NominationRecord } from '../../store/nomination-types.js';

/**
 * The table view of nominations shared by CSV and XLSX: one row per nomination, Chinese headers,
 * the normalised number of each numeric field next to the text the user typed.
 */

export type Cell = string | number | undefined;

/** One column: a header and how to read its cell from a record. `unitOf` gives a number's unit. */
export interface Column {
  header: string;
  /** Width hint in characters for spreadsheets. */
  width: number;
  cell(record: NominationRecord): Cell;
  /** For number cells: the unit, to pick the number format ("元", "美元", "人", "%", …). */
  unitOf?(record: NominationRecord): FieldValue['unit'];
}

const STATUS: Record<NominationRecord['status'], string> = { draft: '草稿', submitted: '已提交', cancelled: '已取消' };

function fieldColumns(field: FormField): Column[] {
  const value = (r: NominationRecord): FieldValue | undefined => r.fields[field.id];
  if (!isNumericField(field)) return [{ header: field.label, width: field.type === 'longtext' ? 40 : 18, cell: (r) => value(r)?.display }];
  const columns: Column[] = [
    {
      header: field.type === 'money' ? `${field.label}（数值）` : `${field.label}（${field.unit ?? ''}）`,
      width: 16,
      cell: (r) => value(r)?.value,
      unitOf: (r) => value(r)?.unit,
    },
  ];
  if (field.type === 'money') columns.push({ header: `${field.label}（单位）`, width: 8, cell: (r) => value(r)?.unit });
  columns.push({ header: `${field.label}（原文）`, width: 16, cell: (r) => value(r)?.raw });
  return columns;
}

/** The service's zone when the caller names none (config.TZ defaults to it). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Columns for a form: record metadata, every field, flagged fields, values of retired fields; times local to `timeZone`. */
export function recordColumns(form: Form, timeZone = DEFAULT_TIME_ZONE): Column[] {
  return [
    { header: '编号', width: 14, cell: (r) => r.id },
    { header: '状态', width: 8, cell: (r) => STATUS[r.status] },
    { header: '省份', width: 12, cell: (r) => r.province ?? r.fields.province?.display },
    ...form.fields.filter((f) => f.id !== 'province').flatMap(fieldColumns),
    { header: '待核实项', width: 20, cell: (r) => r.flagged.map((id) => form.labelOf(id)).join('、') },
    {
      header: t('form.other_fields'),
      width: 20,
      cell: (r) =>
        valueLines(form, r.fields)
          .filter((line) => !line.current && line.value)
          .map((line) => `${line.label}：${line.value?.display}`)
          .join('；'),
    },
    { header: '填报人', width: 12, cell: (r) => r.ownerName ?? r.ownerId },
    { header: '表单版本', width: 10, cell: (r) => r.formVersion },
    { header: '创建时间', width: 18, cell: (r) => formatLocalTime(r.createdAt, timeZone) },
    { header: '提交时间', width: 18, cell: (r) => formatLocalTime(r.submittedAt, timeZone) || undefined },
  ];
}

/** Excel number formats by unit. */
export const NUMBER_FORMATS: Record<NonNullable<FieldValue['unit']>, string> = {
  元: '#,##0.00"元"',
  美元: '#,##0.00"美元"',
  港元: '#,##0.00"港元"',
  欧元: '#,##0.00"欧元"',
  日元: '#,##0.00"日元"',
  英镑: '#,##0.00"英镑"',
  '元/人': '#,##0.00"元/人"',
  人: '#,##0"人"',
  个: '#,##0"个"',
  '%': '0.##"%"',
};
