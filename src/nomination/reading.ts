import type { Form, FormField } from './form.js';
import { cleanLabel, fieldsNamedIn, matchLabel, shapeFit, type LabelMatch } from './labels.js';
import { canonicalProvince, findProvinces } from './provinces.js';
import { parseField, type ParseResult } from './parsers/index.js';
import { INTERJECTION } from './parsers/lead.js';
import { ACTION, APPROX_TAIL, findFigure, labelOf, segment } from './segment.js';
import { NUMBER_PATTERN } from './parsers/numbers.js';
import type { FieldValue } from '../store/nomination-types.js';
import { fail } from './parsers/result.js';
import { t } from '../texts.js';
import { isNone, noneNamed, withoutUnknown } from './none-answer.js';
import { elsewhere, unwrapWritten } from './pending-text.js';
import { couldBePersonName, SELF_INTRO, withoutSelfIntro } from './person-name.js';

/**
 * Reads one message against the form: segments it, gives each labelled segment to the field its
 * label names (only when the value parses as that field's type), the first unlabelled one to the
 * field being asked, and routes what is left by what it unmistakably is (a phone number, an
 * e-mail address, a province, a choice, an announcement number). A value for a field that is
 * already filled is not stored: it comes back as a conflict to ask about — unless the field is
 * the one being asked.
 */

export interface MessageReading {
  /** Values to store now. */
  values: Record<string, FieldValue>;
  /** Values for fields that already hold a different value: ask before changing them. */
  conflicts: Record<string, FieldValue>;
  /** Pieces of the message that no field could read, as typed. */
  unread: string[];
  /** Why the field being asked could not read its part of the message, if it could not. */
  failure?: { reason: string; example: string };
  /** Optional figure fields the message says have no figure yet ("物流、旅游都没统计"): skipped. */
  skipped: string[];
}

/** Words that open a message and say nothing of a field: "对了，…", "另外，…", "补充一下：…". */
const DISCOURSE = /^(?:对了|哦对了?|噢对了?|另外|还有|然后|补充一下|补充|顺便说一下|再就是)\s*[，,、。:：\s]\s*/u;

/** Words that make what follows a field's name a statement about it ("出口主要是东南亚"), not a compound noun ("加工食品"). */
const STATEMENT = /是|为|有|在|没|不|了|都|也|主要|大概|左右|约|吧/u;

/** Phone numbers and e-mail addresses written anywhere in a line ("韦丽 0774-3821234"). */
const PATTERNS: Array<{ type: FormField['type']; pattern: RegExp }> = [
  { type: 'email', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu },
  {
    type: 'phone',
    pattern: /(?<![\d-])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![\d-])|(?<![\d-])[（(]?0\d{2,3}[)）]?[\s-]?\d{3,4}[\s-]?\d{4}(?:\s*转\s*\d{1,6})?(?![\d-])/gu,
  },
];
/** Fillers around the figure that the numeric parsers do not know: 比一般的高 …, …吧. */
const TAIL_FILLER = /(?:吧|啊|哈|呢|的样子|这样|那样|差不多|的)+[。.!！]*$/u;
const TIME_LEAD = /^(?:去年|今年|上年|上一年度?|全年|一年|每年|年均|\d{4}年度?)(?:的)?/u;
/** Words between a label and its value: "加工那块有12亿", "出口的话大概1000万美元". */
const VALUE_FILLER = /^(?:的话|这一块|那一块|这一项|那块|这块|一块|方面|这边|那边|部分|这项|的|嘛|呢|呀|啊)+/u;
/** Words before a copula that may restate the question: "范围是…", "产品叫…", "名字叫…". */
const LEAD_IN = /^([^，,。；;：:\d\s]{1,8}?)(?:就是|应该是|是|为|叫做|叫|\s+|\s*[:：])\s*[:：]?\s*/u;

/**
 * The answer without a lead-in that restates the field asked (its label or head noun, as the
 * label matcher reads it, tied for best): "范围是新疆…" → "新疆…" for 保护范围, "产品叫X" → X for the
 * name. A lead-in that names another field stays (that is a labelled value, read elsewhere).
 */
function withoutLeadIn(form: Form, field: FormField, text: string): string {
  const lead = LEAD_IN.exec(text);
  if (!lead?.[1]) return text;
  const matches = matchLabel(form, lead[1]);
  const top = matches[0]?.score ?? 0;
  const restates = matches.some((m) => m.field.id === field.id && m.score >= top - 3);
  const rest = text.slice(lead[0].length).trim();
  return restates && rest ? rest : text;
}
const NUMERIC = new Set<FormField['type']>(['money', 'count', 'percent']);
/** Words beside a phone number that are no name: "应该是13912345678", "改成…", "号码是…". */
const NOT_A_NAME = /^(?:应该|其实|就|也|还|号码|手机|电话)?(?:是|为|改成|改为|换成|修改为|更正为|写错了|错了|不对)$/u;
/** No answer ends like a spoken sentence: "我先问问领导吧". */
const SPOKEN_END = /(?:吧|吗|呢|啊|呀|哈|哦|嘛)[。.!！?？~～…]*$/u;
/** A remark about an earlier answer ("刚才那个写错了", "前面的多打了一位") is no answer to this question. */
const META = /^.{0,6}(?:刚才|刚刚|前面|上面|之前|上一[个条项])[^，,。；;]{0,10}(?:错|多打|少打|漏|不对)/u;
/** A name, unit or category also never speaks to someone or ends in 了: "你等我一会儿", "我找到了". */
const CHATTER = new RegExp(`我|你|您|咱|本人|了[。.!！?？~～…]*$|${SPOKEN_END.source}`, 'u');

const stripPunctuation = (s: string): string => s.replace(/^[\s,，;；、。:：]+|[\s,，;；、:：]+$/gu, '');

/** Parses `text` for `field`, also reading colloquial and labelled forms of numbers. */
export function parseFor(form: Form, field: FormField, typed: string): ParseResult {
  const unled = field.type === 'text' || field.type === 'longtext' ? withoutSelfIntro(field, withoutLeadIn(form, field, typed)) : typed;
  const unfilled = unled.replace(VALUE_FILLER, '').replace(/^[，,、：:\s]+/u, '');
  const bare = (field.type === 'text' ? unwrapWritten(unfilled) : unfilled) || unled;
  // a short text ends where its sentence does: "属于水果。" → 水果
  const text = field.type === 'text' ? bare.replace(/[。！!？?；;，,、]+$/u, '') || bare : bare;
  const spoken = field.type === 'text' ? CHATTER.test(text) : field.type === 'longtext' && (SPOKEN_END.test(text) || META.test(text));
  if (spoken) return fail(field, 'chatter');
  const direct = parseField(field, text);
  if (direct.ok || !NUMERIC.has(field.type)) return direct;
  if (isNone(field, text)) return parseField(field, '无');
  let tidy = text.trim().replace(TAIL_FILLER, '').replace(TIME_LEAD, '');
  // a name of the field after the figure: "150多家企业用标"
  for (const name of field.keywords) if (tidy.endsWith(name)) tidy = tidy.slice(0, -name.length);
  const again = parseField(field, tidy);
  return again.ok ? again : direct;
}

/** Reads `text` against `form`; `filled` is the draft's values, `current` the field being asked. */
export function readMessage(form: Form, filled: Record<string, FieldValue>, current: FormField | undefined, typed: string): MessageReading {
  const out: MessageReading = { values: {}, conflicts: {}, unread: [], skipped: [] };
  // "嗯，是…协会": an interjection in front says nothing
  const said = typed.trimStart().replace(INTERJECTION, '').replace(DISCOURSE, '') || typed;
  const { rest: text, fields: unknown } = withoutUnknown(form, filled, said);
  out.skipped = unknown.map((f) => f.id);
  if (!text) return out;
  let currentUsed = false;
  const bestField = (label: string): FormField | undefined => matchLabel(form, label)[0]?.field;
  // Words that name no field are no label: "州委州政府把三七产业列为千亿级…" answers the free-text question.
  const isFreeText = (label: string | undefined): boolean =>
    (label === undefined ? current : (bestField(label) ?? current))?.type === 'longtext';

  const put = (field: FormField, value: FieldValue): void => {
    if (field.id in out.values || field.id in out.conflicts) return;
    if (field.id === current?.id) currentUsed = true;
    const old = filled[field.id];
    if (old && field.id !== current?.id) {
      if (old.value !== value.value) out.conflicts[field.id] = value;
      return;
    }
    out.values[field.id] = value;
  };

  const open = (f: FormField): boolean => !(f.id in filled) && !(f.id in out.values);
  /** An unlabelled piece: the asked field, else phone/e-mail inside it, else what it unmistakably is. */
  const unlabelled = (text: string): void => {
    const rest = extractPatterns(text);
    if (rest === '') return;
    // a name beside a phone number or e-mail address: "何丽 0835-4221234"
    const name = form.fields.find((f) => f.type === 'text' && f.personName && (!(f.id in filled) || f.id === current?.id));
    const person = name ? withoutSelfIntro(name, rest) : rest;
    if (rest !== text && couldBePersonName(person) && !NOT_A_NAME.test(person)) {
      const parsed = name ? parseField(name, person) : undefined;
      if (name && parsed?.ok) return put(name, parsed.value);
    }
    // "新会陈皮是广东省江门市新会区的地理标志产品" for the name: the subject answers, the rest is routed
    const described = current && !currentUsed && current.type === 'text' ? subjectAnswer(form, current, rest, open) : undefined;
    if (described) {
      put(current as FormField, described.value);
      for (const other of described.others) put(other.field, other.value);
      return;
    }
    if (current && !currentUsed) {
      const other = elsewhere(form, current, rest, (f, t) => parseFor(form, f, t), typed);
      if (other) {
        currentUsed = true;
        if (other.field && other.value && !(other.field.id in filled)) return put(other.field, other.value);
        const reason = other.field ? t('form.other_field', { other: other.field.label }) : t('form.chatter');
        out.failure ??= { reason, example: current.example ?? '' };
        out.unread.push(rest);
        return;
      }
      const parsed = parseFor(form, current, rest);
      if (parsed.ok) return put(current, parsed.value);
      const described = describedFigure(form, current, rest);
      if (described) return put(current, described);
      out.failure ??= { reason: parsed.reason, example: parsed.example };
    }
    const routed = [distinctive(form, rest, open), provinceNamed(form, rest, open), selfIntroduced(form, rest, open), noneNamed(form, rest, open)].filter((r) => r !== undefined);
    for (const r of routed) put(r.field, r.value);
    if (routed.length === 0) out.unread.push(rest);
  };

  /** Takes phone numbers and e-mail addresses out of a line, storing them; returns the rest. */
  const extractPatterns = (text: string): string => {
    let rest = text;
    for (const { type, pattern } of PATTERNS) {
      const fields = form.fields.filter((f) => f.type === type);
      if (fields.length !== 1) continue;
      const field = fields[0] as FormField;
      rest = rest.replace(pattern, (match) => {
        const parsed = parseField(field, match);
        if (!parsed.ok) return match;
        put(field, parsed.value);
        return ' ';
      });
    }
    // what labels the numbers ("电话", "邮箱") goes with them
    const left = stripPunctuation(rest.replace(/(?:联系)?(?:电话|手机|座机|邮箱|电子邮箱|email|e-mail)\s*[:：]?/giu, ' ')).replace(/\s+/gu, ' ');
    return left === stripPunctuation(text) ? text : left.trim();
  };

  const segments = segment(form, text, isFreeText);
  // A pasted block of several labelled values is read pair by pair.
  const about = segments.filter((seg) => seg.labelKind === 'colon').length <= 1 ? aboutOtherField(form, current, text) : undefined;
  if (about) {
    put(about.field, about.value);
    return out;
  }

  // Prose for the free-text field asked keeps its figures: "带动从业人员增收2000人，建设溯源平台。"
  // is a plan with a figure in it, not 从业人数 and a plan. Only a label before a colon says otherwise.
  // A report of figures is no prose, though: "当归加工产值18亿上下，物流、旅游都没统计" states no
  // action, and each piece is a figure for a field or names figure fields it has none for.
  const figureField = (f: FormField | undefined): boolean => f !== undefined && NUMERIC.has(f.type);
  const figureReport =
    !ACTION.test(text) &&
    segments.every((seg) =>
      seg.label === undefined
        ? !findFigure(seg.value) && fieldsNamedIn(form, seg.value).some(figureField)
        : figureField(bestField(seg.label)) && parseFor(form, bestField(seg.label) as FormField, seg.value).ok,
    );
  const prose =
    current?.type === 'longtext' &&
    !figureReport &&
    segments.some((seg) => seg.label === undefined) &&
    segments.some((seg) => seg.label !== undefined && seg.labelKind !== 'colon' && bestField(seg.label)?.id !== current.id);
  if (prose) {
    unlabelled(text);
    return out;
  }

  for (const seg of segments) {
    if (seg.label === undefined) {
      unlabelled(seg.value);
      continue;
    }
    const matches = matchLabel(form, seg.label);
    const top = matches[0]?.score ?? 0;
    // Of labels that fit about as well, the field asked comes first, and one already read in this
    // message drops out: "…产值280亿，带动加工业产值90亿元" (产值 and 加工业产值 both fit the second).
    const near = matches.filter((m) => m.score >= top - 3);
    const fresh = near.filter((m) => !(m.field.id in out.values) && !(m.field.id in out.conflicts));
    // (the field asked comes first only among equals: "其中陈皮加工产值约70亿元" names 加工 more
    // closely than the 年产值 asked)
    const asked = (m: LabelMatch): number => Number(m.field.id === current?.id);
    // (and a value's shape decides between fields one word names: 名字 is the contact's for "李婷")
    const fit = (m: LabelMatch): number => shapeFit(m.field, seg.value);
    const tier = (fresh.length > 0 ? fresh : near).sort((a, b) => b.score - a.score || fit(b) - fit(a) || asked(b) - asked(a));
    const whole = `${seg.labelKind === 'colon' ? `${seg.label}：` : seg.label}${seg.value}`;
    // "资料如下：" over a pasted block heads it and is no value; alone, it is not understood
    if (tier.length === 0 && !seg.value && seg.labelKind === 'colon') {
      if (segments.length === 1) out.unread.push(whole);
      continue;
    }
    if (tier.length === 0 || !seg.value) {
      unlabelled(whole);
      continue;
    }
    const found = tier.map((m) => ({ field: m.field, parsed: parseFor(form, m.field, seg.value) })).find((c) => c.parsed.ok);
    if (found?.parsed.ok) {
      put(found.field, found.parsed.value);
      continue;
    }
    const inner = seg.labelKind === 'colon' ? innerLabelled(form, seg.label, seg.value) : undefined;
    if (inner) {
      put(inner.field, inner.value);
      continue;
    }
    const field = (tier[0] as { field: FormField }).field;
    if (field.type !== 'longtext') {
      const rest = extractPatterns(seg.value);
      const parsed = rest ? parseFor(form, field, rest) : undefined;
      if (rest === '' || parsed?.ok) {
        if (parsed?.ok) put(field, parsed.value);
        continue;
      }
    }
    // a head count after words that name another field: "从事枸杞种植和加工的有12万人左右"
    const counted = field.type === 'count' ? undefined : countByUnit(form, seg.value, form.fields.filter(open));
    if (counted) {
      put(counted.field, counted.value);
      continue;
    }
    // a figure after words that merely look like a label ("每年统筹资金5000万元") is read whole, and so
    // is a field's name that is part of the words ("加工食品" for the category, not 加工 = "食品")
    if (seg.labelKind === 'figure' || (seg.labelKind === 'name' && !STATEMENT.test(seg.value))) unlabelled(whole);
    else out.unread.push(whole);
  }
  return out;
}

/**
 * The answer to a figure question with a description in front: "采集和经营的农牧民有两万多人"
 * for 从业人数. Only when the words before the figure name no other field and state no action
 * ("明年准备新增用标企业20家" is a plan, not a count).
 */
function describedFigure(form: Form, field: FormField, text: string): FieldValue | undefined {
  if (!NUMERIC.has(field.type)) return undefined;
  const figure = findFigure(text);
  if (!figure || figure.index === 0) return undefined;
  const before = text.slice(0, figure.index);
  if (/\d/u.test(before) || ACTION.test(before)) return undefined;
  const named = matchLabel(form, before)[0]?.field;
  if (named && named.id !== field.id) return undefined;
  // words that name nothing leave a count without its measure word unexplained: "茶旅融合这块大约八千万" is no head count
  if (!named && field.type === 'count' && !countUnit(field).test(text)) return undefined;
  const parsed = parseFor(form, field, text.slice(figure.index));
  return parsed.ok ? parsed.value : undefined;
}

/**
 * A head count after a description, with a measure word only one open count field takes:
 * "从事枸杞种植和加工的有12万人左右" (人: 从业人数, not the 家 of market players). Not after
 * words stating an action ("新增用标企业20家" is a plan).
 */
function countByUnit(form: Form, text: string, fields: FormField[]): Routed | undefined {
  const figure = findFigure(text);
  if (!figure) return undefined;
  const [before, after] = [text.slice(0, figure.index), text.slice(figure.index)];
  // a lone 一 is a word more often than a count ("下一个", "错了一位")
  if (/\d/u.test(before) || ACTION.test(before) || /了/u.test(before) || !/^(?:\d|[一二两三四五六七八九十百千万]{2}|[二两三四五六七八九十])/u.test(after)) return undefined;
  const [only, ...more] = fields.filter((f) => f.type === 'count' && countUnit(f).test(after));
  const parsed = only && more.length === 0 ? parseFor(form, only, after) : undefined;
  return only && parsed?.ok ? { field: only, value: parsed.value } : undefined;
}

/** The measure words of a count field: 人/名/位 for people, 家/个/户 for market players. */
const countUnit = (field: FormField): RegExp => (field.unit === '人' ? /[人名位]/u : /[家个户]/u);

/**
 * A field that an unlabelled piece can only be: a province, a choice, an announcement number, or a
 * figure of a type only one open field takes ("三成左右" when 溢价率 is the only open percentage).
 */
function distinctive(form: Form, text: string, open: (f: FormField) => boolean): { field: FormField; value: FieldValue } | undefined {
  const cleaned = cleanLabel(text) || text;
  const fields = form.fields.filter(open);
  for (const type of NUMERIC) {
    const [only, ...more] = fields.filter((f) => f.type === type);
    const parsed = only && more.length === 0 && findFigure(text)?.index === 0 ? parseFor(form, only, text) : undefined;
    if (only && parsed?.ok) return { field: only, value: parsed.value };
  }
  const counted = countByUnit(form, text, fields);
  if (counted) return counted;
  for (const field of fields) {
    // "新疆的", "四川省的": a province and nothing else
    if (field.type === 'province' && canonicalProvince(text.trim().replace(/的$/u, ''))) {
      const parsed = parseField(field, text);
      if (parsed.ok) return { field, value: parsed.value };
    }
    if (field.type === 'choice') {
      const parsed = choiceIn(field, text, cleaned);
      if (parsed) return { field, value: parsed };
    }
    if (field.type === 'registration' && /年|号|公告|注册/u.test(text)) {
      const parsed = parseField(field, text);
      if (parsed.ok) return { field, value: parsed.value };
    }
  }
  return undefined;
}

type Routed = { field: FormField; value: FieldValue };

/** A province named in full ("云南省", "新疆维吾尔自治区") inside a short clause, the only one named: "普洱茶是云南省的地理标志产品". */
function provinceNamed(form: Form, text: string, open: (f: FormField) => boolean): Routed | undefined {
  const field = form.fields.find((f) => f.type === 'province' && open(f));
  if (!field || text.length > CHOICE_CLAUSE_MAX + 6 || !/省|自治区/u.test(text) || findProvinces(text).length !== 1) return undefined;
  const parsed = parseField(field, text);
  return parsed.ok ? { field, value: parsed.value } : undefined;
}

/** "我叫赵磊": a person introducing themselves names the open field that holds a person's name. */
function selfIntroduced(form: Form, text: string, open: (f: FormField) => boolean): Routed | undefined {
  const field = form.fields.find((f) => f.personName && open(f));
  if (!field || !SELF_INTRO.test(text.trim()) || withoutSelfIntro(field, text) === text) return undefined;
  const parsed = parseField(field, withoutSelfIntro(field, text));
  return parsed.ok ? { field, value: parsed.value } : undefined;
}

/**
 * "A是B" for a short text field, where B is unmistakably other values (a province, a choice …)
 * and A reads as the field: A is the answer, B's values go to their fields.
 */
function subjectAnswer(form: Form, field: FormField, text: string, open: (f: FormField) => boolean): { value: FieldValue; others: Routed[] } | undefined {
  const at = text.indexOf('是');
  if (at < 2) return undefined;
  const [subject, predicate] = [text.slice(0, at), text.slice(at + 1)];
  const others = [distinctive(form, predicate, open), provinceNamed(form, predicate, open)].filter((r): r is Routed => r !== undefined);
  if (others.length === 0 || matchLabel(form, subject).length > 0) return undefined;
  const parsed = parseFor(form, field, subject);
  return parsed.ok ? { value: parsed.value, others } : undefined;
}

/**
 * A value that is itself labelled, under a label that names a group: "关联产业产值：加工2亿元"
 * is 加工 under 关联产业产值, read with both labels together ("关联产业产值加工" → 加工产值).
 */
function innerLabelled(form: Form, outer: string, value: string): { field: FormField; value: FieldValue } | undefined {
  const inner = labelOf(form, value);
  if (inner.label === undefined || !inner.value) return undefined;
  const field = matchLabel(form, `${outer}${inner.label}`)[0]?.field;
  const parsed = field ? parseFor(form, field, inner.value) : undefined;
  return field && parsed?.ok ? { field, value: parsed.value } : undefined;
}

/** At most this many characters of other words beside the field's name and the value. */
const ABOUT_MAX_WORDS = 16;
const CLAUSE_SPLIT = /[\r\n，,、；;。！!？?\s]+|\\n/u;

/**
 * A short message about one typed field (a figure, a registration number …) other than the one
 * asked, wherever the field is named:
 * "之前跳过的加工业产值有数了，二十三亿左右", "对了，物流那块也统计出来了，差不多五个亿".
 * It goes to that field (filled fields are asked about as usual), never into the pending free
 * text. Only when the message names exactly that field, holds exactly one figure that parses as
 * its value, and the other words are few and state no action (a plan such as "明年计划新增用标企业
 * 20家" names 用标企业 too, but it says what will be done, and it names the plan).
 */
function aboutOtherField(form: Form, current: FormField | undefined, text: string): { field: FormField; value: FieldValue } | undefined {
  if (text.length > 60) return undefined;
  const figures = [...text.matchAll(new RegExp(`(?:${NUMBER_PATTERN})`, 'gu'))].filter((m) => findFigure(text.slice(m.index ?? 0))?.index === 0);
  if (figures.length !== 1) return undefined;
  const at = (figures[0] as RegExpMatchArray).index ?? 0;
  const clauseEnd = text.slice(at).search(CLAUSE_SPLIT);
  const end = clauseEnd < 0 ? text.length : at + clauseEnd;
  const approx = APPROX_TAIL.exec(text.slice(0, at))?.[0] ?? '';
  const start = at - approx.length;
  const value = text.slice(start, end);
  const words = `${text.slice(0, start)}，${text.slice(end)}`;
  if (/\d/u.test(words) || ACTION.test(words)) return undefined;
  const named = new Set<FormField>();
  let nameChars = 0;
  const clauses = words.split(CLAUSE_SPLIT).filter(Boolean);
  // A clause that answers a typed question, or is unmistakably another value ("证明商标，注册号…",
  // "作为证明商标注册的，注册号是…"), makes it a combined answer, read segment by segment.
  const typedQuestion = current && current.type !== 'text' && current.type !== 'longtext';
  const combined = (clause: string): boolean =>
    (typedQuestion && parseFor(form, current, clause).ok) || distinctive(form, clause, (f) => f.type !== 'registration') !== undefined;
  if (clauses.some(combined)) return undefined;
  for (const clause of clauses) {
    const match = matchLabel(form, clause)[0];
    if (!match) continue;
    named.add(match.field);
    nameChars += Math.max(...namesIn(match.field, clause));
  }
  const field = [...named][0];
  // (phone numbers and e-mail addresses are taken out of any message, with the words beside them)
  if (named.size !== 1 || !field || field.id === current?.id || !(NUMERIC.has(field.type) || field.type === 'registration')) return undefined;
  if ([...words.replace(/[^\p{Script=Han}\p{L}]/gu, '')].length - nameChars > ABOUT_MAX_WORDS) return undefined;
  const parsed = parseFor(form, field, value);
  return parsed.ok ? { field, value: parsed.value } : undefined;
}

/** Lengths of the field's names found in `text` (0 when none is). */
const namesIn = (field: FormField, text: string): number[] => [0, ...field.keywords.filter((k) => text.includes(k)).map((k) => k.length)];

/** Choice names this long are read inside a clause ("2003年批的地理标志保护产品"); shorter ones only alone. */
const CHOICE_NAME_IN_CLAUSE = 4;
const CHOICE_CLAUSE_MAX = 24;

/** The one choice a short clause names: exactly, or by a long name inside it. */
function choiceIn(field: FormField, text: string, cleaned: string): FieldValue | undefined {
  const named = (field.choices ?? []).filter((choice) =>
    [choice, ...(field.choiceAliases[choice] ?? [])].some(
      (name) => name === cleaned || (name.length >= CHOICE_NAME_IN_CLAUSE && text.length <= CHOICE_CLAUSE_MAX && text.includes(name)),
    ),
  );
  if (named.length !== 1) return undefined;
  const parsed = parseField(field, named[0] as string);
  return parsed.ok ? parsed.value : undefined;
}
