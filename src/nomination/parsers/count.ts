import type { FormField } from '../form.js';
import { NUMBER_PATTERN, parseNumber, plain, scaled, stripQualifiers, stripTrailingApprox } from './numbers.js';
import { fail, ok, type ParseResult } from './result.js';

/** Counts of people or entities: "1.2万人", "一千二百人", "12,000", "1500余人", "350家企业". */

const MEASURE = /^(?:余|多|来)?(?:个|家|户|人|名|位|人次|万人)?/u;
const NOUN = /^(?:(?:市场|经营)?主体|企业|合作社|农户|农民|从业人员|从业者|人员|员工|工人|职工|商户|经营户|用标主体|用标企业)?/u;
const DEFAULT_MAX = 1e9;

export function parseCount(field: FormField, input: string, raw: string): ParseResult {
  const lead = stripQualifiers(input.replace(/(?<!\d)\s+|\s+(?!\d)/gu, ''));
  let approximate = lead.approximate;
  if (/^(?:无|没有|暂无|零|0)$/u.test(lead.text)) return done(field, raw, 0, false);
  let text = lead.text.replace(/(\d|[十百千])\s*(?:余|多|来)\s*(?=[万千百])/u, (_, d: string) => {
    approximate = true;
    return d;
  });
  const tail = stripTrailingApprox(text);
  approximate ||= tail.approximate;
  text = tail.text;
  const match = new RegExp(`^(${NUMBER_PATTERN})\\s*`, 'u').exec(text);
  if (!match?.[1]) return fail(field, 'not_count');
  let rest = text.slice(match[0].length);
  const measure = MEASURE.exec(rest)?.[0] ?? '';
  if (/^(?:余|多|来)/u.test(measure)) approximate = true;
  rest = rest.slice(measure.length);
  rest = rest.slice(NOUN.exec(rest)?.[0].length ?? 0);
  const restTail = stripTrailingApprox(rest);
  approximate ||= restTail.approximate;
  if (restTail.text !== '') return fail(field, 'not_count');
  const parsed = parseNumber(match[1]);
  if (parsed === undefined) return fail(field, 'not_count');
  const value = measure.endsWith('万人') ? parsed * 1e4 : parsed;
  const rounded = Number(value.toPrecision(12));
  if (!Number.isInteger(rounded)) return fail(field, 'not_integer', { number: plain(rounded) });
  if (field.min !== undefined && rounded < field.min) return fail(field, 'below_min', { min: field.min });
  const max = field.max ?? DEFAULT_MAX;
  if (rounded > max) return fail(field, 'above_max', { value: `${scaled(rounded)}${unitOf(field)}`, max: `${scaled(max)}${unitOf(field)}` });
  return done(field, raw, rounded, approximate);
}

const unitOf = (field: FormField): '人' | '个' => (field.unit === '个' ? '个' : '人');

function done(field: FormField, raw: string, value: number, approximate: boolean): ParseResult {
  const unit = unitOf(field);
  const display = `${approximate ? '约' : ''}${scaled(value)}${field.displayUnit ?? unit}`;
  return ok(approximate ? { raw, value, unit, approximate, display } : { raw, value, unit, display });
}
