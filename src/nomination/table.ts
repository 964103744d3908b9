import type { Form } from './form.js';
import { fieldsNamedIn, matchLabel, MIN_SCORE } from './labels.js';
import { labelUnit, withUnit } from './parsers/label-unit.js';

/**
 * A table pasted from Excel, Word or Markdown: a header row of the officer's own labels
 * ("名称	省份	保护类型	注册号", "年产值（亿元）  出口额（万美元）", "| 名称 | 省份 |") over a row of
 * values, cells parted by tabs, wide gaps or bars. Each value is its column's: the header's label
 * and unit go with it. (A table of label/value rows is read as labelled lines, see block.ts.)
 */

/** One value of a table, under its column's label and the unit the header writes. */
export interface TableCell {
  label: string;
  unit?: string;
  value: string;
  /** The header cell as typed: what is quoted when the value cannot be read. */
  header: string;
}

/** The tables found in a message: their cells, what is under no header, and the other lines. */
export interface Tables {
  cells: TableCell[];
  /** Rows of values under one header when there are several (a draft holds one value per field), values under an empty header cell. */
  extra: string[];
  rest: string;
}

/** A header cell names a field this clearly (one of its names, or ending in one). */
const HEADER_SCORE = 70;
/** Of a header row, at least this many cells name a field clearly… */
const HEADER_NAMED_MIN = 2;
/** …and no cell is longer than a label. */
const HEADER_CELL_MAX = 16;
/** "2023年产值（亿元）": a year in front of a column's label. */
const YEAR_LEAD = /^(?:19|20)\d{2}\s*年度?(?:的)?/u;
/** A column of the year the figures are of: "年度 | 2022". */
const YEAR_COLUMN = /^(?:统计)?(?:年度|年份|年)$/u;
const YEAR_VALUE = /^(?:19|20)\d{2}\s*(?:年度?)?$/u;
/** A Markdown table's rule under its header: "|---|:---:|". */
const RULE = /^[\s|｜:：\-—–=]+$/u;
const BAR = /[|｜]/u;

/** How a row's cells are parted: each tab one boundary (an empty cell stays), else bars, else wide gaps, else single spaces. */
export type Parting = 'tab' | 'bar' | 'gap' | 'space';

export function partingOf(line: string): Parting {
  if (line.includes('\t')) return 'tab';
  if (BAR.test(line)) return 'bar';
  return /[ ]{2,}|\u3000/u.test(line.trim()) ? 'gap' : 'space';
}

export function cellsOf(line: string, parting: Parting): string[] {
  switch (parting) {
    case 'tab':
      return line.replace(/[\r\n]+$/u, '').split('\t').map((c) => c.trim());
    case 'bar':
      return line.trim().replace(/^[|｜]|[|｜]$/gu, '').split(BAR).map((c) => c.trim());
    case 'gap':
      return line.trim().split(/[ ]{2,}|[ ]*\u3000+[ ]*/u);
    case 'space':
      return line.trim().split(/[ ]+/u);
  }
}

/** A header cell's label (its unit and a year in front taken off) and how clearly it names a field. */
export function headerScore(form: Form, cell: string): number {
  const { label } = labelUnit(cell);
  const words = label.replace(YEAR_LEAD, '');
  if (!words || [...words].length > HEADER_CELL_MAX || /[\d，,。；;：:！!？?]/u.test(words)) return -1;
  return matchLabel(form, words)[0]?.score ?? 0;
}

/**
 * Whether `cells` are a header row: two or more cells and every one shaped as a label, at least two
 * naming a field clearly — and every one (but one of four or more) naming some field when cells are
 * parted by single spaces, as words are.
 */
function isHeader(form: Form, cells: string[], parting: Parting): boolean {
  if (cells.length < 2) return false;
  const scores = cells.map((c) => (c ? headerScore(form, c) : parting === 'tab' ? 0 : -1));
  if (scores.some((s) => s < 0)) return false;
  // (of four or more, one cell may be the officer's own word: "名称 省份 保护类型 编号")
  if (parting === 'space' && scores.filter((s) => s < MIN_SCORE).length > (cells.length >= 4 ? 1 : 0)) return false;
  // (labels and their values in turn are a row of pairs: "地理标志名称 | 宣威火腿 | 所在省份 | 云南")
  const pairs = cells.length % 2 === 0 && scores.every((s, at) => (at % 2 === 0 ? s >= HEADER_SCORE : s < MIN_SCORE));
  return !pairs && scores.filter((s) => s >= HEADER_SCORE).length >= HEADER_NAMED_MIN;
}

/** The row under a header, as cells, when it has the header's cells (a tab row may end early: its last cells empty). */
function valuesUnder(form: Form, header: string[], line: string, parting: Parting): string[] | undefined {
  if (!line.trim() || partingOf(line) !== parting && !(parting === 'space' && partingOf(line) === 'gap')) return undefined;
  const cells = cellsOf(line, parting === 'space' ? 'space' : parting);
  if (isHeader(form, cells, parting)) return undefined;
  if (cells.length === header.length) return cells;
  return parting === 'tab' && cells.length < header.length && cells.length >= 1 ? [...cells, ...new Array<string>(header.length - cells.length).fill('')] : undefined;
}

/** The tables of `text`, one-line tables already put on lines (see the file comment); undefined when it holds none. */
export function findTables(form: Form, text: string): Tables | undefined {
  if (!/\n/u.test(text)) return undefined;
  const lines = text.split(/\r?\n/u);
  const out: Tables = { cells: [], extra: [], rest: '' };
  const rest: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const parting = partingOf(line);
    const header = cellsOf(line, parting);
    let next = i + 1;
    while (parting === 'bar' && RULE.test(lines[next] ?? '') && (lines[next] ?? '').trim()) next += 1;
    const first = isHeader(form, header, parting) ? valuesUnder(form, header, lines[next] ?? '', parting) : undefined;
    if (!first) {
      rest.push(line);
      continue;
    }
    // (a caption over the table may give the unit of its figures: "【产业数据】（单位：亿元）")
    const captionUnit = tableUnitOf(form, rest.at(-1));
    if (captionUnit?.caption) rest.pop();
    const rows = [first];
    i = next;
    for (let row = valuesUnder(form, header, lines[i + 1] ?? '', parting); row; row = valuesUnder(form, header, lines[i + 1] ?? '', parting)) {
      rows.push(row);
      i += 1;
    }
    // (rows of values under one header, a year's each or a product's each: which one is meant is not for the reader to guess,
    // unless the words around the table name one row's year: "按2022年那行填")
    const named = rows.length > 1 ? rowOfYearNamed(header, rows, [...rest, ...lines.slice(i + 1)].join('\n')) : undefined;
    if (named) rows.splice(0, rows.length, named);
    if (rows.length > 1) {
      out.extra.push(...rows.map((row) => row.filter(Boolean).join(' ')));
      continue;
    }
    const only = rows[0] ?? first;
    header.forEach((cell, at) => {
      const { label, unit = captionUnit?.unit } = labelUnit(cell);
      const value = only[at] ?? '';
      // (a value under an empty header cell is under no label: reported, never guessed; the year a row is of dates the row, no field)
      if (YEAR_COLUMN.test(label) && YEAR_VALUE.test(value)) return;
      if (value && !cell) out.extra.push(value);
      else if (value) out.cells.push({ label: label.replace(YEAR_LEAD, ''), ...(unit ? { unit } : {}), value, header: cell });
    });
  }
  if (out.cells.length + out.extra.length === 0) return undefined;
  out.rest = rest.join('\n').trim();
  return out;
}

/**
 * Rows of barred cells typed on one line, parted by semicolons ("名称 | 省份 ； 赣南脐橙 | 江西省") or by
 * bars met twice where a pasted table lost its line breaks ("| 年产值 | 96亿 || 从业人员 | 4万 |").
 */
const ROW_BREAK = /\s*(?:[；;]|(?<=[|｜])(?=[|｜]))\s*/u;
/** Words before a table on its line, up to a colon: "我直接贴表格里的：", "2022年主要指标（单位：亿元）：". */
const LEAD = /^([^|｜\t\n]*?)[：:]\s*(?=[^|｜\t\n：:]*[|｜\t])/u;
/** A unit said for the whole table: "（单位：亿元）", "单位：万元". */
const TABLE_UNIT = /[（(]?单位[：:]\s*([^）)，,；;\s]+)[）)]?/u;

/** The unit a line over a table gives its figures, and whether the line is only a caption (it names no field). */
function tableUnitOf(form: Form, line: string | undefined): { unit: string; caption: boolean } | undefined {
  const unit = line === undefined ? undefined : TABLE_UNIT.exec(line)?.[1];
  return unit && line !== undefined ? { unit, caption: fieldsNamedIn(form, line.replace(TABLE_UNIT, '')).length === 0 } : undefined;
}

/**
 * A header and its row typed on one line become two lines: rows of barred cells parted by
 * semicolons ("名称 | 省份 ； 赣南脐橙 | 江西省"), or twice as many cells as a header has, the
 * header first ("地标名称	省份	岷县当归	甘肃", "年产值  从业人数  215亿元  8.6万人", where a chat box lost the line break). Words before the
 * table that name a field go on a line of their own, and a unit they give goes to every header cell naming none.
 */
export function withInlineRows(form: Form, text: string): string {
  return text
    .split(/\r?\n/u)
    .map((line) => {
      const parting = partingOf(line);
      if (parting === 'space') return line;
      const lead = LEAD.exec(line);
      const table = lead ? line.slice(lead[0].length) : line;
      const rows = rowsOf(form, table, parting);
      if (!rows) return line;
      const unit = lead ? TABLE_UNIT.exec(lead[1] ?? '')?.[1] : undefined;
      const [header = [], ...values] = rows;
      const named = unit ? header.map((cell) => (/[（(]/u.test(cell) ? cell : `${cell}（${unit}）`)) : header;
      const joint = parting === 'tab' ? '\t' : parting === 'gap' ? '  ' : ' | ';
      // (a caption naming no field, "Excel里复制的", "2022年主要指标", says what the table is, and goes)
      const kept = lead && (fieldsNamedIn(form, lead[1] ?? '').length > 0 || matchLabel(form, lead[1] ?? '').length > 0) ? [lead[1]] : [];
      return [...kept, ...[named, ...values].map((row) => row.join(joint))].join('\n');
    })
    .join('\n');
}

/** The rows of a one-line table, as cells; undefined when the line is no header with its rows. */
function rowsOf(form: Form, table: string, parting: Parting): string[][] | undefined {
  const ruled = parting === 'bar' ? ruledRows(table) : undefined;
  if (ruled) return ruled;
  if (parting === 'bar' && ROW_BREAK.test(table)) {
    const rows = table.split(ROW_BREAK).filter((row) => row.trim()).map((row) => cellsOf(row, 'bar'));
    const width = rows[0]?.length ?? 0;
    return rows.length >= 2 && width >= 2 && rows.every((row) => row.length === width) ? rows : undefined;
  }
  const cells = cellsOf(table, parting);
  const half = cells.length / 2;
  if (!Number.isInteger(half) || half < 2) return undefined;
  const [header, row] = [cells.slice(0, half), cells.slice(half)];
  // (the second half is values: none names a field clearly, and some name none at all)
  const values = row.every((cell) => headerScore(form, cell) < HEADER_SCORE) && row.some((cell) => headerScore(form, cell) < MIN_SCORE);
  return isHeader(form, header, parting) && values ? [header, row] : undefined;
}

/** A Markdown table's rule typed inline: "|---|:---:|". */
const INLINE_RULE = /[|｜](?:\s*:?-{3,}:?\s*[|｜])+/u;

/**
 * "| 项目 | 内容 | |---|---| | 名称 | 奉节脐橙 | | 省份 | 重庆 |": a Markdown table whose line breaks were
 * lost; its rule tells how many cells a row has, so a gap between two bars ends a row, not an empty cell.
 */
function ruledRows(table: string): string[][] | undefined {
  const rule = INLINE_RULE.exec(table);
  if (!rule) return undefined;
  const width = rule[0].split(/[|｜]/u).length - 2;
  const rows = [table.slice(0, rule.index), table.slice(rule.index + rule[0].length)]
    .flatMap((part) => part.split(/(?<=[|｜])\s+(?=[|｜])/u))
    .filter((row) => row.trim().replace(/[|｜]/gu, '').trim())
    .map((row) => cellsOf(row, 'bar'));
  return width >= 2 && rows.length >= 2 && rows.every((row) => row.length === width) ? rows : undefined;
}

/** A pasted row's cells, parted as its line is (tabs, bars or gaps); a line parted by single spaces is one cell. */
const rowCells = (line: string): string[] => {
  const parting = partingOf(line);
  return parting === 'space' ? [line.trim()] : cellsOf(line, parting);
};

/**
 * "项目<tab>金额（万元）" over "年产值<tab>98600": the unit in a two-column header's value cell goes
 * to each row's bare figure under it, down to the first line that is no such row.
 */
export function withColumnUnits(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const header = rowCells(lines[i] as string);
    const unit = header.length === 2 && !/\d/u.test(header[0] as string) ? labelUnit(header[1] as string).unit : undefined;
    if (!unit) continue;
    for (let j = i + 1; j < lines.length; j += 1) {
      const row = rowCells(lines[j] as string);
      if (row.length !== 2 || !row[0] || /\d/u.test(row[0]) || labelUnit(row[0]).unit) break;
      const figure = withUnit(row[1] as string, unit);
      if (figure !== row[1]) lines[j] = `${row[0]}\t${figure}`;
    }
  }
  return lines.join('\n');
}

/** The one row whose year (under a year column) the words around the table name, as in "按2022年那行". */
function rowOfYearNamed(header: readonly string[], rows: readonly string[][], around: string): string[] | undefined {
  const column = header.findIndex((cell) => YEAR_COLUMN.test(labelUnit(cell).label));
  if (column < 0) return undefined;
  const named = new Set([...around.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年?(?:度)?(?:的|那|这)/gu)].map((m) => m[1]));
  const matching = rows.filter((row) => named.has((row[column] ?? '').replace(/\D/gu, '')));
  return matching.length === 1 ? matching[0] : undefined;
}
