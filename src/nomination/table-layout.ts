import type { Form, FormField } from './form.js';
import { matchLabel, MIN_SCORE } from './labels.js';
import { parseNumber } from './parsers/numbers.js';

/**
 * What a pasted table's layout adds around the form's data: a serial-number column ("13\t从业人员（人）\t81500"),
 * a header row naming only the columns ("序号\t项目\t内容"), and item numbers that point back at a
 * row ("第14项抄错了"), which are the form's own numbers (the dialog asks 【14/21】).
 */

/** A serial number alone in its cell: "13", "13.", "十三、", "（4）". */
const SERIAL = /^(?:[（(]\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[)）]|[.、．])?$/u;
/** A column's name made only of words that name no field: "序号", "指标名称", "填报内容". */
const LAYOUT_CELL = /^(?:序号|编号|项目|栏目|指标|名称|内容|填报|填写|数值|数据|数量|单位|备注|说明|情况|具体|基本|年度)+$/u;

/** A row's first two cells: what stands before the first break, the break, and the next cell. */
const FIRST_CELLS = /^(\s*)(\S+?)([ \t\u3000|｜]+)([^ \t\u3000|｜]+)/u;

/** A figure's unit in a cell of its own, after the figure's: "52.3\t亿元" is 52.3亿元. */
const UNIT_CELL = /(\d)(?:\t+|[|｜]|[ \u3000]{2,})(亿元|万元|千元|元|亿美元|万美元|美元|万人|人|家|个|户|%|％|元\/人|万元\/人)(?=\t|[|｜]|[ \u3000]{2,}|\s*$)/gu;

export const withUnitCellsJoined = (text: string): string => text.replace(UNIT_CELL, '$1$2');

/** The row without its serial-number cell, when the cell after it names a field; the text as typed otherwise (line by line). */
export function withoutSerialCells(form: Form, text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const cells = FIRST_CELLS.exec(line);
      if (!cells || !SERIAL.test(cells[2] ?? '') || (matchLabel(form, cells[4] ?? '')[0]?.score ?? 0) < MIN_SCORE) return line;
      // ("13 从业人员": a figure before a field's name; a serial number has the value after the name)
      if (!line.slice(cells[0].length).trim()) return line;
      return line.slice((cells[1]?.length ?? 0) + (cells[2]?.length ?? 0) + (cells[3]?.length ?? 0));
    })
    .join('\n');
}

/** A header row of layout words only ("序号\t项目\t内容"): the rows after it are the form's data. */
export function isLayoutHeader(text: string): boolean {
  const line = text.trim();
  if (line.includes('\n')) return false;
  const cells = line.split(/[\s|｜]+/u).filter(Boolean);
  return cells.length >= 2 && cells.every((c) => LAYOUT_CELL.test(c));
}

/** "第14项", "第（四）项", "序号13", "第9行": the form's field at that item number. */
const ITEM = /^(?:第|序号)\s*[（(]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]?\s*(?:项|行|条|栏)?(?:(?:那|这)一?[项行条栏个]?)?(?:的|里的)?(?:数字?|数据|数值|值)?$/u;

export function fieldAtItem(form: Form, phrase: string): FormField | undefined {
  const number = ITEM.exec(phrase.trim())?.[1];
  const n = number === undefined ? undefined : parseNumber(number);
  return n !== undefined && Number.isInteger(n) && n >= 1 ? form.fields[n - 1] : undefined;
}
