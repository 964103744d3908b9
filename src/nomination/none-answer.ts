import { isNumericField, type Form, type FormField } from './form.js';
import { fieldsNamedIn } from './labels.js';
import { findFigure } from './segment.js';
import { parseField } from './parsers/index.js';
import type { FieldValue } from '../store/nomination-types.js';

/** Answers that say a figure is nothing ("没有出口", "无"), for numeric fields. */

/** Words for "no figure yet" (not counted, not known): the field stays open, nothing is stored. */
export const NOT_KNOWN = /不清楚|不知道|不确定|没统计|没有统计|未统计|无统计|没法统计|无法统计|没数据|没有数据|暂无数据|不单列|没单列|没算|没有算|不掌握/u;

/** What is left of a "nothing" answer once the field's names and filler words are gone: 没有, 无, 不, 零 … */
const NONE_WORDS = /^(?:没有|没|无|暂无|尚无|不|为零|是零|零|为0|是0|0)+(?:搞|做|涉及|开展|单列)?$/u;
/** Words in front of the word for nothing once the field is named: "我们小米不出口" → 小米. */
const NONE_SUBJECT = /^\p{Script=Han}{1,4}?(?=(?:没有|没|无|暂无|尚无|不)(?:搞|做|涉及|开展|单列)?$)/u;
const NONE_FILLER = /目前|现在|暂时|一直|还|基本上?|产品|我们|这边|这块|那块|这一块|方面|业务|的|都|也|了|吧|啊|呢|额|金额|数据/gu;

/**
 * "没有出口", "暂无出口", "零出口", "产品不出口", "不搞出口", "我们小米不出口", "出口基本为零", "无": nothing, for a numeric
 * field. Only the field's own names and filler may stand beside the word for nothing, so "没统计"
 * or "不清楚" is no answer and "没有加工" says nothing about 出口额.
 */
export function isNone(field: FormField, text: string): boolean {
  let rest = text.trim().replace(/[。.!！，,\s]+$/u, '');
  const names = [...field.keywords, field.label].sort((a, b) => b.length - a.length);
  let named = false;
  for (const name of names) {
    if (name.length >= 2 && rest.includes(name)) {
      rest = rest.split(name).join('');
      named = true;
    }
  }
  rest = rest.replace(NONE_FILLER, '');
  if (named) rest = rest.replace(NONE_SUBJECT, '');
  return NONE_WORDS.test(rest) && (named || rest !== '不');
}

const TOP_CLAUSE = /([，,；;。！!\n]+)/u;

/**
 * The clauses saying that optional figure fields have no figure yet ("物流、旅游都没统计",
 * "物流和旅游都没有统计", "加工这块不单独统计"), taken out of the message with the fields they name.
 * Only clauses without a figure, naming only open optional figure fields.
 */
export function withoutUnknown(form: Form, filled: Record<string, FieldValue>, text: string): { rest: string; fields: FormField[] } {
  const fields: FormField[] = [];
  const parts = text.split(TOP_CLAUSE);
  const kept = parts.filter((part, i) => {
    if (i % 2 === 1 || !NOT_KNOWN.test(part) || findFigure(part)) return true;
    const named = fieldsNamedIn(form, part);
    if (named.length === 0 || !named.every((f) => isNumericField(f) && !f.required && !(f.id in filled))) return true;
    fields.push(...named.filter((f) => !fields.includes(f)));
    return false;
  });
  if (fields.length === 0) return { rest: text, fields };
  return { rest: trimPunctuation(kept.join('').replace(/([，,；;。！!\n])[，,；;。！!\n]+/gu, '$1')), fields };
}

const trimPunctuation = (s: string): string => s.replace(/^[\s,，;；、。:：]+|[\s,，;；、:：]+$/gu, '');

/**
 * A clause among others that says one open figure field is nothing ("产值3.2亿元左右，没有出口"):
 * that field's nothing. Only when the clause names exactly one figure field.
 */
export function noneNamed(form: Form, text: string, open: (f: FormField) => boolean): { field: FormField; value: FieldValue } | undefined {
  const named = fieldsNamedIn(form, text).filter(isNumericField);
  const [only, ...more] = named;
  if (!only || more.length > 0 || !open(only) || !isNone(only, text)) return undefined;
  const parsed = parseField(only, '无');
  return parsed.ok ? { field: only, value: parsed.value } : undefined;
}
