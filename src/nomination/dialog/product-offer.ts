import type { Form } from '../form.js';
import { readMessage } from '../reading.js';
import { isAboutSender } from './start-request.js';
import { isQuestionLike } from './intents.js';
import { nameShaped } from './product-name.js';
import { findProvinces, isProvinceName } from '../provinces.js';
import { isPlaceRun } from '../gazetteer.js';
import { withoutSenderLead } from './sender-lead.js';
import { isUnitName } from '../introduction.js';
import { withoutClosingStop } from '../discourse.js';

/**
 * A first message that is only a product's name ("洛川苹果"), or the name and its province
 * ("黑龙江，响水大米"), may be a wish to nominate it, or anything else: the bot offers the form rather
 * than opening one. The offer is taken by a yes or
 * by an answer to the form's next question ("陕西省", "地理标志产品"); anything else drops it.
 */

const NAME_LENGTH = { min: 3, max: 10 };

/** The fields that say what the product is (its province, protection type, number and region) end before this index. */
const IDENTITY_END = 5;

/** Longest province name opening a run ("黑龙江省", "内蒙古自治区"). */
const PROVINCE_MAX = 7;

/** "黑龙江", "北京市平谷区的": a province, or a place in one named with it. */
const isProvincePlace = (part: string): boolean => {
  const place = part.replace(/的$/u, '');
  return isProvinceName(place) || (findProvinces(place).length === 1 && isPlaceRun(place));
};

/**
 * The name in a product's name told with its province and nothing else: "黑龙江，响水大米", "金华火腿
 * 浙江省", "平谷大桃，北京市平谷区的", run together "云南文山三七"; "宁夏枸杞" stays whole (枸杞 alone is an everyday word).
 */
function besideProvince(line: string): string | undefined {
  const parts = line.split(/[，,、；;\s]+/u).filter(Boolean);
  if (parts.length === 2) {
    const at = parts.findIndex(isProvincePlace);
    const name = parts[1 - at];
    return at >= 0 && name && nameShaped(name) ? name : undefined;
  }
  if (parts.length !== 1) return undefined;
  for (let end = Math.min(PROVINCE_MAX, line.length - 2); end >= 2; end -= 1) {
    const name = line.slice(end);
    if (isProvinceName(line.slice(0, end)) && nameShaped(name)) return name;
  }
  return undefined;
}

/** The product a message names and nothing else (but its province); undefined for anything else. */
export function bareProduct(form: Form, text: string): string | undefined {
  // ("刘振宇，市知识产权局。平谷大桃…": who sends says nothing of the product)
  const line = withoutSenderLead(form, withoutClosingStop(text.trim()));
  if (isQuestionLike(line)) return undefined;
  const name = besideProvince(line) ?? line;
  if (name.length < NAME_LENGTH.min || name.length > NAME_LENGTH.max) return undefined;
  // "兴化县粮食协会": a unit's name is the applicant or the sender's unit, never the product
  if (!nameShaped(name) || isUnitName(name)) return undefined;
  // "从业人员一万二千人": what the form reads as another field's value is that answer, not a product
  const told = Object.keys(readMessage(form, {}, undefined, line).values);
  return told.every((id) => id === form.fields[0]?.id || id === 'province') ? name : undefined;
}

/** What a message offering `name` told beside it ("郫县豆瓣 四川" → "四川"), if anything. */
export function besideName(form: Form, text: string, name: string): string | undefined {
  const told = withoutSenderLead(form, withoutClosingStop(text.trim())).replace(name, '').replace(/^[，,、；;\s]+|[，,、；;\s]+$/gu, '');
  return told || undefined;
}

/** Whether `text`, sent after the offer, answers the form's questions after the name and nothing else. */
export function answersOffer(form: Form, text: string): boolean {
  const [name, next] = form.fields;
  if (!name || !next || isQuestionLike(text)) return false;
  const read = readMessage(form, {}, next, text);
  // "我是湖北省局的小周" tells who writes, not where the product is from (a protection type or an
  // announcement read beside its digits tells what the product is: "江苏省，集体商标，注册号3436811")
  const identity = form.fields.slice(1, IDENTITY_END).some((f) => f.id in read.values && f.type !== 'province');
  if (isAboutSender(text) && !identity) return false;
  // "地标产品 2005年第60号" tells what the product is (the fields up to its region); "人均年收入3.5万元"
  // answers a later question, not the ones after the name: the offer was not taken
  const following = form.fields.slice(1, IDENTITY_END).some((f) => f.id in read.values);
  return following && !(name.id in read.values) && read.unread.length === 0;
}
