import type { FormField } from '../form.js';
import { fail, ok, type ParseResult } from './result.js';

/** E-mail addresses, lower-cased; "。" typed for "." is accepted, anything else odd is refused. */

const EMAIL = /^[a-z0-9](?:[a-z0-9._%+-]{0,62}[a-z0-9_-])?@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.[a-z]{2,24}$/u;

export function parseEmail(field: FormField, input: string, raw: string): ParseResult {
  const text = input
    .replace(/^(?:mailto:|邮箱|电子邮箱|e-?mail)\s*[:：]?\s*/iu, '')
    .replace(/。/gu, '.')
    .replace(/\s+/gu, '')
    .toLowerCase();
  if (text.length > 254 || text.includes('..') || !EMAIL.test(text)) return fail(field, 'not_email');
  return ok({ raw, value: text, display: text });
}
