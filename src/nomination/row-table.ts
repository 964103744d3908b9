import type { Form } from './form.js';
import { MIN_SCORE } from './labels.js';
import { labelUnit } from './parsers/label-unit.js';
import { cellsOf, headerScore, partingOf } from './table.js';

/**
 * A table of label/value rows under a header of its own words, with more columns than the two
 * ("| 项目 | 数值 | 备注 |" over "| 年产值 | 约96亿元 | 含育苗 |"): each row becomes a label and its
 * value on a line of their own, read as labelled lines are; what a note column says is no answer
 * and is quoted back. A table with two columns of values (two years) is left as typed: which one is
 * meant is not for the reader to guess.
 */

/** A header cell over notes, not values. */
const NOTE_HEADER = /^(?:备注|说明|注|附注|注释|来源|数据来源|统计口径|口径|时间|截止时间|统计时间)$/u;
/** Of the rows under such a header, at least this many start with a field's label. */
const NAMED_ROWS_MIN = 2;

export interface RowTable {
  text: string;
  /** The note cells, as typed: said back as not understood. */
  notes: string[];
}

export function withRowTablesRead(form: Form, text: string): RowTable {
  const lines = text.split('\n');
  const notes: string[] = [];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    const parting = partingOf(line);
    const header = parting === 'bar' || parting === 'tab' ? cellsOf(line, parting) : [];
    const valueAt = header.length >= 3 ? valueColumn(form, header) : undefined;
    const rows: string[][] = [];
    for (let j = i + 1; valueAt !== undefined && j < lines.length; j += 1) {
      const next = lines[j] as string;
      if (partingOf(next) !== parting) break;
      const cells = cellsOf(next, parting);
      if (cells.length !== header.length) break;
      rows.push(cells);
    }
    const named = rows.filter((row) => headerScore(form, row[0] ?? '') >= MIN_SCORE).length;
    if (valueAt === undefined || named < NAMED_ROWS_MIN) {
      out.push(line);
      continue;
    }
    const joint = parting === 'tab' ? '\t' : ' | ';
    // (the header row says what the columns are; only a unit it gives is kept, for the figures under it)
    if (labelUnit(header[valueAt] ?? '').unit) out.push([header[0], header[valueAt]].join(joint));
    for (const row of rows) {
      out.push([row[0], row[valueAt]].join(joint));
      notes.push(...row.filter((cell, at) => at !== 0 && at !== valueAt && cell));
    }
    i += rows.length;
  }
  return { text: out.join('\n'), notes };
}

/** The one column of values in a header whose first cell names no field, when all its others are notes. */
function valueColumn(form: Form, header: string[]): number | undefined {
  if (headerScore(form, header[0] ?? '') >= MIN_SCORE) return undefined;
  const values = header.map((cell, at) => (at > 0 && !NOTE_HEADER.test(cell.trim()) ? at : -1)).filter((at) => at > 0);
  if (values.length !== 1) return undefined;
  const [at] = values as [number];
  return headerScore(form, header[at] ?? '') < MIN_SCORE ? at : undefined;
}
