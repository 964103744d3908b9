import { fieldsNamedIn } from '../labels.js';
import type { FormField } from '../form.js';
import { parseField } from '../parsers/index.js';
import { parseNumber } from '../parsers/numbers.js';
import type { FieldValue } from '../../store/nomination-types.js';
import type { DialogSession } from './session.js';
import { meantField } from './meant-field.js';

/** "注册号后两位是86", "电话最后一位应该是7": some digits of a number, from its start or its end, said again. */
const DIGITS_SAID = /(最后|末尾|末|后|开头|头|前)\s*([一二两三四五六七八九]|\d)\s*(?:位|个数字?|个数)(?:数字)?\s*(?:应该|其实|实际)?(?:是|为|改成|改为)\s*(\d{1,9})(?!\d)/u;
const FROM_END = new Set(['最后', '末尾', '末', '后']);

/** Fields whose values are numbers written digit by digit. */
const isCode = (field: FormField): boolean => field.type === 'registration' || field.type === 'phone';

/**
 * A stored number with some of its digits put right and the others kept ("10432768", "后两位是86"
 * → "10432786"): the field named, or the one answered last; undefined when the message says no such
 * digits or their count is not the count said.
 */
export function digitsPutRight(session: DialogSession, text: string): { field: FormField; value: FieldValue } | undefined {
  const said = DIGITS_SAID.exec(text);
  if (!said) return undefined;
  const [, side, count, digits] = said as unknown as [string, string, string, string];
  const field = meantField(session, fieldsNamedIn(session.form, text).filter(isCode));
  const stored = field && isCode(field) ? session.record.fields[field.id] : undefined;
  if (!field || typeof stored?.value !== 'string' || parseNumber(count) !== digits.length) return undefined;
  const places = [...stored.value].flatMap((ch, i) => (/\d/u.test(ch) ? [i] : []));
  if (places.length <= digits.length) return undefined;
  const replaced = FROM_END.has(side) ? places.slice(-digits.length) : places.slice(0, digits.length);
  const chars = [...stored.value];
  replaced.forEach((place, i) => (chars[place] = digits[i]!));
  const parsed = parseField(field, chars.join(''));
  return parsed.ok && parsed.value.value !== stored.value ? { field, value: parsed.value } : undefined;
}
