import type { Form } from './form.js';
import { matchLabel } from './labels.js';
import { NUMERIC, parseFor } from './answer-parse.js';
import { withUnit } from './parsers/label-unit.js';
import type { Routed } from './routing.js';
import type { TableCell } from './table.js';
import { decidedByValue } from './value-decides.js';

/**
 * The values of a pasted table, each read for its column: the field its header names (by the
 * form's label matcher, the value deciding an ambiguous label), a bare figure taking the header's
 * unit. A value its column's field cannot read is reported as typed, never put in another field.
 */

/** Labels that fit about as well as the best: the value's parse decides among them. */
const NEAR = 3;
/** A null in a spreadsheet's cell: no value given, nothing to read or report. */
const EMPTY_CELL = /^(?:[-—–/／\\]+|n\/a)$/iu;

/** What each cell gives: a field's value, or its header and value quoted as unread. */
export function readCells(form: Form, cells: readonly TableCell[]): { routed: Routed[]; unread: string[] } {
  const read = cells.filter((cell) => !EMPTY_CELL.test(cell.value)).map((cell) => ({ cell, routed: readCell(form, cell) }));
  // (two columns for one field with different values, "综合产值 | 鲜果产值": which one the form means is not
  // for the reader to guess, so both are quoted; the same value twice is that value)
  const unsure = (r: Routed): boolean => read.some((other) => other.routed?.field.id === r.field.id && other.routed.value.value !== r.value.value);
  const routed: Routed[] = [];
  const unread: string[] = [];
  for (const { cell, routed: r } of read) {
    if (!r || unsure(r)) unread.push(`${cell.header}：${cell.value}`);
    else if (!routed.some((done) => done.field.id === r.field.id)) routed.push(r);
  }
  return { routed, unread };
}

/** The field a cell's column names and the value read for it, if it reads. */
function readCell(form: Form, cell: TableCell): Routed | undefined {
  const valueFor = (f: Routed['field']): string => (NUMERIC.has(f.type) ? withUnit(cell.value, cell.unit) : cell.value);
  const matches = matchLabel(form, cell.label);
  const top = matches[0]?.score ?? 0;
  const decided = decidedByValue(form, cell.label, cell.value, (f) => parseFor(form, f, valueFor(f)));
  return (
    decided ??
    matches
      .filter((m) => m.score >= top - NEAR)
      .map((m) => ({ field: m.field, parsed: parseFor(form, m.field, valueFor(m.field)) }))
      .map((c) => (c.parsed.ok ? { field: c.field, value: c.parsed.value } : undefined))
      .find((r) => r !== undefined)
  );
}
