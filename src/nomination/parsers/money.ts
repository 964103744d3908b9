import type { FormField } from '../form.js';
import type { FieldValue } from '../../store/nomination-types.js';
import { cents, NUMBER_PATTERN, parseNumber, plain, scaled, stripQualifiers, stripTrailingApprox } from './numbers.js';
import { fail, ok, type ParseResult } from './result.js';

/** Money: stored in 元 (or 美元 when the user wrote dollars; never converted), with raw and display. */

const USD = /^(?:美元|美金|usd|us\$|\$|dollars?)/iu;
const CNY = /^(?:元人民币|人民币元|人民币|元|块钱|块|rmb|cny|¥)/iu;
/** Currency words that may stand before the figure ("人民币8000万", "¥500万", "USD 120万"). */
const CNY_BEFORE = /^(?:人民币|rmb|cny|¥)/iu;
const PER_BEFORE = /^(?:每人每年|每人|年人均|人均)/u;
const PER = /^(?:\s*(?:\/|每|一)\s*(?:人|年|人年|人·年|人\/年))*/u;
/** Bare numbers (no 元, 万, 亿) below this are refused as ambiguous: "3.5" is never meant as 3.5元. */
const BARE_MINIMUM = 1000;
const DEFAULT_MAX = 1e13;

export function parseMoney(field: FormField, input: string, raw: string): ParseResult {
  // spaces only survive between two digits ("12 000" stays one figure, "3 5" stays two)
  let text = input.replace(/(?<!\d)\s+|\s+(?!\d)/gu, '').replace(PER_BEFORE, '');
  let currency: '元' | '美元' | undefined;
  const { text: afterQualifiers, approximate: approxBefore } = stripQualifiers(text);
  text = afterQualifiers;
  const prefix = USD.exec(text) ?? CNY_BEFORE.exec(text);
  if (prefix) {
    currency = USD.test(prefix[0]) ? '美元' : '元';
    text = stripQualifiers(text.slice(prefix[0].length)).text;
  }
  if (/^(?:无|没有|暂无|零|0)$/u.test(text)) return ok(money(field, raw, 0, currency ?? '元', false));
  let approximate = approxBefore;
  // "一个多亿", "两个来亿": the approximate word after the measure word
  text = text.replace(/个(?:余|多|来)(?=[万亿萬億])/u, () => {
    approximate = true;
    return '';
  });
  text = text.replace(/(\d|[十百千])\s*(?:余|多|来)\s*(?=个?[万亿千百])/u, (_, d: string) => {
    approximate = true;
    return d;
  });
  const tail = stripTrailingApprox(text);
  approximate ||= tail.approximate;
  const match = new RegExp(`^(${NUMBER_PATTERN})\\s*`, 'u').exec(tail.text);
  if (!match?.[1]) return fail(field, 'not_money');
  let rest = tail.text.slice(match[0].length);
  // "四万来块": the approximate word between the figure and the currency
  if (/^(?:来|多|余)/u.test(rest)) {
    approximate = true;
    rest = rest.slice(1);
  }
  const suffix = USD.exec(rest) ?? CNY.exec(rest);
  if (suffix) {
    const suffixCurrency = USD.test(suffix[0]) ? '美元' : '元';
    if (currency && currency !== suffixCurrency) return fail(field, 'not_money');
    currency = suffixCurrency;
    rest = rest.slice(suffix[0].length);
  }
  rest = rest.replace(PER, '');
  const restTail = stripTrailingApprox(rest);
  approximate ||= restTail.approximate;
  if (restTail.text !== '') return fail(field, 'not_money');
  const value = parseNumber(match[1]);
  if (value === undefined) return fail(field, 'not_money');
  const hasScale = /[万亿萬億]/u.test(match[1]);
  if (!hasScale && !currency && value > 0 && value < BARE_MINIMUM) return fail(field, 'money_need_unit', { number: plain(value) });
  if (currency === '美元' && field.unit === '元/人') return fail(field, 'money_usd_not_allowed');
  const amount = cents(value);
  if (field.min !== undefined && amount < field.min) return fail(field, 'below_min', { min: field.min });
  const max = field.max ?? DEFAULT_MAX;
  if (amount > max) return fail(field, 'above_max', { value: `${scaled(amount)}${currency ?? '元'}`, max: `${scaled(max)}元` });
  return ok(money(field, raw, amount, currency ?? '元', approximate));
}

function money(field: FormField, raw: string, amount: number, currency: '元' | '美元', approximate: boolean): FieldValue {
  const unit = currency === '美元' ? '美元' : field.unit === '元/人' ? '元/人' : '元';
  const display = `${approximate ? '约' : ''}${scaled(amount)}${unit}`;
  return approximate ? { raw, value: amount, unit, approximate, display } : { raw, value: amount, unit, display };
}
