import type { Form, FormField } from './form.js';
import { isUnitName } from './introduction.js';
import { fieldsNamedIn } from './labels.js';
import { looksLikePersonName } from './person-name.js';
import type { ParseResult } from './parsers/index.js';
import { typicalValue } from './typical.js';
import { nameShaped } from './dialog/product-name.js';
import type { FieldValue } from '../store/nomination-types.js';

/**
 * Answers to the question asked and the next ones, sent in one message without labels, the way
 * officers batch them: "地标产品 2007年第212号", "52亿，1800万", "文山州三七产业发展中心 中药材".
 * The pieces are placed by position only when that is sure: each parses as the field it would
 * answer, in the order the questions come, no piece names a field, and no piece could be
 * the rest of the answer before it (after free text, a piece must be what only its own field
 * holds: a figure, a province, a choice, a category, a person's or a body's name). A word to skip
 * among them passes an optional question.
 */

/** Commas and semicolons part answers (not a thousands comma), and so do spaces beside words (not inside "138 8521 7764"). */
const PIECE = /\s*(?:[，；;]|(?<!\d),|,(?!\d{3}(?!\d)))\s*|(?<![\d\s])[ \t\u3000]+|[ \t\u3000]+(?![\d\s])/u;
const MAX_PIECES = 6;
const SKIP_PIECE = /^(?:跳过|略过|不填|空着|先跳过)(?:吧|了)?$/u;
const OTHER_TIME = /今年|明年|前年|后年|预计|目标|计划|力争|预期|同比/u;
const CLASS_NAME = /^\p{Script=Han}{1,6}类$/u;
const TEXTUAL = new Set<FormField['type']>(['text', 'longtext']);

/** Whether `piece` is something only `field` holds, so it cannot go on the free text before it. */
export function ownShape(field: FormField, piece: string): boolean {
  if (!TEXTUAL.has(field.type)) return true;
  if (field.shape === 'product') return nameShaped(piece);
  // (a category: one of its typical values, or a short name of a class, "肉类", "蔬菜类")
  if (field.typicalValues.length > 0) return typicalValue(field, piece) !== undefined || CLASS_NAME.test(piece);
  if (field.personName) return looksLikePersonName(piece);
  if (field.shape === 'unit') return isUnitName(piece);
  return false;
}

/**
 * The values of a message that answers `order` (the field asked, then the fields asked after it)
 * piece by piece; undefined unless every piece surely answers its field.
 */
export function answersInOrder(
  form: Form,
  order: readonly FormField[],
  text: string,
  parse: (field: FormField, text: string) => ParseResult,
): Array<{ field: FormField; value?: FieldValue }> | undefined {
  if (/[\r\n:：]/u.test(text)) return undefined;
  const pieces = text.trim().replace(/[。.!！~～]+$/u, '').split(PIECE).filter(Boolean);
  if (pieces.length < 2 || pieces.length > Math.min(MAX_PIECES, order.length)) return undefined;
  const out: Array<{ field: FormField; value?: FieldValue }> = [];
  for (const [i, piece] of pieces.entries()) {
    const field = order[i] as FormField;
    // (a piece naming a field is a labelled answer, read as one elsewhere; one of another year or a
    // target is no answer by position: "去年12亿，今年预计15亿")
    if (fieldsNamedIn(form, piece).length > 0 || (i > 0 && OTHER_TIME.test(piece))) return undefined;
    const before = order[i - 1];
    if (before && TEXTUAL.has(before.type) && !ownShape(field, piece)) return undefined;
    // ("茶叶，福建" to the name asked: 茶叶 is a category wherever it is sent, never the name by position)
    if (form.fields.some((other) => other !== field && other.typicalValues.length > 0 && typicalValue(other, piece) !== undefined)) return undefined;
    // ("三个亿 六千万 跳过": a word to skip passes the optional question it stands for)
    if (SKIP_PIECE.test(piece) && !field.required) {
      out.push({ field });
      continue;
    }
    const parsed = parse(field, piece);
    if (!parsed.ok) return undefined;
    out.push({ field, value: parsed.value });
  }
  return out.some((answer) => answer.value) ? out : undefined;
}
