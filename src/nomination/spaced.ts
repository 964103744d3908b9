import type { Form, FormField } from './form.js';
import { fieldsNamedIn } from './labels.js';
import { parseField } from './parsers/index.js';
import { isProvinceName } from './provinces.js';
import { withoutClosingStop } from './discourse.js';

const choicesByForm = new WeakMap<Form, readonly FormField[]>();
function choiceFields(form: Form): readonly FormField[] {
  let found = choicesByForm.get(form);
  if (!found) choicesByForm.set(form, (found = form.fields.filter((f) => f.type === 'choice')));
  return found;
}

const opensWithFieldName = (form: Form, word: string): boolean =>
  fieldsNamedIn(form, word).some((f) => f.keywords.some((k) => word.startsWith(k) && word.length > k.length && !/^[:：=]/u.test(word.slice(k.length))));

/** A short line of words parted by spaces only: "信阳毛尖 河南 证明商标". */
const SPACED = /^[^\s，,、；;。：:！!？?\d]{2,16}(?:[ \t\u3000]+[^\s，,、；;。：:！!？?]{2,16}){1,5}$/u;

/**
 * A line of words parted by spaces where a later word is a value no other field could hold (a
 * province, a choice such as 证明商标) is a list of answers, and its spaces part it like commas:
 * "信阳毛尖 河南 证明商标" → "信阳毛尖，河南，证明商标". A name with a space ("阿依古丽 买买提",
 * "黄山 毛峰") stays as typed, and so does a label with its value after a space ("所在省 海南省").
 */
export function spacedAnswers(form: Form, text: string): string {
  // a closing full stop ("甘肃的 证明商标 注册号6875432。") does not join the last word to the list
  const line = withoutClosingStop(text.trim());
  // "加工产值60亿 物流9亿 旅游没单独算": words that each open with a field's name and say more are answers
  const parts = line.split(/[ \t\u3000]+/u);
  if (parts.length > 1 && !/[\r\n]/u.test(line) && parts.every((word) => opensWithFieldName(form, word))) return parts.join('，');
  if (!SPACED.test(line)) return text;
  const choices = choiceFields(form);
  const distinct = (word: string): boolean => isProvinceName(word.replace(/的$/u, '')) || choices.some((f) => parseField(f, word).ok);
  // "所在省 海南省", "类型 证明商标": a label with its value after a space is read as a labelled pair;
  // a word holding its label and its figure ("注册号8934521") is one answer of the list
  if (parts.some((word) => fieldsNamedIn(form, word).length > 0 && !/\d/u.test(word))) return text;
  return parts.slice(1).some(distinct) ? parts.join('，') : text;
}
