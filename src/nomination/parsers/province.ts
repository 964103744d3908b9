import type { FormField } from '../form.js';
import { canonicalProvince, findProvinces } from '../provinces.js';
import { fail, ok, type ParseResult } from './result.js';

/** A province answer: an exact name or alias, or a short phrase naming exactly one province. */

const MAX_PHRASE = 30;

export function parseProvince(field: FormField, input: string, raw: string): ParseResult {
  const exact = canonicalProvince(input);
  if (exact) return ok({ raw, value: exact, display: exact });
  if (input.length > MAX_PHRASE) return fail(field, 'not_province');
  const found = findProvinces(input);
  if (found.length > 1) return fail(field, 'province_many', { names: found.join('、') });
  const name = found[0];
  return name ? ok({ raw, value: name, display: name }) : fail(field, 'not_province');
}
