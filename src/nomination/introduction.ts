import type { Form } from './form.js';
import { looksLikePersonName, SELF_INTRO } from './person-name.js';
import { UNIT_END } from './name-kind.js';
import { EVERY_LEVEL, placeWords } from './place-words.js';
import { isPlaceRun } from './gazetteer.js';
import { isProvinceName } from './provinces.js';
import { readMessage } from './reading.js';
import { parseField } from './parsers/index.js';
import type { FieldValue } from '../store/nomination-types.js';

/**
 * Who writes, said before a request ("我是苏州市知识产权局的周敏，手机…，申报名录", "四川省知识产权
 * 服务促进中心 杨勇，申报名录"): the sender's unit, name and contact details. The unit is where
 * the sender works, not what is nominated, so nothing of it answers the form but the contact: the
 * person's name, phone number and e-mail address.
 */

const GREETING = /^(?:你好|您好|老师好|领导好|hi|hello)+/iu;

/** A clause that only names a unit, as a sender says where they work: "苏州市知识产权局". */
export const isUnitName = (clause: string): boolean => /^\p{Script=Han}{4,30}$/u.test(clause) && UNIT_END.test(clause);

/** A place as a sender names where they are from: "成都郫都区", "兵团三师". */
const PLACE_NAME = new RegExp(`^\\p{Script=Han}{2,20}(?:${placeWords(EVERY_LEVEL)}|[一二三四五六七八九十]{1,3}师)$`, 'u');

/** "大理州局这边": where the sender speaks from, after their unit (a unit asking, "五常市局让我帮他们报", ends otherwise). */
export const SPEAKING_FROM = /(?<=\p{Script=Han})(?:这边|这里|这儿)$/u;

/**
 * A clause naming the sender's unit, with their name after it or not: "宁德市茶业协会的罗志刚", "林芝市局的", "兵团三师的", "重庆石柱的",
 * "大理州局这边".
 */
export function isUnitIntroduction(said: string): boolean {
  const clause = said.replace(SPEAKING_FROM, '');
  if (isUnitName(clause)) return true;
  const from = /^(.+)的$/u.exec(clause)?.[1];
  if (from && (isUnitName(from) || PLACE_NAME.test(from) || (isPlaceRun(from) && !isProvinceName(from)))) return true;
  const parts = clause.split(/的|\s+/u).filter(Boolean);
  if (parts.length > 1) return looksLikePersonName(parts.at(-1) ?? '') && isUnitName(parts.slice(0, -1).join(''));
  return unitThenName(clause) !== undefined;
}

/** "泉州市局陈雅婷": a unit and the sender's name written on, nothing between (the name of two or three characters). */
function unitThenName(clause: string): string | undefined {
  for (const length of [3, 2]) {
    const name = clause.slice(-length);
    if (clause.length > length + 3 && looksLikePersonName(name) && isUnitName(clause.slice(0, -length))) return name;
  }
  return undefined;
}

/**
 * The person's name a self-introduction gives: "我是临汾市市场监督管理局知识产权科的王海燕" → 王海燕,
 * "四川省知识产权服务促进中心 杨勇" → 杨勇, "我叫李婷" → 李婷; undefined when no clause ends with
 * something shaped like a person's name ("我是县局的小王").
 */
export function introducedName(text: string): string | undefined {
  for (const raw of text.normalize('NFKC').split(/[，,。.；;！!、]+/u)) {
    const clause = raw.trim().replace(GREETING, '').trim();
    const intro = SELF_INTRO.exec(clause);
    const words = intro ? clause.slice(intro[0].length) : clause;
    // the name after the unit: "…局的周敏", "…中心 杨勇"
    const last = words.split(/的|\s+/u).filter(Boolean).at(-1);
    if (last && (intro || isUnitIntroduction(words)) && looksLikePersonName(last)) return last;
    const runOn = unitThenName(words);
    if (runOn) return runOn;
  }
  return undefined;
}

/**
 * The contact values a self-introduction gives: the person's name (when shaped like one) and the
 * phone number and e-mail address written in it; never a province or another answer. The name is
 * only who writes, marked inferred: a coordinator relaying a county's form names its contact later.
 */
export function introductionValues(form: Form, filled: Record<string, FieldValue>, text: string): Record<string, FieldValue> {
  const contact = (id: string): boolean => {
    const field = form.field(id);
    return field !== undefined && (field.type === 'phone' || field.type === 'email' || field.personName);
  };
  const read = readMessage(form, filled, undefined, text).values;
  const values = Object.fromEntries(Object.entries(read).filter(([id]) => contact(id)));
  const name = introducedName(text);
  const person = form.fields.find((f) => f.personName && !(f.id in filled));
  const parsed = person && name ? parseField(person, name) : undefined;
  if (person && parsed?.ok) values[person.id] = { ...parsed.value, inferred: true };
  return values;
}
