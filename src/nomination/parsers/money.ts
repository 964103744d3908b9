import type { FormField } from '../form.js';
import type { Currency, FieldValue } from '../../store/nomination-types.js';
import { APPROX_MID, perField, readFigure, refusal, type FigureKind } from './figure.js';
import { CONNECTOR, words, type LeadWord } from './lead-words.js';
import { cents, plain, scaled } from './numbers.js';
import { fail, ok, type ParseResult } from './result.js';

/**
 * Money: stored in 元 (or the foreign currency the user wrote, "3000万港元"; never converted), with raw
 * and display. "3.5亿元", "4个亿", "两个多亿", "八千来万", "加工这块两亿出头", "去年总共8.6亿左右".
 */

/** Foreign currencies by how they are written (Hong Kong's dollar before the dollar sign alone). */
const FOREIGN: ReadonlyArray<[Exclude<Currency, '元'>, string]> = [
  ['港元', '港元|港币|hkd|hk\\$'],
  ['美元', '美元|美金|usd|us\\$|\\$|dollars?'],
  ['欧元', '欧元|eur|€'],
  ['日元', '日元|日币|jpy'],
  ['英镑', '英镑|gbp|£'],
];
const FOREIGN_WORDS = FOREIGN.map(([, written]) => written).join('|');
const FOREIGN_WHOLE = FOREIGN.map(([currency, written]) => [currency, new RegExp(`^(?:${written})$`, 'iu')] as const);
const FOREIGN_AFTER = new RegExp(`^(?:${FOREIGN_WORDS})`, 'iu');
const CNY = /^(?:元人民币|人民币元|人民币|元|块钱|块|rmb|cny|¥)/iu;

/** The currency `written` names. */
const currencyOf = (written: string): Currency => FOREIGN_WHOLE.find(([, whole]) => whole.test(written))?.[0] ?? '元';
/** "5.6万元/人", "4万元每人每年" for a per-person amount; "3.5亿元/年" for any yearly amount. */
const PER_PERSON_AFTER = /^(?:(?:\/|每|一)(?:人·年|人\/年|人年|人|年))*/u;
const PER_YEAR = /^(?:(?:\/|每|一)年)?/u;
/** "两千三百多万的收入": what the amount is, said after it; the label before it says whose. */
const MONEY_NOUN_AFTER = /^(?:的)?(?:收入|产值|销售额|营业额|营收)$/u;
/**
 * Nouns of money in a lead-in ("加工这块产值…", only beside the field's own name: several fields
 * are 产值), and currency words in front ("人民币8000万", "USD 120万").
 */
const MONEY_WORDS: LeadWord[] = [
  words('产值|总产值|综合产值|全产业链产值|收入|总收入|销售额|销售收入|营业额|营收|金额|总额|规模|产业|全产业链', 'generic'),
  words('人民币|rmb|cny|¥', 'cny'),
  words(FOREIGN_WORDS, 'foreign'),
  CONNECTOR,
];
/** A currency said in front of the figure ("人民币8000万", "USD 120万"). */
const FRONT_CURRENCY = new RegExp(`人民币|rmb|cny|¥|${FOREIGN_WORDS}`, 'iu');
/** "每人每年5.6万元", "一个人一年收入三万八": only for a per-person amount, so they name it as its own names do. */
const PER_PERSON = words('每人每年|每人|年人均|人均|一人一年|每个人|一个人', 'own');
/** Bare numbers (no 元, 万, 亿) below this are refused as ambiguous: "3.5" is never meant as 3.5元. */
const BARE_MINIMUM = 1000;
const DEFAULT_MAX = 1e13;

const makeKind = (field: FormField): FigureKind => ({
  lead: field.unit === '元/人' ? [...MONEY_WORDS, PER_PERSON] : MONEY_WORDS,
  after: (rest) => {
    let text = rest;
    let approximate = false;
    const mid = APPROX_MID.exec(text);
    if (mid) {
      approximate = true;
      text = text.slice(mid[0].length);
    }
    const currency = FOREIGN_AFTER.exec(text) ?? CNY.exec(text);
    if (currency) text = text.slice(currency[0].length);
    text = text.replace(field.unit === '元/人' ? PER_PERSON_AFTER : PER_YEAR, '').replace(MONEY_NOUN_AFTER, '');
    if (text !== '') return undefined;
    const unit = currency ? currencyOf(currency[0]) : undefined;
    return { ...(unit ? { unit } : {}), approximate };
  },
});

/** Made once per field: its lead-in words are compiled once per kind. */
const kindFor = perField(makeKind);

const NONE = /^(?:无|没有|暂无)$/u;

export function parseMoney(field: FormField, input: string, raw: string): ParseResult {
  // "无" says there is none, which a required figure (the output, the head count) never is; "0" is a figure
  if (NONE.test(input.trim())) return field.required ? fail(field, 'nothing') : ok(money(field, raw, 0, '元', false));
  if (/^(?:零|0)$/u.test(input.trim())) return ok(money(field, raw, 0, '元', false));
  const figure = readFigure(field, input, kindFor(field));
  if (!figure) return refusal(field, input, 'money', 'not_money');
  const said = figure.tags.has('foreign') || figure.tags.has('cny') ? FRONT_CURRENCY.exec(input)?.[0] : undefined;
  const before = said ? currencyOf(said) : undefined;
  if (before && figure.unit && before !== figure.unit) return fail(field, 'not_money');
  const currency = (figure.unit ?? before) as Currency | undefined;
  const { value } = figure;
  const hasScale = /[万亿萬億]/u.test(figure.expression);
  if (!hasScale && !currency && value > 0 && value < BARE_MINIMUM) return fail(field, 'money_need_unit', { number: plain(value) });
  if (currency && currency !== '元' && field.unit === '元/人') return fail(field, 'money_usd_not_allowed');
  const amount = cents(value);
  if (field.min !== undefined && amount < field.min) return fail(field, 'below_min', { min: field.min });
  const max = field.max ?? DEFAULT_MAX;
  if (amount > max) return fail(field, 'above_max', { value: `${scaled(amount)}${currency ?? '元'}`, max: `${scaled(max)}元` });
  return ok(money(field, raw, amount, currency ?? '元', figure.approximate));
}

function money(field: FormField, raw: string, amount: number, currency: Currency, approximate: boolean): FieldValue {
  const unit = currency !== '元' ? currency : field.unit === '元/人' ? '元/人' : '元';
  const display = `${approximate ? '约' : ''}${scaled(amount)}${unit}`;
  return approximate ? { raw, value: amount, unit, approximate, display } : { raw, value: amount, unit, display };
}
