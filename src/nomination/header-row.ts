import type { Form } from './form.js';
import { matchLabel, MIN_SCORE } from './labels.js';
import { parseField } from './parsers/index.js';

/**
 * A table pasted one row per message: the header row alone ("年产值	出口额	从业人数") is kept, and
 * the next message with as many cells is read under it, as if both rows had come together.
 */

/** Where a pasted row's cells part: a tab, a bar, or two or more spaces. */
const CELL_BREAK = /\t|[|｜]|\s{2,}/u;
const MIN_CELLS = 2;
const SERIAL_HEADER = /^(?:序号|编号|序)$/u;
const SERIAL_CELL = /^\d{1,3}[.、．]?$/u;

const cellsOf = (text: string): string[] | undefined => {
  const line = text.trim();
  if (line.includes('\n')) return undefined;
  const cells = line.split(CELL_BREAK).map((c) => c.trim()).filter(Boolean);
  return cells.length >= MIN_CELLS ? cells : undefined;
};

/** The cells of a header row sent alone: each a field's name, none a figure, none a labelled value ("类别：茶叶"). */
export function headerRow(form: Form, text: string): string[] | undefined {
  // ("序号\t地理标志名称\t所在省份": the serial-number column is no field; its cell in the row is dropped with it)
  const cells = cellsOf(text)?.filter((c, i) => i > 0 || !SERIAL_HEADER.test(c));
  if (!cells || cells.some((c) => /\d/u.test(c) || /[：:]\s*\S/u.test(c))) return undefined;
  if (!cells.every((c) => (matchLabel(form, c)[0]?.score ?? 0) >= MIN_SCORE)) return undefined;
  // "地域范围\t江西省上饶市婺源县现辖行政区域": a field's name and its value are a pair, not a header
  const [name = '', value = ''] = cells;
  const named = cells.length === 2 ? matchLabel(form, name)[0]?.field : undefined;
  return named && parseField(named, value).ok ? undefined : cells;
}

/** The row under the header kept, both as one pasted table; undefined when the cells do not line up. */
export function underHeader(header: readonly string[], text: string): string | undefined {
  const typed = cellsOf(text);
  const cells = typed?.length === header.length + 1 && SERIAL_CELL.test(typed[0] ?? '') ? typed.slice(1) : typed;
  return cells?.length === header.length ? `${header.join('\t')}\n${cells.join('\t')}` : undefined;
}
