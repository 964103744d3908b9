import type { FormField } from '../form.js';
import { APPROX_MID, readFigure, refusal, type After, type FigureKind } from './figure.js';
import { words, type LeadTag } from './lead-words.js';
import { parseNumber, plain } from './numbers.js';
import { fail, ok, type ParseResult } from './result.js';

/**
 * Percentages: "30%", "百分之三十五", "三成", "三成五" (35), "三成半" (35), "溢价30%", "比一般的高
 * 三成左右吧", "高出约20个百分点" (read as 20%: the form's 溢价率 is that difference), "贵一倍"
 * (100%), "溢价1倍" (100%), "贵一半" (50%), "是普通的两倍" (100%), "翻了一番" (the price doubled: 100%; 翻两番 quadrupled: 300%), and a bare "30" (30%).
 * A bare fraction below 1 ("0.3") is ambiguous — 30% or 0.3%? — and is refused with a question;
 * a multiple without a comparison ("三倍": three times the price, or three times more?) is refused.
 */

const DEFAULT_MIN = -100;
const DEFAULT_MAX = 1000;
const SIGN = /^(?:%|个百分点|百分点|个点|percent)/iu;
const TENTHS = /^成(半|[\d零一二两三四五六七八九])?/u;
/** 番 doubles: 翻一番 ×2, 翻两番 ×4, 翻三番 ×8; more is no premium anyone reports. */
const MAX_DOUBLINGS = 3;

/** Compared with an earlier time ("比去年高20%") it is growth, not the premium over ordinary products. */
const NOT_A_TIME = '(?!去年|上年|前年|同期|往年|以前|过去|上一?年|\\d{4}年)';

const PERCENT: FigureKind = {
  lead: [
    // "溢价1倍", "溢价一半": a premium's own name says the figure is the excess over the ordinary price
    words('(?:销售)?(?:溢价率|溢价幅度|溢价)', 'premium'),
    words('价格|售价|卖价|价钱|销售价格|市场价|平均|普遍|一般|通常'),
    // "（好的百色芒果）比普通芒果贵": what is compared, then with what
    words(`[^\\d,;。比]{0,12}?(?:比|较|相比|比起|相较于?)${NOT_A_TIME}[^\\d,;。]{1,14}?(?:高出|高于|高了|高|贵出|贵了|贵|多卖|多)了?个?`, 'compared'),
    // "和普通的比贵30%", "跟同类产品相比，高出两成": with what first, then the comparison
    words(`(?:和|跟|与|同)${NOT_A_TIME}[^\\d,;。]{1,14}?(?:相比|比起来|比较|比)(?:起来)?,?(?:要|能)?(?:高出|高于|高了|高|贵出|贵了|贵|多卖|多)了?个?`, 'compared'),
    // "高出同类湖蟹一倍", "高于普通大米30%": the comparison, then with what
    words(`(?:高出|高于|贵出|贵于)${NOT_A_TIME}[^\\d,;。]{1,12}`, 'compared'),
    words('高出|高于|高了|高|贵出|贵了|贵|提高|增加', 'compared'),
    // cheaper than the ordinary product: a negative premium
    words(`[^\\d,;。比]{0,12}?(?:比|较|相比|比起|相较于?)${NOT_A_TIME}[^\\d,;。]{1,14}?(?:低了|低|便宜了|便宜)`, 'negative'),
    // "价格是普通梨的两倍": the whole price as a multiple of the ordinary one
    words('[^\\d,;。比]{0,8}?(?:是|为|相当于|能卖到|卖到|达到)[^\\d,;。]{1,14}?的', 'ratio'),
    words('百分之', 'percentWord'),
    words('翻了?', 'doubling'),
    // "价格比普通小米翻了一番": compared with the ordinary product, the price doubled
    words(`[^\\d,;。比]{0,12}?(?:比|较|相比|比起|相较于?)${NOT_A_TIME}[^\\d,;。]{1,14}?翻了?`, 'doubling'),
    words('-|负|−', 'negative'),
  ],
  after: (rest, tags) => {
    const read = unitOf(rest, tags);
    if (!read) return undefined;
    const tail = rest.slice(read.length);
    const mid = APPROX_MID.exec(tail);
    if (tail.slice(mid?.[0].length ?? 0) !== '') return undefined;
    return { ...read.after, approximate: mid !== null };
  },
};

/** The unit after the figure, its length, and how it turns the number into a percentage. */
function unitOf(rest: string, tags: ReadonlySet<LeadTag>): { length: number; after: After } | undefined {
  // "是普通的30%" is a share of the ordinary price, not how much more it costs
  if (tags.has('ratio') && !tags.has('compared') && !rest.startsWith('倍')) return undefined;
  const sign = SIGN.exec(rest);
  if (sign) return { length: sign[0].length, after: { unit: '%' } };
  const tenths = TENTHS.exec(rest);
  if (tenths) {
    const extra = tenths[1] === '半' ? 5 : tenths[1] ? parseNumber(tenths[1]) : 0;
    const value = (n: number): number | undefined => (extra === undefined || n > 10 ? undefined : n * 10 + extra);
    return { length: tenths[0].length, after: { unit: '成', value } };
  }
  const excess = tags.has('compared') || (tags.has('premium') && !tags.has('ratio'));
  if (rest.startsWith('倍')) {
    // "贵一倍", "溢价1倍": one time more than the ordinary product, i.e. 100% higher; "是普通的两倍": 100% higher too
    if (tags.has('ratio') && !tags.has('compared')) return { length: 1, after: { unit: '倍', value: (n) => (n > 1 ? (n - 1) * 100 : undefined) } };
    return excess ? { length: 1, after: { unit: '倍', value: (n) => n * 100 } } : undefined;
  }
  // "贵一半", "溢价一半": half as much again
  if (rest.startsWith('半') && excess) return { length: 1, after: { unit: '半', value: (n) => (n === 1 ? 50 : undefined) } };
  if (rest.startsWith('番')) {
    const value = (n: number): number | undefined => (Number.isInteger(n) && n >= 1 && n <= MAX_DOUBLINGS ? (2 ** n - 1) * 100 : undefined);
    return tags.has('doubling') ? { length: 1, after: { unit: '番', value } } : undefined;
  }
  return { length: 0, after: {} };
}

export function parsePercent(field: FormField, input: string, raw: string): ParseResult {
  const figure = readFigure(field, input, PERCENT);
  if (!figure) return refusal(field, input, 'percent', 'not_percent');
  const explicit = figure.unit !== undefined || figure.tags.has('percentWord');
  const { value } = figure;
  if (!explicit && value > 0 && value < 1) {
    return fail(field, 'percent_ambiguous', { number: plain(value), percent: plain(value * 100) });
  }
  const signed = Number((figure.tags.has('negative') ? -value : value).toPrecision(12));
  const min = field.min ?? DEFAULT_MIN;
  const max = field.max ?? DEFAULT_MAX;
  if (signed < min) return fail(field, 'below_min', { min: `${min}%` });
  if (signed > max) return fail(field, 'above_max', { value: `${plain(signed)}%`, max: `${max}%` });
  const display = `${figure.approximate ? '约' : ''}${plain(signed)}%`;
  return ok(figure.approximate ? { raw, value: signed, unit: '%', approximate: figure.approximate, display } : { raw, value: signed, unit: '%', display });
}
