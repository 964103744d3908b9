import type { Form } from '../form.js';
import { readMessage } from '../reading.js';
import { fieldsNamedIn, matchLabel } from '../labels.js';
import { findProvinces } from '../provinces.js';
import { dropOpeningLeadIn } from '../lead-in.js';
import { withoutClosingStop, withoutPointingSubject } from '../discourse.js';
import { escapeRegExp } from '../../text/regexp.js';
import { GREETING, hasQuestionWord, isQuestionLike } from './intents.js';
import { A_NOT_A } from './start-request.js';
import { MARK } from '../block.js';
import { withoutSenderLead } from './sender-lead.js';
import { introductionValues } from '../introduction.js';

/** Fields no chatter or question holds by chance: a line giving a product with two of them is the form's data. */
const TELLING = ['province', 'protection_type', 'registration_no'];
/** Longer than this, a message is a report to be asked about, not an opening… */
const MAX_OPENING = 80;
/** …unless it is a pasted block of the form's data: this many values read, at most this many parts unread. */
const BLOCK = { values: 5, unread: 2 };
/** A message of this many lines is a pasted block, however short. */
const BLOCK_LINES = 3;

const choiceWordsByForm = new WeakMap<Form, readonly string[]>();
function tellingChoiceWords(form: Form): readonly string[] {
  let words = choiceWordsByForm.get(form);
  if (!words) {
    const fields = form.fields.filter((f) => TELLING.includes(f.id) && f.type === 'choice');
    words = fields.flatMap((f) => [...(f.choices ?? []), ...Object.values(f.choiceAliases).flat()]);
    choiceWordsByForm.set(form, words);
  }
  return words;
}

/** Two telling values need one of a province, a choice word or a number: most chat lines have none and skip the full reading. */
const mayTell = (form: Form, line: string): boolean =>
  /[0-9０-９]/u.test(line) || findProvinces(line).length > 0 || tellingChoiceWords(form).some((word) => line.includes(word));

/**
 * A first message that gives the form's data without asking to start ("信阳毛尖 河南 证明商标",
 * "南丰蜜桔，江西的，地理标志产品"): a product's name and at least two values no other text
 * holds by chance (a province, a protection type, an announcement number). Questions never are; a
 * name with one value ("黑龙江，响水大米") is offered the form (product-offer.ts). A long message
 * opens it only as a pasted block of the form's data (labelled lines, a table), not as a report.
 */
export function opensWithAnswers(form: Form, text: string): { name: string; rest: string } | undefined {
  // a closing stop ("信阳毛尖 河南 证明商标。") does not change what an opening says
  const line = withoutPointingSubject(dropOpeningLeadIn(form, withoutSenderLead(form, withoutClosingStop(text).trim().replace(GREETING, ''))));
  if (line.length === 0 || isQuestionLike(line) || !mayTell(form, line)) return undefined;
  const field = form.fields[0];
  if (!field) return undefined;
  const read = readMessage(form, {}, field, line);
  const telling = Object.keys(read.values).filter((id) => TELLING.includes(id) && form.field(id));
  const name = read.values[field.id]?.value;
  const block = line.length > MAX_OPENING || line.split('\n').length >= BLOCK_LINES;
  // (a pasted block of the form's data needs one telling value only: "品名：盱眙龙虾\n…\n省份：江苏")
  if (typeof name !== 'string' || telling.length < (block ? 1 : 2) || !line.includes(name)) return undefined;
  if (block ? Object.keys(read.values).length < BLOCK.values || read.unread.length > BLOCK.unread : read.unread.length > 0) return undefined;
  // the name opens the form as a request's product does; the rest is read as answers, the name's label gone with it
  // (with the item's number in front of it: "一、地标名称：赣南脐橙")
  const pair = new RegExp(`(?:${MARK}[ \\t]*)?(?:【?[^\\s，,、；;:：=|｜【】]{1,12}(?:[ \\t\u3000]*[:：=][ \\t\u3000]*|】[ \\t]*|[ \\t\u3000]+))?${escapeRegExp(name)}`, 'u');
  return { name, rest: line.replace(pair, '').replace(/^[\s，,、；;|｜]+/u, '') };
}

/** A row's label before its value: up to a colon, a tab or a run of spaces. */
const ROW_LABEL = /^([^\s：:，,。]{1,12})(?:[ \t\u3000]*[:：][ \t\u3000]*|\t+|[ \u3000]{2,})\S/u;

/**
 * "地理标志名称是霍山石斛", "产品名称：霍山石斛" with no draft open: the product's name under one of
 * its labels is the form's first answer, so a wish to fill the form in. Questions never are.
 */
export function labelsTheProduct(form: Form, text: string): boolean {
  const first = form.fields[0];
  const line = withoutClosingStop(text).trim();
  if (!first || line.length > MAX_OPENING || isQuestionLike(line) || hasQuestionWord(line) || A_NOT_A.test(line)) return false;
  // "品名\t文山三七": a pasted row's own label, one of the form's names for the product or a synonym of one
  const rowLabel = ROW_LABEL.exec(line)?.[1];
  const labelled = rowLabel !== undefined && matchLabel(form, rowLabel)[0]?.field === first;
  if (!labelled && !fieldsNamedIn(form, line).includes(first)) return false;
  return typeof readMessage(form, {}, undefined, line).values[first.id]?.value === 'string';
}

/**
 * "注册号：3064759", "- 年产值：１２０亿元" with no draft open: a value under its field's own label is an
 * answer to the form, so a wish to fill it in — the notices hold no answer to it. So is a message of
 * contact details ("手机是 137 5788 6621"). Questions never are.
 */
export function labelsAnAnswer(form: Form, text: string): boolean {
  const line = withoutClosingStop(text).trim();
  if (line.length > MAX_OPENING || isQuestionLike(line) || hasQuestionWord(line) || A_NOT_A.test(line)) return false;
  // (under a label of its own: "联系人是王磊" alone may introduce a colleague)
  const rowLabel = ROW_LABEL.exec(line.replace(/^[-*•·]\s*/u, '').replace(/\*\*/gu, ''))?.[1];
  const labelled = rowLabel ? matchLabel(form, rowLabel)[0]?.field : undefined;
  const read = readMessage(form, {}, undefined, line);
  if (read.unread.length > 0) return false;
  // (a phone number or an e-mail address read whole says by its shape which field it is: "我是经办人 唐静 电话028-…")
  // (…and so do two values no chat line holds by chance: "辽宁省。保护类型是集体商标，商标注册号10586542")
  const telling = Object.keys(read.values).filter((id) => TELLING.includes(id)).length >= 2;
  return labelled !== undefined ? labelled.id in read.values : telling || Object.keys(read.values).some((id) => SELF_EVIDENT.includes(form.field(id)?.type ?? ''));
}

/** Types whose values show which field they are. */
const SELF_EVIDENT = ['phone', 'email'];

/**
 * "你好。浙江省庆元县市场监督管理局，吴建平，…，联系电话0578-…，邮箱…，联系人填我就行。" with no draft
 * open: who writes, with a person's name and a phone number or e-mail address, is the form's contact
 * given first — a wish to fill it in, read for the contact only. Questions never are.
 */
export function introducesContact(form: Form, text: string): boolean {
  const line = withoutClosingStop(text).trim();
  if (isQuestionLike(line) || hasQuestionWord(line) || A_NOT_A.test(line)) return false;
  const types = Object.keys(introductionValues(form, {}, line)).map((id) => form.field(id));
  return types.some((f) => f?.personName) && types.some((f) => SELF_EVIDENT.includes(f?.type ?? ''));
}
