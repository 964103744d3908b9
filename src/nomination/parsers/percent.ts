import type { FormField } from '../form.js';
import { NUMBER_PATTERN, parseNumber, plain, stripQualifiers, stripTrailingApprox } from './numbers.js';
import { fail, ok, type ParseResult } from './result.js';

/**
 * Percentages: "30%", "百分之三十", "溢价30%", "三成", "30" (a bare number above 1 is read as
 * percent). A bare fraction below 1 ("0.3") is ambiguous — 30% or 0.3%? — and is refused
 * with a question rather than guessed.
 */

const DEFAULT_MIN = -100;
/** "比普通羊肉贵", "比一般的高出": the comparison in front of the figure. */
const COMPARED = /^[^\d比]{0,12}?比[^\d]{1,12}?(?:高出|高于|高了|高|贵出|贵了|贵|多卖|多)(?:了)?(?:大概|大约|约)?/u;
const DEFAULT_MAX = 1000;

export function parsePercent(field: FormField, input: string, raw: string): ParseResult {
  const compared = COMPARED.test(input.replace(/\s+/gu, '')) || /^(?:高出?|贵出?)/u.test(input);
  const lead = stripQualifiers(
    input
      .replace(/(?<!\d)\s+|\s+(?!\d)/gu, '')
      .replace(COMPARED, '')
      .replace(/^(?:高出|高于|高|贵出|贵了|贵|提高|增加|溢价)(?:了)?/u, ''),
  );
  let approximate = lead.approximate;
  const tail = stripTrailingApprox(lead.text);
  approximate ||= tail.approximate;
  let text = tail.text.replace(/^(?:高出|高于|高|提高|增加|溢价)(?:了)?/u, '');
  const negative = /^(?:-|负|−)/u.test(text);
  if (negative) text = text.replace(/^(?:-|负|−)\s*/u, '');
  let value: number | undefined;
  let explicit = false;
  const spoken = /^百分之(.+)$/u.exec(text);
  const times = new RegExp(`^(${NUMBER_PATTERN})\\s*倍$`, 'u').exec(text);
  const tenths = new RegExp(`^(${NUMBER_PATTERN})\\s*成(半)?$`, 'u').exec(text);
  const plainNumber = new RegExp(`^(${NUMBER_PATTERN})\\s*(%|个百分点|percent)?$`, 'iu').exec(text);
  if (spoken?.[1]) {
    value = parseNumber(spoken[1]);
    explicit = true;
  } else if (times?.[1] && compared) {
    // "贵一倍": one time more than the ordinary product, i.e. 100% higher
    const n = parseNumber(times[1]);
    value = n === undefined ? undefined : n * 100;
    explicit = true;
  } else if (tenths?.[1]) {
    const n = parseNumber(tenths[1]);
    value = n === undefined || n > 10 ? undefined : n * 10 + (tenths[2] ? 5 : 0);
    explicit = true;
  } else if (plainNumber?.[1]) {
    value = parseNumber(plainNumber[1]);
    explicit = plainNumber[2] !== undefined;
  }
  if (value === undefined) return fail(field, 'not_percent');
  if (!explicit && value > 0 && value < 1) {
    return fail(field, 'percent_ambiguous', { number: plain(value), percent: plain(value * 100) });
  }
  const signed = Number((negative ? -value : value).toPrecision(12));
  const min = field.min ?? DEFAULT_MIN;
  const max = field.max ?? DEFAULT_MAX;
  if (signed < min) return fail(field, 'below_min', { min: `${min}%` });
  if (signed > max) return fail(field, 'above_max', { value: `${plain(signed)}%`, max: `${max}%` });
  const display = `${approximate ? '约' : ''}${plain(signed)}%`;
  return ok(approximate ? { raw, value: signed, unit: '%', approximate, display } : { raw, value: signed, unit: '%', display });
}
