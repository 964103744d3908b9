import type { FieldType, FormField } from '../form.js';
import { parseChoice } from './choice.js';
import { parseCount } from './count.js';
import { parseEmail } from './email.js';
import { stripLead, stripTail, withoutBasis } from './lead.js';
import { parseMoney } from './money.js';
import { parsePercent } from './percent.js';
import { parsePhone } from './phone.js';
import { parseProvince } from './province.js';
import { parseRegistration } from './registration.js';
import { fail, hasControlChars, MAX_INPUT, normalizeInput, stripInvisible, type ParseResult } from './result.js';
import { parseText } from './text.js';

export type { ParseResult } from './result.js';

/** A parser gets the tidied answer and the raw text to keep. */
type Parser = (field: FormField, input: string, raw: string) => ParseResult;

const PARSERS: Record<Exclude<FieldType, 'text' | 'longtext'>, Parser> = {
  money: parseMoney,
  count: parseCount,
  percent: parsePercent,
  phone: parsePhone,
  email: parseEmail,
  province: parseProvince,
  choice: parseChoice,
  registration: parseRegistration,
};

/** The types whose readers take the field's own names in a lead-in. */
const READS_OWN_NAMES = new Set<FieldType>(['percent', 'money', 'count']);

/**
 * Reads one answer for one field. Never throws: anything it cannot read comes back as
 * `{ ok: false, reason, example }` with a Chinese reason for the user.
 */
export function parseField(field: FormField, input: string): ParseResult {
  try {
    if (typeof input !== 'string' || input.trim() === '') return fail(field, 'empty');
    if (input.length > MAX_INPUT) return fail(field, 'too_long', { length: input.length, max: field.maxLength ?? MAX_INPUT });
    const raw = stripInvisible(input).trim();
    if (!raw) return fail(field, 'empty');
    if (field.type === 'text' || field.type === 'longtext') return parseText(field, stripLead(field, raw), raw);
    if (hasControlChars(raw)) return fail(field, 'control_chars');
    // a figure reads its field's names itself: "溢价1倍" is an excess, "1倍" alone is not, and "旅游这块
    // 产值5亿" is the tourism output where "产值5亿" alone could be any output
    const normal = normalizeInput(raw);
    const tidy = stripTail(READS_OWN_NAMES.has(field.type) ? withoutBasis(normal) : stripLead(field, normal));
    if (!tidy) return fail(field, 'empty');
    return PARSERS[field.type](field, tidy, raw);
  } catch {
    return fail(field, 'internal');
  }
}
