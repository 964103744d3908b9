import { SPACE_RUN } from '../text/regexp.js';
import { withoutPointingSubject } from './discourse.js';
import { choiceNames, type Form, type FormField } from './form.js';
import { matchLabel } from './labels.js';
import { taggedWords } from '../text/segmenter.js';
import { isDeferral, isNone } from './none-answer.js';
import { parseField, type ParseResult } from './parsers/index.js';
import { fail, stripInvisible } from './parsers/result.js';
import { parseText } from './parsers/text.js';
import { ACTION, COPULA_SCORE, runsOn } from './segment.js';
import { looksLikePersonName, pointsAtRank, withoutCourtesyTail, withoutSelfIntro } from './person-name.js';
import { withoutSendingOpener } from './lead-in.js';
import { typicalValue } from './typical.js';
import { unwrapWritten } from './pending-text.js';
import { withoutNameLead } from './name-kind.js';
import { HOLD_CLAUSE } from './correction-words.js';
import { canonicalProvince } from './provinces.js';

/**
 * Parses one piece of a message for one field the way officers answer: a lead-in restating the
 * question ("范围是…"), filler words ("加工那块有12亿"), what to write ("就填粮油"), colloquial
 * figures ("150多家企业用标"); a spoken sentence is no name and no free text.
 */

/** The field types that hold a figure. */
export const NUMERIC = new Set<FormField['type']>(['money', 'count', 'percent']);

/** Fillers around the figure that the numeric parsers do not know: 比一般的高 …, …吧. */
const TAIL_FILLER = /(?:吧|啊|哈|呢|的样子|这样|那样|差不多|的|(?:的)?(?:那个|这个)(?:总数|总的|数字?|数据)?)+[。.!！]*$/u;
/** "填125.6亿元那个总数", "按3200万美元报": the words saying to write the figure are none of it. */
const WRITE_LEAD = /^(?:就|还是)?(?:填|写|报|按|用)(?:上)?(?=[\d零〇一二两三四五六七八九十百千约大近])/u;
/** "50%是有的", "3000万肯定有": a tail affirming the figure ("at least that much") says nothing more of it. */
const AFFIRM_TAIL = /(?:是|肯定|应该|总|起码|至少)+有(?:的|吧|呢)?[。.!！]*$/u;
const TIME_LEAD = /^(?:去年|今年|上年|上一年度?|全年|一年|每年|年均|\d{4}年度?)(?:的)?/u;
/** Words between a label and its value: "加工那块有12亿", "出口的话大概1000万美元". */
const VALUE_FILLER = /^(?:的话|这一块|那一块|这一项|那块|这块|一块|方面|这边|那边|部分|这项|的|嘛|呢|呀|啊)+/u;
/** Words before a copula that may restate the question: "范围是…", "产品叫…", "名字叫…"; the copula. */
const LEAD_IN = /^([^，,。；;：:\d\s]{1,8}?)(就是|应该是|是|为|叫做|叫|属于|\s+|\s*[:：])\s*[:：]?\s*/u;
/** Who speaks, or the thing pointed at, before what is said of it: "我们的地标产品叫…", "这个产品叫…". */
const POINTER = /^(?:(?:我们|咱们|咱|俺们)(?:这边|这里)?(?:的|这个|那个)?|这个|那个)(?:地标|地理标志)?/u;

/**
 * The answer without a lead-in that restates the field asked (its label or head noun, as the
 * label matcher reads it, tied for best): "范围是新疆…" → "新疆…" for 保护范围, "产品叫X" → X for the
 * name. A lead-in that names another field stays (that is a labelled value, read elsewhere).
 */
function withoutLeadIn(form: Form, field: FormField, text: string): string {
  const lead = LEAD_IN.exec(text);
  if (!lead?.[1]) return text;
  const rest = text.slice(lead[0].length).trim();
  // a verb that is the field's own word says what follows is its value, whatever the subject: "人参属于中药材"
  if (lead[2] && field.keywords.includes(lead[2]) && rest) return rest;
  // what is called (叫) something is called by its name: "产品叫…" restates 产品名称
  const words = lead[1].replace(POINTER, '') || lead[1];
  const matches = matchLabel(form, lead[2]?.startsWith('叫') && !/名字|名称/u.test(words) ? `${words}名称` : words);
  const top = matches[0]?.score ?? 0;
  const restates = matches.some((m) => m.field.id === field.id && m.score >= top - 3);
  return restates && rest ? rest : text;
}
/** No answer ends like a spoken sentence: "我先问问领导吧". */
const SPOKEN_END = /(?:吧|吗|呢|啊|呀|哈|哦|嘛)[。.!！?？~～…]*$/u;
/** A clause asked of the bot inside free text ("对了产值那个是万元没错吧？1350000万元…"): a question, not the text asked for. */
const ASKED_INSIDE = /[?？](?!$)/u;
/** A remark about an earlier answer ("刚才那个写错了", "前面的多打了一位") is no answer to this question. */
const META = /^.{0,6}(?:刚才|刚刚|前面|上面|之前|上一[个条项])[^，,。；;]{0,10}(?:错|多打|少打|漏|不对)/u;
/** A remark on a pasted table's parts ("存栏那列不用管", "出口那格0是真的"): about the table, no measure or plan. */
const TABLE_PART = /[这那]一?(?:列|格|栏)|表[里上中]的?(?:那|这)/u;

/** A name, unit or category also never speaks to someone, ends in 了 or in a verb done briefly: "你等我一会儿", "我找到了", "先报一下". */
const CHATTER = new RegExp(`我|你|您|咱|本人|了[。.!！?？~～…]*$|一下[。.!！~～…]*$|${SPOKEN_END.source}`, 'u');


/** A particle closing a sentence, and the words of a conversation that make the rest no bare value. */
const CLOSING_PARTICLE = /(?:吧|哈|哦|呀|啊|嘛|呗|噻|撒|咯|嘞)+[。.!！~～]*$/u;
const CONVERSATION = /我|你|您|咱|本人|了$|吗|呢|[?？]/u;
/** A value long enough to stand alone once its particle is gone: an organisation, a product's name. */
const STANDS_ALONE = 4;

/**
 * The text without a particle closing it, when the rest holds no words of conversation and is
 * shaped as the field's value: a person's name, a place (the region's parser checks it), a
 * statement of actions for free text, four or more characters for another name.
 */
function withoutClosingParticle(field: FormField, text: string): string {
  const rest = text.replace(CLOSING_PARTICLE, '').trim();
  if (rest === text.trim() || !rest || CONVERSATION.test(rest) || isDeferral(rest)) return text;
  const shaped = field.personName
    ? looksLikePersonName(rest)
    : field.shape === 'place' || (field.type === 'longtext' ? ACTION.test(rest) : [...rest].length >= STANDS_ALONE);
  return shaped ? rest : text;
}

/** Whether `text` is one of a choice field's options or their other names, as typed. */
const isChoiceWord = (field: FormField, text: string): boolean => choiceNames(field).includes(text.trim());

/** Whether a free-text answer opens with one of the field's names running on into the text (see `runsOn`). */
const opensRunOn = (field: FormField, text: string): boolean => field.keywords.some((k) => text.startsWith(k) && runsOn(field, k, text.slice(k.length)));

/** The old value said after the new one in its clause: "43.6亿不是42亿", "29家，而不是92家". */
const OLD_VALUE_TAIL = /(?<=[\d\p{Script=Han}])[，,\s]*而?不是[^，,。；;]*$/u;
/** …or the old figure told apart in a clause of its own: "47亿 42是前年的", "3.56亿，3.5那个是约数". */
const OLD_FIGURE_ASIDE = /(?<=[\d\p{Script=Han}])[，,\s]+[\d.]+\p{Script=Han}{0,2}?(?:那个|这个)?(?:是|为|只是)[^，,。；;\d]*(?:前年|之前|以前|上次|原来|刚才|约数|概数|估的|估计|错的|旧的)[^，,。；;\d]*$/u;

/** The label matcher's score of a field's own name or keyword. */
const FIELD_NAME_SCORE = 90;

/** The province or choice field whose own answer `value` is. */
const ownerOfValue = (form: Form, value: string): FormField | undefined =>
  form.fields.find((f) => (f.type === 'province' && canonicalProvince(value) !== undefined) || (f.type === 'choice' && isChoiceWord(f, value)));

/** The field whose name (or the head word of its names, 措施 for 扶持措施) is the first word of `text`. */
function fieldOpening(form: Form, text: string): FormField | undefined {
  const first = taggedWords(text)[0]?.word;
  const best = first && first.length >= 2 ? matchLabel(form, first)[0] : undefined;
  return best && best.score >= COPULA_SCORE ? best.field : undefined;
}

/** Words of sending, or of saying that is all: "我分开发", "回头整理了贴给你", "就这四条". */
const ABOUT_SENDING_OR_ALL = /发|贴|传|整理|就这|这[几些]条|如下|下面|后面/u;
/** Longer than this, a message is text, whatever words it opens with. */
const REMARK_MAX = 24;

/**
 * "措施和明年打算我分开发", "措施就这四条": a short message opening with a field's name that only says
 * how it is sent, or that it is all, is a remark on the fields, no text of any (it has no figure
 * and no words of action: "措施：出台…" is the text).
 */
function remarkOnFields(form: Form, text: string): boolean {
  const bare = text.trim();
  if (bare.length > REMARK_MAX || /\d/u.test(bare) || !ABOUT_SENDING_OR_ALL.test(bare) || fieldOpening(form, bare) === undefined) return false;
  // (the words naming fields are no action: "明年打算")
  const said = taggedWords(bare).filter(({ word }) => (matchLabel(form, word)[0]?.score ?? 0) < COPULA_SCORE);
  return !ACTION.test(said.map(({ word }) => word).join(''));
}

/** A last clause pointing back at the place told, naming none: "…现辖行政区域，这个在公告里写得很清楚". */
const POINTING_REMARK = /[，,；;。]\s*(?:这个|这|那个|以上|上面)[^，,；;。\d省市县区镇乡村旗盟州]{2,20}[。！!]?$/u;

/** A region without a remark about it after it; other free text keeps every clause. */
const withoutPointingRemark = (field: FormField, text: string): string => (field.shape === 'place' ? text.replace(POINTING_REMARK, '') || text : text);

/** What someone else wrote, quoted or reported: "县里写的是“高出同类产品约1倍”", "他们报的是3.4万人". */
const QUOTED = /[“"「『]([^”"」』]+)[”"」』]/u;
const REPORTED = /^[^，,。；;]{0,12}?(?:写的是|说的是|报的是|给的是|填的是|报上来的是)/u;

/** Parses `text` for `field`, also reading colloquial and labelled forms of numbers, and a figure quoted or reported from someone else. */
export function parseFor(form: Form, field: FormField, typed: string): ParseResult {
  const read = parseTyped(form, field, typed);
  if (read.ok || !NUMERIC.has(field.type)) return read;
  const said = QUOTED.exec(typed)?.[1] ?? (REPORTED.test(typed) ? typed.replace(REPORTED, '') : undefined);
  const again = said && said !== typed ? parseTyped(form, field, said) : undefined;
  return again?.ok ? again : read;
}

function parseTyped(form: Form, field: FormField, typed: string): ParseResult {
  // "这个是霍山石斛": a subject only pointing at a short answer is no part of it
  const unled =
    field.type === 'text'
      ? withoutNameLead(field, withoutPointingSubject(withoutSelfIntro(field, withoutLeadIn(form, field, typed))))
      : field.type === 'longtext'
        ? withoutPointingRemark(field, withoutCourtesyTail(withoutSelfIntro(field, withoutSendingOpener(withoutLeadIn(form, field, typed)))))
        : typed;
  const unfilled = unled.replace(VALUE_FILLER, '').replace(/^[，,、：:\s]+/u, '');
  // "就填粮油吧": what to write, and the particle closing the sentence, say nothing of the answer
  const bare = (field.type === 'text' ? unwrapWritten(unfilled) : unfilled) || unled;
  // a short text ends where its sentence does: "属于水果。" → 水果 (and a dash before what came next, "郫县豆瓣——")
  const closed = field.type === 'text' ? bare.replace(/[。！!？?；;，,、~～…—－]+$/u, '') || bare : bare;
  // "张志刚吧", "…现辖行政区域哈": a particle closing what is otherwise the value says nothing more
  const text = withoutClosingParticle(field, closed);
  // "水果嘛", "属于水果类": one of the field's typical values, as typed; and such a field (the category) never holds a person's name
  const typical = typicalValue(field, typed) ?? typicalValue(field, closed);
  if (typical) return parseField(field, typical);
  if (field.typicalValues.length > 0 && looksLikePersonName(text)) return fail(field, 'person_name');
  // "商标类别：证明商标": one of a choice field's options is that field's answer, never a short text
  const chosen = field.type === 'text' ? form.fields.find((f) => f.type === 'choice' && isChoiceWord(f, text)) : undefined;
  if (chosen) return fail(field, 'other_field', { other: chosen.label });
  // "等会儿", "不对": holding back is no value of any field
  const spoken =
    HOLD_CLAUSE.test(text.trim()) ||
    (field.type === 'text' ? CHATTER.test(text) : field.type === 'longtext' && (SPOKEN_END.test(text) || META.test(text) || (TABLE_PART.test(text) && !ACTION.test(text)) || ASKED_INSIDE.test(text.trim()) || isDeferral(text)));
  if (spoken || (field.type === 'longtext' && remarkOnFields(form, text))) return fail(field, 'chatter');
  // "写主任": a rank pointed at is whom to ask, not their name
  if (field.personName && pointsAtRank(text)) return fail(field, 'not_person');
  // "明年计划新增用标企业15家…" is the plan as written: the field's name running on into it stays
  if (opensRunOn(field, text)) return parseText(field, stripInvisible(text).trim(), text);
  const direct = parseField(field, text);
  // "属于河北省", "属于地理标志产品": a province or a choice, once the lead words are off, is another field's answer
  const owner = direct.ok && field.type === 'text' ? ownerOfValue(form, String(direct.value.value)) : undefined;
  if (owner) return fail(field, 'other_field', { other: owner.label });
  // "物流、旅游这两项…": a field's own name is never a person's
  const named = direct.ok && field.personName ? matchLabel(form, String(direct.value.value))[0] : undefined;
  if (named && named.score >= FIELD_NAME_SCORE) return fail(field, 'other_field', { other: named.field.label });
  // "省份 保护类型 编号": the rest of a header row, the names of other fields, is no name
  const words = direct.ok && field.type === 'text' ? String(direct.value.value).split(SPACE_RUN) : [];
  const header = words.length >= 2 ? words.map((word) => matchLabel(form, word)[0]).filter((m) => m && m.score >= FIELD_NAME_SCORE && m.field !== field) : [];
  if (header.length >= 2) return fail(field, 'other_field', { other: header[0]!.field.label });
  // "措施就这四条": words about another field, opening with its name and not shaped as a name, are no one's name
  const about = direct.ok && field.personName && !looksLikePersonName(String(direct.value.value)) ? fieldOpening(form, String(direct.value.value)) : undefined;
  if (about && about !== field) return fail(field, 'other_field', { other: about.label });
  if (direct.ok || !NUMERIC.has(field.type)) return direct;
  if (isNone(field, text)) return parseField(field, '无');
  // "43.6亿不是42亿", "29家，而不是92家": the old value said against the new one is no part of it
  let tidy = text.trim().replace(OLD_VALUE_TAIL, '').replace(OLD_FIGURE_ASIDE, '').replace(AFFIRM_TAIL, '').replace(TAIL_FILLER, '').replace(TIME_LEAD, '').replace(WRITE_LEAD, '');
  // a name of the field after the figure: "150多家企业用标"
  for (const name of field.keywords) if (tidy.endsWith(name)) tidy = tidy.slice(0, -name.length);
  const again = parseField(field, tidy);
  return again.ok ? again : direct;
}
