import type { Form, FormField } from './form.js';
import { fieldsNamedIn } from './labels.js';
import type { ParseResult } from './parsers/result.js';
import { findFigure } from './segment.js';
import type { FieldValue } from '../store/nomination-types.js';

/**
 * "申请人是文山州三七产业发展中心 原来叫三七特产局后来改的名": a short answer, then after a space
 * a remark about it. The answer is what comes before the space when it reads as the field's and
 * the remark names no field and holds no figure (else it is another answer, read as one).
 */
export function beforeSpacedRemark(
  form: Form,
  field: FormField,
  value: string,
  parse: (field: FormField, text: string) => ParseResult,
): { value: FieldValue; remark: string } | undefined {
  if (field.type !== 'text') return undefined;
  const parted = /^(\S+)[ \t\u3000]+(\S.*)$/su.exec(value.trim());
  const [head, remark] = [parted?.[1], parted?.[2]];
  if (!head || !remark || fieldsNamedIn(form, remark).length > 0 || findFigure(remark)) return undefined;
  const parsed = parse(field, head);
  return parsed.ok ? { value: parsed.value, remark } : undefined;
}
