import type { Form } from './form.js';
import { matchLabel, MIN_SCORE } from './labels.js';
import { findFigure } from './segment.js';
import { parseField } from './parsers/index.js';
import { cellsOf } from './table.js';

/**
 * The shapes of a pasted block, rewritten to one "label：value" pair per line before the message
 * is split into clauses: 【label】value, table rows "label | value", "label——value" lines, a heading
 * line over its content ("三、已采取的扶持措施" then the items), numbered pairs ("1.名称：…"), wide
 * gaps. Only what parts pairs is touched: a numbered list that is a value keeps its numbers, line
 * breaks and spaces as typed.
 */

/** A line break, also typed as the two characters "\n" (chat boxes that send on Enter make people write it). */
export const LINE_BREAK = /\r?\n|\\n/u;

/** An item's number or bullet: "1.", "2、", "（3）", "(4)", "5)", "三、", "①", "•". */
export const MARK = String.raw`(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．)）](?!\d)|[\u2460-\u2473]|[•·●▪■◆\-*](?=[ \t]))`;
/** The number or bullet opening a clause. */
export const LEADING_MARK = new RegExp(`^\\s*${MARK}\\s*`, 'u');

/** An item's number or bullet at the start of the message, of a line or after ；。 */
const LIST_ITEM = new RegExp(`(?:^|\\r?\\n|\\\\n|[；;。])\\s*${MARK}`, 'gu');

/** Whether `text` is a list of two or more numbered or bulleted items. */
export const isList = (text: string): boolean => (text.match(LIST_ITEM) ?? []).length >= 2;

/** An item's number or bullet where a pasted item may start. */
const ITEM = new RegExp(`(^|\\r?\\n|\\\\n|[ \\t]+|[；;。，,])[ \\t\u3000]*${MARK}[ \\t\u3000]*`, 'gu');
/** What follows the number of a numbered pair: a label and a colon, or words and a space ("2.省份 海南"). */
const PAIR_AHEAD = /^(?:[^\r\n:：，,。；;]{1,16}[:：]|([^\s\d:：，,。；;]{1,12})[ \t]+\S)/u;
/** A label before a space must name a field this clearly. */
const SPACED_SCORE = 70;

/** A heading's number: 一、 （一） 第一部分 第三部分， … (an outline level, where items are numbered 1. 2.). */
const OUTLINE_MARK = /^\s*(?:[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}(?:(?:部分|章)[，,]|(?:部分|项|条|章)?[、.．:：\s]?))\s*/u;
/** A heading's words: short, no figure, no sentence or pair inside. */
const HEADING_WORDS = /^[^\d:：，,。；;、！!？?|｜—()（）《》]{2,16}$/u;
/** A heading that names a field must name it clearly (one of its names, or ending in one). */
const HEADING_SCORE = 70;

/** "名称——琼中绿橙": a dash after a short label at the start of a line. */
const DASH_PAIR = /(^|\r?\n|\\n)([^—\r\n:：]{1,16}?)[ \t]*(?:——|—|－－|--)[ \t]*(?=\S)/gu;
/** A wide gap between cells or pairs: tabs, two or more spaces, an ideographic space. */
const GAP = /\t+|[ \t]{2,}|[ \t]*\u3000+[ \t]*/gu;
/** The words in front of a gap, back to the boundary or gap before them. */
const BEFORE_GAP = /(?:^|[\r\n；;，,、。:：\t\u3000]|[ ]{2})((?:[^\r\n；;，,、。:：\t\u3000 ]|[ ](?![ ]))*)$/u;
/** An officer's own label at a line's start: a few words, no figure, no sentence. */
const OWN_LABEL = /^[^\d\s:：，,。；;、！!？?()（）《》]{2,10}$/u;
/** "| 1 | 名称 | 五常大米 |": a table's number cell in front of the label cell. */
const NUMBER_CELL = /(^|\r?\n|\\n)[ \t]*\d{1,3}[.、．]?[ \t]*[|｜][ \t]*/gu;

/**
 * Wide gaps (see GAP) part a label from its value where the words before the gap name a field
 * ("地理标志名称　安溪铁观音", "1.名称<tab>五常大米", "…；出口额　4500万美元"), and, in a table of two or more
 * such rows, none in its first line when that is a header ("序号　项目　内容": short cells without a
 * figure, none naming a field), which goes; a number cell's gap ("1<tab>名称") numbers the pair. Any
 * other gap parts pairs, as a line break does.
 */
function gapPairs(form: Form, text: string): string {
  const score = (words: string): number => (/\d/u.test(words.replace(LEADING_MARK, '')) ? 0 : (matchLabel(form, words.replace(LEADING_MARK, ''))[0]?.score ?? 0));
  const spans = [...text.matchAll(GAP)].map((gap) => ({ at: gap.index ?? 0, words: BEFORE_GAP.exec(text.slice(0, gap.index))?.[1]?.trim() ?? '' }));
  const rows = spans.filter((s) => score(s.words) >= SPACED_SCORE).length;
  const firstLine = text.search(/\r?\n|\\n/u);
  const headerCells = firstLine < 0 ? [] : text.slice(0, firstLine).trim().split(GAP);
  const header = rows >= 2 && firstLine >= 0 && spans[0] !== undefined && spans[0].at < firstLine && headerCells.every((cell) => /^[^\d\s]{1,8}$/u.test(cell) && score(cell) < SPACED_SCORE);
  // a header row ("序号　项目　内容") names the columns, not a field: it goes, so nothing reads or reports it
  const body = header ? text.slice(firstLine).replace(/^(?:\r?\n|\\n)/u, '') : text;
  return body.replace(GAP, (gap: string, at: number, all: string) => {
    const words = BEFORE_GAP.exec(all.slice(0, at))?.[1]?.trim() ?? '';
    const next = all[at + gap.length] ?? '';
    if (/[|｜]/u.test(next)) return ' ';
    if (/[:：\r\n]|^$/u.test(next)) return '\n';
    // (a row's number opens its line: "22<tab>用标企业" after another pair's label is that pair's value)
    if (/(?:^|\n)[ \t]*\d{1,3}[.、．]?$/u.test(all.slice(0, at)) && /[^\s\d]/u.test(next)) return '.';
    const named = score(words);
    // (in a block of such pairs, a line of the same shape pairs its own label — "3、保护形式　地理标志证明商标" —
    // for the pair's reader to name or report: its label is never left to be read as a value)
    const line = all.slice(all.lastIndexOf('\n', at - 1) + 1, at).replace(LEADING_MARK, '').trim();
    const own = words.replace(LEADING_MARK, '');
    if (named >= SPACED_SCORE || (rows >= 2 && line === own && OWN_LABEL.test(own))) return '：';
    // (words that name a field less clearly stay beside a figure after them for the clause's reader: "茶旅融合这块　5000万")
    return named >= MIN_SCORE && findFigure(all.slice(at + gap.length, at + gap.length + 12))?.index === 0 ? ' ' : '\n';
  });
}

/**
 * "申请人<tab>…发展中心 主管部门<tab>…监督管理局 产品类别<tab>茶叶": pairs whose label is parted from its
 * value by a tab and from the pair before by a space. The last word before each later tab is that
 * pair's label, an officer's own one too, so no label is read as part of the value before it.
 */
function tabPairsApart(form: Form, text: string): string {
  return text
    .split(/(\r?\n)/u)
    .map((line) => {
      const cells = line.split('\t');
      if (cells.length < 3 || (matchLabel(form, (cells[0] ?? '').trim())[0]?.score ?? 0) < SPACED_SCORE) return line;
      return cells
        .map((cell, i) => {
          if (i === 0 || i === cells.length - 1) return cell;
          const space = cell.trimEnd().lastIndexOf(' ');
          return space > 0 && OWN_LABEL.test(cell.slice(space + 1).trim()) ? `${cell.slice(0, space).trimEnd()}\n${cell.slice(space + 1).trim()}` : cell;
        })
        .join('\t');
    })
    .join('');
}

/** "一、已采取的扶持措施", "第三部分，下一年度工作计划": a numbered heading that names a field clearly. */
export function isNumberedFieldHeading(form: Form, line: string): boolean {
  const { outline, words, names } = headingOf(form, line);
  return outline !== null && names;
}

/** A line read as a heading: its outline number, its words (no colon) if heading-shaped, and whether they name a field clearly. */
function headingOf(form: Form, line: string): { outline: RegExpExecArray | null; words?: string; names: boolean } {
  const outline = OUTLINE_MARK.exec(line);
  const words = line.slice(outline?.[0].length ?? 0).trim().replace(/[:：]$/u, '').trim();
  if (!HEADING_WORDS.test(words)) return { outline, names: false };
  return { outline, words, names: (matchLabel(form, words)[0]?.score ?? 0) >= HEADING_SCORE };
}

/** The first clause of `text` is one of a choice field's options: "国家地理标志保护产品（2005年第148号公告）". */
const choiceAfter = (form: Form, text: string): boolean => {
  const clause = /^[^（(，,；;。\r\n]+/u.exec(text)?.[0].trim() ?? '';
  return clause !== '' && form.fields.some((f) => f.type === 'choice' && parseField(f, clause).ok);
};
const namesField = (form: Form, words: string): boolean => (matchLabel(form, words.replace(LEADING_MARK, ''))[0]?.score ?? 0) >= MIN_SCORE;

/**
 * Dashes part labels from values only in a pasted block of such lines; one line may be a sentence ("出台办法——每年安排…").
 * A line's one dash before an option of a choice parts two answers: "郫县豆瓣——国家地理标志保护产品".
 */
const dashBlock = (text: string): boolean => (text.match(DASH_PAIR) ?? []).length >= 2;

/**
 * A line with only a heading on it, over more lines, becomes "heading：" so that what follows is
 * its value: "三、已采取的扶持措施", "明年打算" (words naming a field), or the first line's outline
 * heading that names none ("一、基本情况", a heading only, dropped with nothing under it).
 */
function headings(form: Form, text: string): string {
  const parts = text.split(/(\r?\n|\\n)/u);
  for (let i = 0; i < parts.length; i += 2) {
    const line = parts[i] ?? '';
    if (!parts.slice(i + 2).some((rest, j) => j % 2 === 0 && rest.trim())) break;
    const { outline, words, names } = headingOf(form, line);
    if (words === undefined) continue;
    const firstOutline = i === 0 && outline !== null && [...words].length <= 10;
    if (names || firstOutline) parts[i] = `${words}：`;
  }
  return parts.join('');
}

/**
 * "年产值<tab>320<tab>亿元": a figure and its unit in cells of their own (a table's 数值 and 单位
 * columns) are one value; the gap between them parts nothing.
 */
const UNIT_CELL = /(?<=\d)(?:\t+|[ ]{2,}|[ \t]*\u3000+[ \t]*)(亿元|万元|元|万美元|美元|万人|人|家|个|户|亿|万|%|％)(?=[ \t\u3000]*(?:\r?\n|$))/gu;

/**
 * "地理范围 | 云南省…现辖行政区域 | 保护申请机构 | 文山州…中心": a row of cells that alternate a field's
 * name and its value, two pairs or more, is a line per pair (a free-text value never runs on over a bar).
 */
function alternatingCells(form: Form, text: string): string {
  return text
    .split(/(\r?\n)/u)
    .map((line) => {
      const cells = cellsOf(line, 'bar');
      if (cells.length < 4 || cells.length % 2 !== 0) return line;
      const labels = cells.filter((_, i) => i % 2 === 0);
      const named = labels.every((label) => !/\d/u.test(label) && (matchLabel(form, label)[0]?.score ?? 0) >= SPACED_SCORE);
      return named ? labels.map((label, i) => `${label}：${cells[2 * i + 1]}`).join('\n') : line;
    })
    .join('');
}

/** "■产业数据 2023年…", "五、联系方式 联系人：…": a section heading set off by a bullet or an outline number, then its contents. */
const SECTION_BULLETS = '■□●◆◇▲△►▶★☆※◎';
const SECTION_HEADING = new RegExp(
  `(^|\\r?\\n|\\\\n|[ \\t\\u3000])([${SECTION_BULLETS}]|[一二三四五六七八九十]{1,3}[、.．])[ \\t]*([^\\s\\d：:，,。；;${SECTION_BULLETS}]{2,8})(?:[ \\t\\u3000]+|[ \\t]*[：:][ \\t]*)`,
  'gu',
);
/** What a report's section is called: "产业发展情况", "基本信息", "主要成效". */
const SECTION_WORDS = /(?:情况|概况|信息|数据|指标|成效|现状|简介)$/u;
/** A labelled pair opening the text after a heading: "联系人：包文杰 …". */
const PAIR_OPENS = /^[^\s\d：:，,。；;]{1,10}[：:]/u;

/**
 * Section headings: one over labelled pairs only groups them ("五、联系方式 联系人：…") and goes; a
 * bulleted one naming a field labels what follows it ("◆工作计划 明年…"), one naming none goes.
 */
function sectionHeadings(form: Form, text: string): string {
  return text.replace(SECTION_HEADING, (whole: string, lead: string, mark: string, words: string, at: number, all: string) => {
    if (PAIR_OPENS.test(all.slice(at + whole.length))) return lead;
    const names = (matchLabel(form, words)[0]?.score ?? 0) >= HEADING_SCORE;
    // a numbered one is an item of a list ("一、加强品牌建设 …") unless its words say a section ("二、产业发展情况 …")
    if (/[、.．]$/u.test(mark)) return !names && SECTION_WORDS.test(words) ? lead : whole;
    return names ? `${lead}${words}：` : lead;
  });
}

/** Rewrites the pair shapes of a pasted block to "label：value" lines (see the file comment). */
export function splitPairs(form: Form, text: string): string {
  const dashes = dashBlock(text);
  const pairs = gapPairs(form, tabPairsApart(form, alternatingCells(form, sectionHeadings(form, text))).replace(UNIT_CELL, '$1'))
    .replace(/【([^【】\n]{1,16})】[ \t]*[:：]?[ \t]*/gu, '\n$1：')
    // cells that each hold a pair ("名称=五常大米 | 省份=黑龙江"): the bar parts two pairs, not a label from its value
    .replace(/(?<=[=＝:：][^|｜\r\n]*?)[ \t]*[|｜][ \t]*(?=[^|｜\r\n=＝:：]{1,16}[=＝:：])/gu, '\n')
    // "省份=福建", "品名＝X，所属省＝江苏": an equals sign after a label at a line's or clause's start is its colon
    .replace(/(^|\r?\n|\\n|[，,；;])[ \t]*([^=＝\r\n:：|｜，,；;]{1,16}?)[ \t]*[=＝][ \t]*(?=\S)/gu, '$1$2：')
    // a pasted table row "名称 | 五常大米" (or "| 名称 | 五常大米 |"): the bar parts the label from its value
    .replace(/(^|\r?\n|\\n)[ \t]*[|｜]|[ \t]*[|｜][ \t]*(?=\r?\n|\\n|$)/gu, '$1')
    .replace(NUMBER_CELL, '$1')
    .replace(/(^|\r?\n|\\n)[ \t]*([^|｜\r\n:：]{1,16}?)[ \t]*[|｜][ \t]*/gu, '$1$2：')
    .replace(DASH_PAIR, (pair: string, lead: string, label: string, at: number, all: string) =>
      dashes ? `${lead}${label}：` : choiceAfter(form, all.slice(at + pair.length)) && !namesField(form, label) ? `${lead}${label.replace(LEADING_MARK, '')}，` : pair,
    );
  return headings(form, pairs)
    .replace(/[ \t]+[/／][ \t]+/gu, '\n')
    .replace(ITEM, (item: string, lead: string, at: number, all: string) => {
      // an empty item on a line of its own over more lines ("一、" whose pair was read) numbers nothing
      if (/^(?:\r?\n|\\n)?$/u.test(lead) && /^(?:\r?\n|\\n)\s*\S/u.test(all.slice(at + item.length))) return lead;
      // a numbered pair ("… 2.省份：…", "2.省份 海南"): the number goes, the pair starts a line; other items keep theirs
      const ahead = PAIR_AHEAD.exec(all.slice(at + item.length));
      const pair = ahead !== null && (ahead[1] === undefined || (matchLabel(form, ahead[1])[0]?.score ?? 0) >= SPACED_SCORE);
      if (!pair) return item;
      return /^[ \t]+$/u.test(lead) ? '\n' : lead;
    })
    .replace(/[ \t]+(?=([^\s\d:：，,。；;、]{1,12})[:：])/gu, (space: string, after: string, at: number, all: string) => {
      // "扶持措施 科长念的：": a field's bare name, then words naming none (who told it), is one label
      const before = /[^\r\n，,。；;：:]*$/u.exec(all.slice(0, at))?.[0].trim() ?? '';
      const bare = !/[\s\d]/u.test(before) && (matchLabel(form, before.replace(LEADING_MARK, ''))[0]?.score ?? 0) >= SPACED_SCORE;
      return bare && !namesField(form, after) ? space : '\n';
    });
}
