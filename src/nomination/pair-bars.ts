import type { Form } from './form.js';
import { leadingName, matchLabel } from './labels.js';
import { labelOf } from './segment.js';

/**
 * A vertical bar (| ｜ ¦) or a slash between two labelled pairs parts them as a comma does:
 * "产值 58亿元｜出口 1.2亿元", "从业人员 6.5万人/用标企业 142家". Only where the text on both sides
 * is a pair of its own (a field's name, then a value): a table row "名称 | 五常大米" keeps its bar
 * between label and value, and "元/亩", "1/2", "2023/5/1", "0774-3821234/13900001111" stay as typed.
 */

/** Candidate separators, and the boundaries that end the text on either side of one. */
const SEPARATOR = /[|｜¦]|(?<!\d)[/／]|[/／](?!\d)/gu;
const CELL_END = /[|｜¦/／\r\n；;。]|\\n/u;
const CELL_ENDS = new RegExp(CELL_END.source, 'gu');
/** A label before a space or colon must name a field this clearly. */
const PAIR_SCORE = 70;

/** Whether `cell` is "label value": a field's name at its start (after lead words), then a value. */
function isPair(form: Form, cell: string): boolean {
  const text = cell.trim();
  const read = labelOf(form, text);
  if (read.label === undefined || !read.value.trim()) return false;
  const named = read.labelKind === 'colon' || leadingName(form, text) !== undefined;
  return named && (matchLabel(form, read.label)[0]?.score ?? 0) >= PAIR_SCORE;
}

/** A cell that is a field's name and nothing else ("名称", "从业人员"): its value is the next cell. */
const isBareLabel = (form: Form, cell: string): boolean => labelOf(form, cell.trim()).label === undefined && (matchLabel(form, cell.trim())[0]?.score ?? 0) >= PAIR_SCORE;

/** A row of this many cells or more, some labelled, none a bare label, lists answers: every bar parts them. */
const ROW_CELLS = 4;
const BARS = /[|｜¦]/u;

/**
 * "地标叫杏花村汾酒｜山西｜地理标志产品｜地域：…｜申报单位：…": a line of several bar-parted cells,
 * some labelled and none a field's name alone, is a list of answers, parted as commas part them.
 */
function isAnswerRow(form: Form, line: string): boolean {
  const cells = line.split(BARS);
  return cells.length >= ROW_CELLS && cells.some((c) => isPair(form, c)) && !cells.some((c) => isBareLabel(form, c));
}

/** The text with every bar or slash between two pairs turned into a line break. */
export function barsBetweenPairs(form: Form, text: string): string {
  const at = [...text.matchAll(SEPARATOR)].map((m) => m.index ?? 0);
  if (at.length === 0) return text;
  const parted = new Set<number>();
  const rows = new Map<number, boolean>();
  const inAnswerRow = (i: number): boolean => {
    if (!BARS.test(text[i] ?? '')) return false;
    const start = text.lastIndexOf('\n', i) + 1;
    if (!rows.has(start)) {
      const end = text.indexOf('\n', i);
      rows.set(start, isAnswerRow(form, text.slice(start, end < 0 ? undefined : end)));
    }
    return rows.get(start) === true;
  };
  for (const i of at) {
    const before = text.slice(0, i);
    const start = Math.max(0, ...[...before.matchAll(CELL_ENDS)].map((m) => (m.index ?? 0) + m[0].length));
    const rest = text.slice(i + 1);
    const end = rest.search(CELL_END);
    const after = end < 0 ? rest : rest.slice(0, end);
    if ((isPair(form, before.slice(start)) && isPair(form, after)) || inAnswerRow(i)) parted.add(i);
  }
  // (indexes count UTF-16 units, as split('') does; joining puts any surrogate pair back together)
  return parted.size === 0 ? text : text.split('').map((c, i) => (parted.has(i) ? '\n' : c)).join('');
}
