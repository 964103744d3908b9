/**
 * A table pasted from Word one cell per line: a header ("指标", then a cell per year column) and
 * under it each row as its label line and one line per column ("年产值（亿元）\n26.1\n28.6"). Read
 * line by line, the figures of every year fall to whatever label is near, so the table is read as
 * what it is: each row's label with its figure in the newest year's column, as "label：figure".
 */

/** The header's first cell: the column of the rows' labels. */
const LABEL_HEAD = /^(?:指标|项目|指标名称|项目名称|名称|类别|内容)$/u;
/** A year column's head: "2025年", "2024年度". */
const YEAR_HEAD = /^((?:19|20)\d{2})\s*年度?(?:数据)?$/u;
/** A cell holding a figure, or nothing ("—", "/"). */
const FIGURE_CELL = /^(?:[\d.,]+%?|[—\-－/／]|无)$/u;

export function withCellLinesRead(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  const at = lines.findIndex((line) => LABEL_HEAD.test(line.trim()));
  if (at < 0) return text;
  const years: number[] = [];
  for (let i = at + 1; i < lines.length && YEAR_HEAD.test((lines[i] as string).trim()); i += 1) years.push(Number(YEAR_HEAD.exec((lines[i] as string).trim())?.[1]));
  if (years.length < 2) return text;
  const newest = years.indexOf(Math.max(...years));
  const rows: string[] = [];
  let i = at + 1 + years.length;
  for (; i + years.length < lines.length + 1; i += 1 + years.length) {
    const label = (lines[i] ?? '').trim();
    const cells = lines.slice(i + 1, i + 1 + years.length).map((c) => c.trim());
    if (!label || FIGURE_CELL.test(label) || cells.length < years.length || !cells.every((c) => FIGURE_CELL.test(c))) break;
    const figure = cells[newest] as string;
    if (/^[\d.,]+%?$/u.test(figure)) rows.push(`${label}：${figure}`);
  }
  if (rows.length === 0) return text;
  return [...lines.slice(0, at), ...rows, ...lines.slice(i)].join('\n');
}
