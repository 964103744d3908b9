import type { Form } from './form.js';
import { matchLabel, MIN_SCORE } from './labels.js';

/**
 * A table pasted one row per message: the header row alone ("年产值	出口额	从业人数") is kept, and
 * the next message with as many cells is read under it, as if both rows had come together.
 */

/** Where a pasted row's cells part: a tab, a bar, or two or more spaces. */
const CELL_BREAK = /\t|[|｜]|\s{2,}/u;
const MIN_CELLS = 2;

const cellsOf = (text: string): string[] | undefined => {
  const line = text.trim();
  if (line.includes('\n')) return undefined;
  const cells = line.split(CELL_BREAK).map((c) => c.trim()).filter(Boolean);
  return cells.length >= MIN_CELLS ? cells : undefined;
};

/** The cells of a header row sent alone: each a field's name, none a figure, none a labelled value ("类别：茶叶"). */
export function headerRow(form: Form, text: string): string[] | undefined {
  const cells = cellsOf(text);
  if (!cells || cells.some((c) => /\d/u.test(c) || /[：:]\s*\S/u.test(c))) return undefined;
  return cells.every((c) => (matchLabel(form, c)[0]?.score ?? 0) >= MIN_SCORE) ? cells : undefined;
}

/** The row under the header kept, both as one pasted table; undefined when the cells do not line up. */
export function underHeader(header: readonly string[], text: string): string | undefined {
  const cells = cellsOf(text);
  return cells?.length === header.length ? `${header.join('\t')}\n${cells.join('\t')}` : undefined;
}
