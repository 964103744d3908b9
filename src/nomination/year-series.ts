import { figuresOf, type Said } from './figures-said.js';

/**
 * "2020年125亿元，2021年138亿元，2022年151.6亿元": one field's figures year by year, never answers to
 * fields in a row. The series is read as the figure of the year the writer points at ("就填2022年那个",
 * "去年（2022年）72万人"), else of its latest year.
 */

/** A year said in front of a figure: "2021年", "去年（2022年）", "2022年度是". */
const YEAR_BEFORE = /(去年|前年|今年)?[（(]?((?:19|20)\d{2})年度?[）)]?(?:的?(?:是|为|有|达到?)|[:：])?[ \t\u3000]*$/u;
/** What may part one year's figure from the next year's. */
const BETWEEN = /^[ \t\u3000]*[，,、；;][ \t\u3000]*$/u;
/** The year the writer says to take: "就填2022年那个", "按2022年的报", "用2022年的数". */
const POINTED = /(?:填|按|用|报|取|要)(?:的是)?[ \t\u3000]*((?:19|20)\d{2})年度?(?:的|那个|那列|那一列|的数|数据)?/u;

interface Entry {
  year: number;
  lastYear: boolean;
  /** where the year's words begin */
  start: number;
  figure: Said;
}

function entriesOf(text: string): Entry[] {
  const out: Entry[] = [];
  for (const figure of figuresOf(text)) {
    if (figure.phone) continue;
    const said = YEAR_BEFORE.exec(text.slice(0, figure.start));
    if (!said) continue;
    out.push({ year: Number(said[2]), lastYear: said[1] === '去年', start: figure.start - said[0].length, figure });
  }
  return out;
}

/** Runs of two or more entries of distinct years, each right after the one before. */
function seriesOf(text: string, entries: Entry[]): Entry[][] {
  const runs: Entry[][] = [];
  for (const entry of entries) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && BETWEEN.test(text.slice(last.figure.end, entry.start)) && !run.some((e) => e.year === entry.year)) run.push(entry);
    else runs.push([entry]);
  }
  // (a figure without its unit word is of the sort the others name: "2021年是83亿，2022年是92.6亿元")
  return runs.filter((run) => run.length >= 2 && new Set(run.map((e) => e.figure.sort).filter(Boolean)).size <= 1);
}

export function withYearSeriesRead(text: string): string {
  if (!/(?:19|20)\d{2}年/u.test(text)) return text;
  const series = seriesOf(text, entriesOf(text));
  if (series.length === 0) return text;
  const pointed = Number(POINTED.exec(text)?.[1] ?? NaN);
  let out = text;
  // from the end, so earlier positions stay
  for (const run of [...series].reverse()) {
    const chosen =
      run.find((e) => e.year === pointed) ?? run.find((e) => e.lastYear) ?? run.reduce((latest, e) => (e.year > latest.year ? e : latest));
    const first = run[0] as Entry;
    const last = run.at(-1) as Entry;
    out = out.slice(0, first.start) + text.slice(chosen.figure.start, chosen.figure.end) + out.slice(last.figure.end);
  }
  return out;
}
