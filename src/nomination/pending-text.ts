import type { Form, FormField } from './form.js';
import { fieldsNamedIn, matchLabel, MIN_SCORE } from './labels.js';
import { canonicalProvince } from './provinces.js';
import type { ParseResult } from './parsers/result.js';
import { ACTION, CHANGE_LEAD, findFigure } from './segment.js';
import { isNone, NO_FIGURE } from './none-answer.js';
import { isCourtesy } from './person-name.js';
import { typicalValue } from './typical.js';
import { isUnitName } from './introduction.js';
import { countByUnit } from './routing.js';
import { isDataRemark } from './data-remark.js';
import type { FieldValue } from '../store/nomination-types.js';
import { taggedWords } from '../text/segmenter.js';

/**
 * A text field accepts almost any words, so a message sent while one is asked is stored there
 * only when it does not read better as something else: a province alone ("辽宁的"), an
 * announcement or registration number, a figure or a "none" answer naming another field ("不搞出口",
 * "物流旅游都没统计", "溢价大概三成五"), a figure with its unit for a short name, or a statement
 * in several clauses for a short name ("盟里出台了…意见，对用标企业…"). Then the message goes to
 * that field when it can, and the question asked stays open.
 */

/** Where a message reads better: the field (and the value when it can be stored there), or no field at all. */
export interface Elsewhere {
  field?: FormField;
  value?: FieldValue;
}

const NUMERIC = new Set<FormField['type']>(['money', 'count', 'percent']);
const TEXTUAL = new Set<FormField['type']>(['text', 'longtext']);
/** Words for "no figure to give": the field stays open, nothing is stored. */
const UNKNOWN = new RegExp(`${NO_FIGURE.source}|查一下`, 'u');
/** jieba tags a category's words never have: verbs, adverbs, places, pronouns, prepositions, conjunctions, particles. */
const NOT_OF_A_KIND = /^(?:v|vd|ns|d|p|r|c|uj|ul)$/u;
/** The words naming the kind, without the copula before them or the particle after ("是中药材", "水产品吧"). */
const kindWords = (text: string): string => text.replace(/^(?:嗯+|就是|应该是|算是|属于|是|算|归)/u, '').replace(/[吧啊呀哈嘛呢哦]+$/u, '');
/** A "none" or "don't know" answer is short; a longer text that names a figure says more. */
const SHORT = 30;
const CLAUSES = /[，,；;。！!]/u;
const REGISTRATION_HINT = /年|号|公告|注册/u;
/** A figure's field judged without a figure: "出口很少", "产值还行吧", "用标企业不太多". */
const JUDGED = /(?:很少|较少|极少|不多|不太多|没多少|一般|还行|还可以|不大|很小|有限|零星)(?:吧|啊|呀|的)?$/u;

/** A share said with no numeral a figure reader finds: 一半, 一倍, 两倍, 翻一番 (a lone "二" is no share). */
const WHOLE_OR_HALF = /半|倍|番/u;

type Parse = (field: FormField, text: string) => ParseResult;

/**
 * Where `text` (a piece of `message`), sent while the text field `current` is asked, reads
 * better; undefined when it may be the answer.
 */
export function elsewhere(form: Form, current: FormField, text: string, parse: Parse, message = text): Elsewhere | undefined {
  if (current.type !== 'text' && current.type !== 'longtext') return undefined;
  // "谢谢啦", "好的，辛苦了": courtesy answers no question
  if (isCourtesy(text)) return {};
  // "水果" while the name is asked: one of another field's typical values (a category)
  const typical = form.fields.find((f) => f.id !== current.id && typicalValue(f, text) !== undefined);
  if (typical) {
    const parsed = parse(typical, text);
    return { field: typical, ...(parsed.ok ? { value: parsed.value } : {}) };
  }
  const bare = text.trim().replace(/[的。.!！]+$/u, '');
  // "主要销往东南亚" beside other answers while the category is asked: a category is a kind of thing, said
  // without a verb, an adverb, a pronoun or a place
  if (current.typicalValues.length > 0 && message.trim() !== text.trim() && taggedWords(kindWords(bare)).some(({ tag }) => NOT_OF_A_KIND.test(tag))) return {};
  // "没法填", "不清楚": saying there is nothing to give names nothing (a name field takes any words)
  if (current.type === 'text' && bare.length <= SHORT && !findFigure(text) && UNKNOWN.test(bare)) return {};
  // "溢价", "出口至德国" while the product's name is asked: no product is named with another field's name
  const namedOther = current.shape === 'product' ? fieldsNamedIn(form, bare).find((f) => f.id !== current.id) : undefined;
  // (a figure for it is read below, "有两百三十家企业在用标", unless it is a plan's: "计划新增的用标企业20家")
  if (namedOther && !(NUMERIC.has(namedOther.type) && findFigure(text) && !ACTION.test(text))) return { field: namedOther };
  const province = form.fields.find((f) => f.type === 'province');
  if (province && canonicalProvince(bare)) {
    const parsed = parse(province, bare);
    return { field: province, ...(parsed.ok ? { value: parsed.value } : {}) };
  }
  // "奇台县小麦产业发展服务中心" while the product's name is asked: a body's name is the applicant's
  // …and while the region is asked ("是庆元县食用菌产业中心注册的": a body registered it, no place is told)
  const unit = current.shape === 'product' || current.shape === 'place' ? form.fields.find((f) => f.shape === 'unit') : undefined;
  // ("是…中心注册的": the body that registered it, the words around it told apart)
  const body = bare.replace(/^(?:就?是|由)/u, '').replace(/(?:注册|申请|申报|管理|负责)的?$/u, '');
  if (unit && isUnitName(body)) {
    const parsed = parse(unit, body);
    return { field: unit, ...(parsed.ok ? { value: parsed.value } : {}) };
  }
  const registration = form.fields.find((f) => f.type === 'registration');
  if (registration && REGISTRATION_HINT.test(bare) && /\d/u.test(bare)) {
    const parsed = parse(registration, bare);
    if (parsed.ok) return { field: registration, value: parsed.value };
  }
  const figure = findFigure(text);
  const other = fieldsNamedIn(form, text).find((f) => f.id !== current.id && NUMERIC.has(f.type));
  if (other && !figure && text.length <= SHORT) {
    if (isNone(other, text)) {
      const parsed = parse(other, '无');
      return { field: other, ...(parsed.ok ? { value: parsed.value } : {}) };
    }
    if (UNKNOWN.test(text)) return { field: other };
    // "出口很少" while the applicant is asked: a figure judged, not given, is no name
    if (current.type === 'text' && JUDGED.test(bare)) return {};
  }
  // a short name or a region never holds a figure for another field: "全区获准用标的企业达96家"
  const named = (): Elsewhere | undefined => {
    if (!other || !figure) return undefined;
    const parsed = parse(other, text.slice(figure.index));
    if (parsed.ok) return { field: other, value: parsed.value };
    // "有两百三十家企业在用标": the count, then words naming the field
    const counted = countByUnit(form, text, [other]);
    return { field: other, ...(counted ? { value: counted.value } : {}) };
  };
  if (current.type === 'longtext') return current.shape === 'place' ? named() : isDataRemark(form, current, message) ? {} : undefined;
  // "全县种稻加上加工的，从业人员…": a clause ending in 的 before more words describes what follows
  if (!current.personName && /的$/u.test(text.trim()) && followed(message, text)) return {};
  // …nor a statement
  const figureNamed = named();
  if (figureNamed) return figureNamed;
  // "1.2万人" while a name is asked: a head count only one count field takes goes there
  const counted = figure ? countByUnit(form, text, form.fields.filter((f) => f.id !== current.id)) : undefined;
  if (counted) return counted;
  // "比别的梨贵四成" while a name is asked: a figure only one field takes (a share) goes there
  // ("贵百分之四十": the share's words before its numeral are part of the figure)
  // ("同比增长12%" is how another figure changed: no field's value)
  if (figure && CHANGE_LEAD.test(text.slice(0, figure.index))) return {};
  const from = figure ? figure.index - (/百分之$/u.test(text.slice(0, figure.index)) ? 3 : 0) : 0;
  // ("售价比普通鲤鱼高出一半左右": 一半 and 一倍 are a share's figure, though no numeral reads as one)
  const takes = (f: FormField): boolean => f.id !== current.id && (figure ? NUMERIC.has(f.type) : f.type === 'percent' && WHOLE_OR_HALF.test(text));
  const takers = form.fields.filter(takes).map((f) => ({ f, parsed: parse(f, text.slice(from)) })).filter((t) => t.parsed.ok);
  const [only] = takers;
  if (takers.length === 1 && only?.parsed.ok && only.f.type === 'percent') return { field: only.f, value: only.parsed.value };
  if (takers.length > 0) return {};
  const clauses = message.split(CLAUSES).filter((c) => c.trim()).length;
  if (ACTION.test(text) && (clauses >= 2 || /了/u.test(text))) return {};
  // "辽宁省盘锦市现辖行政区域" for a name: worded like another text field's value
  const like = matchLabel(form, bare)[0];
  if (like && like.score >= MIN_SCORE && like.field.id !== current.id && TEXTUAL.has(like.field.type)) return { field: like.field };
  return undefined;
}

/** Whether more words follow `piece` in `message` ("…加工的，从业人员12万人"). */
function followed(message: string, piece: string): boolean {
  const at = message.indexOf(piece.trim());
  return at >= 0 && /[\p{L}\p{N}]/u.test(message.slice(at + piece.trim().length));
}

/** The last clause of a text, after a space or a comma. */
const LAST_CLAUSE = /[\s，,]+([^\s，,]+)$/u;

/** "就填粮油吧", "写成水果就行", "申请人写…协会": what to write, between the words asking to write it. */
const WRITTEN = /^(那就|就|直接)?(填写|写成|填成|填|写)(?:为|成)?\s*(\p{Script=Han}{2}.*?)(吧|就行了?|就可以了?|就好了?|即可)?[。！!~～]*$/u;

/**
 * The value inside words asking to write it, for a short text field, also when they close the text
 * after a remark; the text itself otherwise. A bare 写/填 in front asks to write only before a longer
 * value: "写字楼" and "填海造地" are words.
 */
export function unwrapWritten(text: string): string {
  const written = WRITTEN.exec(text.trim());
  // "我们之前报的都是加工食品 写加工食品": what to write, said last, is the value
  const last = written ? undefined : LAST_CLAUSE.exec(text.trim())?.[1];
  if (last && WRITTEN.test(last) && unwrapWritten(last) !== last) return unwrapWritten(last);
  if (!written) return text;
  const [, lead, verb, value = '', tail] = written;
  const bare = !lead && !tail && (verb?.length ?? 0) === 1;
  return bare && [...value].length < 4 ? text : value;
}
