import type { Form } from './form.js';
import { escapeRegExp } from '../text/regexp.js';
import { figuresOf } from './figures-said.js';

/**
 * Time words said with figures, set apart so no figure is read for the wrong thing:
 * - "2022年产值五十二个亿": the 年 after a year is the year's, not the first character of the
 *   field's name (年产值), which would leave the year standing alone as a figure; it is read as
 *   "2022年的产值…", the rest of the name being one the form knows as well;
 * - "…五十二个亿今年计划六十个亿", "… 2023年目标三十五亿": a target for a later year begins a clause
 *   of its own after a figure, never part of the figure before it.
 */

const byForm = new WeakMap<Form, RegExp | null>();

function yearBeforeName(form: Form): RegExp | null {
  if (byForm.has(form)) return byForm.get(form) ?? null;
  // the names that open with 年, without it: 产值 (年产值), 出口额 (年出口额), 度产值 (年度产值)
  const rests = [...new Set(form.fields.flatMap((f) => f.keywords).filter((k) => k.startsWith('年') && k.length > 2).map((k) => k.slice(1)))];
  const pattern = rests.length > 0 ? new RegExp(`(?<![\\d.])((?:19|20)\\d{2}年)(?=${rests.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`, 'gu') : null;
  byForm.set(form, pattern);
  return pattern;
}

function withYearApart(form: Form, text: string): string {
  const pattern = yearBeforeName(form);
  return pattern ? text.replace(pattern, '$1的') : text;
}

/** A time to come and a word of aiming: "今年计划", "2023年目标", "明年力争". */
const TARGET = /(?:今年|明年|下一?年度?|后年|(?:19|20)\d{2}年度?)的?(?:计划|目标|预计|力争|争取|打算|预期)/gu;
/** A number that numbers an item: "17.", "3、". */
const ITEM_NUMBER = /^\d+[.．、]$/u;
/** The most characters between the aim and its figure: "目标产值突破60亿". */
const AIM_REACH = 8;

/** "…五十二个亿今年计划六十个亿出口…": each target after a figure, with its own figure, is a clause of its own. */
function withTargetsApart(text: string): string {
  const figures = figuresOf(text);
  let out = '';
  let from = 0;
  for (const aim of text.matchAll(TARGET)) {
    const at = aim.index ?? 0;
    const end = at + aim[0].length;
    const own = figures.find((f) => f.start >= end && f.start - end <= AIM_REACH);
    // (an item's number before a label is no figure: "17.明年计划")
    const afterFigure = figures.some((f) => f.end <= at && !ITEM_NUMBER.test(text.slice(f.start, f.end)) && /^[ \t\u3000]*$/u.test(text.slice(f.end, at)));
    if (!own || !afterFigure || at < from) continue;
    const tail = /^[\p{Script=Han}\w]/u.test(text.slice(own.end)) ? '，' : '';
    out += `${text.slice(from, at).trimEnd()}，${text.slice(at, own.end)}${tail}`;
    from = own.end;
  }
  return out + text.slice(from);
}

export const withTimesApart = (form: Form, text: string): string => withTargetsApart(withYearApart(form, text));
