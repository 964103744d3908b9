import type { FormField } from '../form.js';
import { fail, ok, type ParseResult } from './result.js';

/**
 * Phone numbers, normalised: mobiles as 11 digits ("13800138000"), landlines as
 * "0571-88888888" with "转801" for an extension (as officers write it), 400/800 numbers as "400-123-4567". Several
 * numbers separated by "/", "、" or "或" are all kept, joined by "，".
 */

const EXTENSION = /\s*(?:转|分机|ext\.?|x|#)\s*(\d{1,6})\s*$/iu;
const ALLOWED = /^[\d\s\-()（）+.]+$/u;

function one(part: string): { value: string } | { error: 'not_phone' | 'phone_need_area_code'; number?: string } {
  let text = part.trim().replace(/^(?:手机|电话|座机|固话|办公电话|联系电话|tel|mobile|phone)\s*[:：]?\s*/iu, '');
  let extension: string | undefined;
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1];
    text = text.slice(0, ext.index);
  }
  text = text.replace(/[（(]\s*(0\d{2,3})\s*[)）]/u, '$1-');
  if (!ALLOWED.test(text)) return { error: 'not_phone' };
  let international = false;
  let digits = text.replace(/^\s*(?:\+\s*86|0086)\s*-?/u, () => {
    international = true;
    return '';
  });
  const groups = digits.split(/[\s\-.()（）]+/u).filter(Boolean);
  digits = groups.join('');
  if (!international && /^86(1[3-9]\d{9})$/u.test(digits)) digits = digits.slice(2);
  if (/^1[3-9]\d{9}$/u.test(digits)) return extension ? { error: 'not_phone' } : { value: digits };
  if (/^[48]00\d{7}$/u.test(digits)) return { value: `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` };
  if (international && /^[1-9]\d{8,10}$/u.test(digits)) digits = `0${digits}`;
  let area: string | undefined;
  const first = groups[0] ?? '';
  if (groups.length > 1 && /^0\d{2,3}$/u.test(first) && !international) area = first;
  else if (/^0(?:10|2\d)\d{8}$/u.test(digits)) area = digits.slice(0, 3);
  else if (/^0[3-9]\d{2}\d{7,8}$/u.test(digits)) area = digits.slice(0, 4);
  if (area === undefined) {
    if (/^[2-9]\d{6,7}$/u.test(digits)) return { error: 'phone_need_area_code', number: digits };
    return { error: 'not_phone' };
  }
  const local = digits.slice(area.length);
  if (!/^[1-9]\d{6,7}$/u.test(local)) return { error: 'not_phone' };
  return { value: `${area}-${local}${extension ? `转${extension}` : ''}` };
}

export function parsePhone(field: FormField, input: string, raw: string): ParseResult {
  const parts = input.split(/\s*(?:[\/、,，;；]|或者?|及|和)\s*/u).filter((p) => p.trim() !== '');
  if (parts.length === 0 || parts.length > 3) return fail(field, 'not_phone');
  const values: string[] = [];
  for (const part of parts) {
    const result = one(part);
    if ('error' in result) return fail(field, result.error, { number: result.number ?? '' });
    if (!values.includes(result.value)) values.push(result.value);
  }
  const value = values.join('，');
  return ok({ raw, value, display: value });
}
