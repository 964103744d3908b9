import type { FormField } from '../form.js';
import { t } from '../../texts.js';
import { readLead, type LeadTag, type LeadWord } from './lead-words.js';
import { NUMBER_PATTERN, parseNumber } from './numbers.js';
import { fail, type ParseResult } from './result.js';

/**
 * One reader for every numeric value: [lead-in] figure [what follows], as officers type it —
 * "去年总共8.6亿左右", "从事枸杞种植和加工的有12万人左右", "比一般的高三成左右吧". Each kind of
 * value (money, count, percent) says which words may lead in (see lead-words.ts) and how to read
 * what follows the figure (its unit, "成五", "番"); the rest is the same for all: words of
 * approximation and particles at the end, "多/来/余" inside the figure ("八千来万", "两个多亿"),
 * and no second figure anywhere. A figure whose lead-in or unit belongs to something else is not
 * read: the field gets nothing rather than a number that is not its value.
 */

/** How a kind of value reads what follows its figure. */
export interface FigureKind {
  /** Words of the kind that may stand in the lead-in (besides the field's names and neutral words). */
  lead: readonly LeadWord[];
  /** Reads `rest` after the figure; undefined when it is not this kind's (another unit, more words). */
  after: (rest: string, tags: ReadonlySet<LeadTag>) => After | undefined;
}

export interface After {
  /** The unit word read ("美元", "%"), if any. */
  unit?: string;
  /** The value from the figure's number ("三成五" → 35); the number itself when absent. */
  value?: (n: number) => number | undefined;
  approximate?: boolean;
}

export interface Figure {
  /** The numeric expression as typed ("3.5亿", "一万二"). */
  expression: string;
  value: number;
  unit?: string;
  approximate: boolean;
  tags: ReadonlySet<LeadTag>;
}

/** Endings that only close the sentence ("5万元整": exactly so), and endings that make the figure approximate. */
const CLOSING = /(?:[。.!,;、~…]|呢|啊|呀|哈|哦|嘛|(?<=[元块人家个])整)$/u;
const APPROX_TAIL = /(?:[?+]|吧|应该|左右|上下|以上|以内|出头(?:一点|一些|点儿?)?|有余|多一点|多一些|多点|差不多|的样子|不到|不足|估计)$/u;
/** "按120%算", "以16.8亿为准": the words that settle on a figure say nothing of its size. */
const SETTLE_TAIL = /(?:来|去)?(?:算|计算|计|为准|来填|填报|填|报)(?:好了|就行|就好|吧)?$/u;
/**
 * "八千来万", "十多万", "一千二百余万": 来/多/余 inside the figure, before its scale; and 几 for the units
 * after the tens ("二十几个亿", "20几万"), read as 二十多 is, at the tens: the unknown digit is the last one.
 */
const APPROX_INSIDE = /([\d零一二两三四五六七八九十百千])(?:余|多|来|(?<=[十0]|\d0)几)(?=个?(?:千万|万|亿))/gu;
/** "两个多亿", "一个来亿". */
const APPROX_MEASURE = /个(?:余|多|来)(?=[万亿])/gu;
/** Digits with a leading zero are a code ("0774…"), and a bare mobile-shaped one is a phone number. */
const CODE = /^0\d/u;
const MOBILE = /^1[3-9]\d{9}$/u;
const FIGURES = new RegExp(NUMBER_PATTERN, 'gu');

/** What a figure is by the word after it: "12万人" is a number of people, whatever field it was typed for. */
const SORTS: Array<[sort: FigureSort, unit: RegExp]> = [
  ['times', /^人次/u],
  ['people', /^(?:人|名|位)/u],
  ['firms', /^(?:家|户)/u],
  ['percent', /^(?:%|成|个百分点|百分点)/u],
  ['money', /^(?:元|块|美元|美金|港元|港币|欧元|日元|英镑|人民币)/u],
  ['quantity', /^(?:亩|公顷|平方米|吨|斤|公斤|千克|件|批次|头|只|株)/u],
];
export type FigureSort = 'money' | 'people' | 'firms' | 'percent' | 'times' | 'quantity';

/**
 * Why `input` is no value of the field's sort: its figure's unit says it is another (“12万人”是人数，
 * 本项要填的是金额), else the field's own reason (`fallback`).
 */
export function refusal(field: FormField, input: string, own: FigureSort, fallback: string): ParseResult {
  const text = input.replace(/\s+/gu, '');
  for (const match of text.matchAll(FIGURES)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const mid = APPROX_MID.exec(text.slice(end))?.[0] ?? '';
    const unit = sortAt(text.slice(end + mid.length));
    if (!unit) continue;
    if (unit.sort === own) return fail(field, fallback);
    const figure = text.slice(start, end + mid.length + unit.word.length);
    return fail(field, 'other_unit', { figure, kind: t(`form.kind_${unit.sort}`), expected: t(`form.kind_${own}`) });
  }
  return fail(field, fallback);
}

/** The sort of a figure that `rest` (the words right after it) says by its unit word, and that word. */
export function sortAt(rest: string): { sort: FigureSort; word: string } | undefined {
  for (const [sort, unit] of SORTS) {
    const word = unit.exec(rest)?.[0];
    if (word) return { sort, word };
  }
  return undefined;
}

/** Words of approximation that open a figure's rest: "两亿多", "150多家", "三万来人", "七万几人" (几 after the figure's last digit for 多, as in Cantonese). */
export const APPROX_MID = /^(?:来|多|余|几(?![十百千万亿])|出头)/u;

/** `make(field)`, computed once per field. */
export function perField<T>(make: (field: FormField) => T): (field: FormField) => T {
  const made = new WeakMap<FormField, T>();
  return (field) => {
    const found = made.get(field) ?? make(field);
    made.set(field, found);
    return found;
  };
}

/** Reads the one figure in `input` (already NFKC-normalised) for `field`, or undefined. */
export function readFigure(field: FormField, input: string, kind: FigureKind): Figure | undefined {
  // spaces only survive between two digits ("12 000" stays one figure, "3 5" stays two)
  let text = input.replace(/(?<!\d)\s+|\s+(?!\d)/gu, '');
  let approximate = false;
  for (let before = ''; before !== text; ) {
    before = text;
    const closing = CLOSING.exec(text) ?? SETTLE_TAIL.exec(text);
    if (closing) text = text.slice(0, -closing[0].length);
    const approx = APPROX_TAIL.exec(text);
    if (approx) {
      approximate = true;
      text = text.slice(0, -approx[0].length);
    }
  }
  text = text.replace(APPROX_INSIDE, (_, digit: string) => {
    approximate = true;
    return digit;
  });
  text = text.replace(APPROX_MEASURE, () => {
    approximate = true;
    return '个';
  });
  for (const match of text.matchAll(FIGURES)) {
    const expression = match[0].replace(/[,.]+$/u, '');
    const at = match.index ?? 0;
    const rest = text.slice(at + expression.length);
    if (CODE.test(expression) || (MOBILE.test(expression) && rest === '')) continue;
    const number = parseNumber(expression);
    if (number === undefined) continue;
    const tags = readLead(field, text.slice(0, at), kind.lead);
    if (!tags) continue;
    const after = kind.after(rest, tags);
    if (!after) continue;
    const value = after.value ? after.value(number) : number;
    if (value === undefined) continue;
    return {
      expression,
      value,
      ...(after.unit ? { unit: after.unit } : {}),
      approximate: approximate || tags.has('approximate') || (after.approximate ?? false),
      tags,
    };
  }
  return undefined;
}
