import type { Form } from './form.js';
import { parseFor } from './answer-parse.js';
import { isProductName } from './dialog/product-name.js';
import { matchLabel } from './labels.js';
import { looksLikePersonName } from './person-name.js';
import { canonicalProvince } from './provinces.js';
import { labelOf } from './segment.js';
import type { FieldValue } from '../store/nomination-types.js';

const HEADING = /^([^：:，,。；;\n\d]{2,16})[：:]\s*/u;
const FIRST_CLAUSE = /^[^，,；;。\n]*/u;
/** Words about the message itself, in a heading that only announces what follows: "基本情况：", "其他信息：". */
const ABOUT_MESSAGE = /情况|信息|资料|材料|内容|说明|补充|其他|其它|数据|基本|备注|汇总|附件|更新|修改|更正|另外|还有|对了|问题|如下|以下/u;

/**
 * A message that opens with the product it is about, as a heading before a colon, then a
 * labelled value: "盘锦大米：产地范围为辽宁省盘锦市现辖行政区域". Sent while the product's name
 * (the form's first field, its subject) is asked, the heading answers that question, and the
 * rest is read as a message of its own. Only a heading shaped like a product's name (no statement,
 * no words about the message, no field's name, no place, no person) that reads as the name asked; and only before a clause whose label names a field
 * (else the heading is a lead-in, "情况如下：", or the label of an unlabelled answer).
 */
export function splitHeading(form: Form, currentId: string | undefined, text: string): { value: FieldValue; rest: string } | undefined {
  const subject = form.fields[0];
  const heading = HEADING.exec(text);
  const words = heading?.[1]?.trim();
  if (!heading || !words || !subject || currentId !== subject.id || subject.type !== 'text') return undefined;
  if (!isProductName(words) || ABOUT_MESSAGE.test(words) || matchLabel(form, words).length > 0 || canonicalProvince(words) || looksLikePersonName(words)) return undefined;
  const rest = text.slice(heading[0].length);
  const inner = labelOf(form, FIRST_CLAUSE.exec(rest)?.[0] ?? '');
  if (inner.label === undefined || !inner.value || matchLabel(form, inner.label).length === 0) return undefined;
  const parsed = parseFor(form, subject, words);
  return parsed.ok ? { value: parsed.value, rest } : undefined;
}
