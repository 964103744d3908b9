import type { Form, FormField } from './form.js';
import { fieldAtItem } from './table-layout.js';
import { DISCOURSE } from './discourse.js';
import { fieldsNamedIn, matchLabel, pickField, shapeFit } from './labels.js';
import { parseField, type ParseResult } from './parsers/index.js';
import { parseFor } from './answer-parse.js';
import { readMessage } from './reading.js';
import { COPULA_SCORE, labelOf, segment } from './segment.js';
import { CLAUSE, CORRECTION_MARKER, FIELD_WRONG, FORM_PLACE, GOING_BACK, UNCHANGED_CLAUSE } from './correction-words.js';
import { describedFigure } from './routing.js';
import { contrast, digitFix, headedFix, restatedFigure, pointedSettle, settledAgain, swappedFields, totalCorrected, typoFix, zeroFix, type Filled } from './correction-forms.js';

export { CORRECTION_MARKER } from './correction-words.js';
import type { FieldValue } from '../store/nomination-types.js';
import { withNicknameNamed } from './person-name.js';

/**
 * Reading several fields out of one message ("产值3.2亿，从业人员1.5万人", "联系人张三 电话
 * 13800138000") with the segment reader (reading.ts), and spotting corrections ("产值改成3.5亿").
 */

/** One field found in a message: its id, what the parser made of it, and the text it read. */
export interface Extraction {
  fieldId: string;
  result: ParseResult;
  span: string;
}

/** A correction request: the field to change and, when given, the new answer as typed. */
export interface Correction {
  field: string;
  value?: string;
}

/** Messages longer than this are not scanned (a pasted report goes to the LLM extractor). */
const MAX_TEXT = 2000;

/**
 * Every field named by a label in `text` (see `segment` and `matchLabel`), with what the label's
 * field made of the value after it: a parsed value or a failure. Labels that name no field are
 * left out; the first mention of a field wins.
 */
export function extractFields(form: Form, text: string): Extraction[] {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return [];
  const out: Extraction[] = [];
  for (const seg of segment(form, text, () => false)) {
    const field = seg.label === undefined ? undefined : matchLabel(form, seg.label)[0]?.field;
    const span = seg.value.trim();
    if (!field || !span || !text.includes(span) || out.some((e) => e.fieldId === field.id)) continue;
    out.push({ fieldId: field.id, result: parseFor(form, field, span), span });
  }
  return out;
}

/** What a message says for which fields, read as the dialog reads it with nothing asked and nothing filled. */
export function extractValues(form: Form, text: string): Record<string, FieldValue> {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return {};
  return readMessage(form, {}, undefined, text).values;
}

const CHANGE_VERB = '(?:修改为|修改成|更改为|更正为|变更为|改成|改为|改作|换成|应该是|应该为|应为|应该?(?:填|写)(?:成|为)?|改|=)';
/** (the new value opens with no stop: "产值那里要改，…" says a change comes, not its value) */
const WITH_VALUE = new RegExp(`^(?:我要|我想|请|麻烦)?(?:把|将)?(.{1,20}?)(?:一下)?(?:不对|错了|填错了)?[,，]?${CHANGE_VERB}[:：\\s]*([^，,；;。\\s].*)$`, 'su');
/** "改一下联系人：李娜", "修改产值：3.5亿": the verb first, then the field and its new value after a colon. */
const VERB_FIRST = /^(?:我要|我想|请|麻烦)?(?:修改|更改|更正|改一下|改)(?:一下)?(.{1,20}?)\s*[:：]\s*(.+)$/su;
/** "产值以16.8亿为准", "出口额，按600万美元为准", "产值还是按4.1亿报吧". */
const SETTLED = /^([^：:，,。；;]{1,12}?)[，,]?\s*(?:(?:还是|就)?(?:以|按照?)\s*([^：:，,。；;]{1,24}?)\s*为准|还是按照?\s*([^：:，,。；;\s]{1,24}?)\s*来?(?:报|填|写|算)(?:吧|了|啊)?)[。.!！]?$/u;
const FIELD_ONLY = /^(?:我要|我想|请|麻烦)?(?:修改|更改|更正|改一下|改|重填|重新填写?|重新输入)(?:一下)?(.{1,20}?)(?:一下)?[。.!！]?$/u;
/** "回到产值那题", "返回出口额那一项": the field gone back to, to answer again. */
const FIELD_RETURN = new RegExp(`^(?:我要|我想|请|麻烦|先)?${GOING_BACK}(.{1,12}?)${FORM_PLACE}[。.!！吧]*$`, 'u');
/**
 * The field a short phrase names: its label, a keyword, its id, or the label matcher's clear first
 * choice. A phrase naming several fields equally (名字: the product's name or the contact's)
 * names the one the new value fits by its shape, else, when each is named exactly, the one
 * nearest in the form to `near` (the question asked).
 */
function fieldNamed(form: Form, phrase: string, value?: string, near?: string): FormField | undefined {
  const name = phrase.trim().replace(/^的|的$/gu, '').toLowerCase();
  if (!name) return undefined;
  const exact = form.fields.find((f) => f.id === name || f.label.toLowerCase() === name || f.keywords.some((k) => k.toLowerCase() === name));
  if (exact) return exact;
  // "第14项抄错了": the item number the dialog asks and lists the field by
  const item = fieldAtItem(form, name);
  if (item) return item;
  const matches = matchLabel(form, name);
  const first = matches[0];
  if (!first || first.score < CLEAR_MATCH) return undefined;
  const tied = matches.filter((m) => m.score === first.score).map((m) => m.field);
  if (tied.length === 1) return first.field;
  const fitting = value === undefined ? [] : tied.filter((f) => shapeFit(f, value) === 1 && parseField(f, value).ok);
  if (fitting.length === 1) return fitting[0];
  return first.score >= EXACT ? pickField(form, fitting.length > 0 ? fitting : tied, value, near) : undefined;
}

const EXACT = 100;
/** A label matcher score this high names a field in a correction ("电话" → 联系电话). */
const CLEAR_MATCH = 60;
/** A clause that only apologises or hesitates: "不好意思", "抱歉啊". */
const APOLOGY = /^(?:不好意思|抱歉|对不起|sorry|哎呀|哎|唉|嗯|哦|啊)[啊呀哈了！!。.]*$/iu;
const VALUE_LEAD_WORDS = /^(?:是|应该是|应为|(?:就|应该)?叫|(?:要|得|需要)?(?:改为|改成|换成|换为)|(?:正确|完整|准确)的是|其实是|实际是|(?:今年|本年度?|去年|上年度?|(?:19|20)\d{2}年度?|最新|实际)(?:的|统计的?)?(?:应该|其实)?(?:是|为))[:：\s]*/u;

/**
 * A correction anywhere in a message: "不对，产值应该是520亿，刚才写错了" (the clause that
 * names the field and the value), "联系人写错了，是王磊" (the field in one clause, the value in
 * the next). Only messages with a correction word are read.
 */
export function findCorrection(form: Form, typed: string, near?: string, filled: Filled = {}): Correction | undefined {
  if (typeof typed !== 'string' || typed.length > MAX_TEXT) return undefined;
  // "联系人换成小王，王海燕": the nickname and the full name after it are one person
  const text = withNicknameNamed(typed);
  return withUnitSaid(text, spokenFirst(form, text, (t) => correctionIn(form, t, near, filled), (c) => (c ? [c.field] : [])));
}

/** "…的数改成45.3，单位还是亿元": the unit said apart from a bare new figure. */
const UNIT_SAID = /单位(?:还是|就是|是|为|用)?\s*(亿元|万元|千元|元|亿美元|万美元|美元|万人|人|家|个)/u;

const withUnitSaid = (text: string, found: Correction | undefined): Correction | undefined => {
  const unit = found?.value !== undefined && /^\d+(?:\.\d+)?$/u.test(found.value) ? UNIT_SAID.exec(text)?.[1] : undefined;
  return found && unit ? { ...found, value: `${found.value}${unit}` } : found;
};

/** Spaces between words, and no stop typed: a message spoken into the phone. */
const SPOKEN_ONLY = /\p{Script=Han}[ \t\u3000]+\p{Script=Han}/u;
const SPOKEN_BREAK = /(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han})/gu;
const STOPS = /[，,。；;！!？?、\n]/u;

/**
 * Voice input parts clauses with spaces only ("保护类型填错了 不是集体商标 是证明商标 我看错证了"):
 * such a message is read with the spaces as commas first, unless a field it corrects is free text,
 * which keeps them.
 */
function spokenFirst<T>(form: Form, text: string, read: (text: string) => T, fields: (found: T) => string[]): T {
  if (SPOKEN_ONLY.test(text) && !STOPS.test(text)) {
    const spoken = read(text.replace(SPOKEN_BREAK, '，'));
    const named = fields(spoken);
    if (named.length > 0 && named.every((id) => form.field(id)?.type !== 'longtext')) return spoken;
  }
  return read(text);
}

function correctionIn(form: Form, text: string, near: string | undefined, filled: Filled): Correction | undefined {
  const headed = headedCorrection(form, text);
  if (headed) return headed;
  // "需要修改两处：保护范围少写了…": a heading saying changes follow, naming no field, is read past
  const announced = ANNOUNCES_CHANGES.exec(text.trim());
  if (announced?.[1] && fieldsNamedIn(form, text.trim().slice(0, -announced[1].length)).length === 0) return correctionIn(form, announced[1], near, filled);
  // (a figure said to be something else changes the field it is stored in: "…，四百一十是会员总数";
  // one settled on alone confirms the field holding it: "那就按…的110亿填")
  const restated = restatedFigure(form, spokenClausesOf(text), filled) ?? settledAgain(form, text, filled) ?? pointedSettle(form, clausesOf(text), filled);
  if (restated) return restated;
  if (!CORRECTION_MARKER.test(text)) return undefined;
  const special = headedFix(form, text) ?? digitFix(form, text, filled) ?? zeroFix(form, text, filled, near) ?? typoFix(form, text, filled) ?? totalCorrected(form, clausesOf(text));
  if (special) return special;
  // "对了，前面产值报错了，要改成138亿元": the opening word is no value beside the field
  const clauses = clausesOf(text);
  for (const [i, clause] of clauses.entries()) {
    const found = detect(form, clause, near);
    if (!found) continue;
    if (found.value !== undefined) return strip(textToEnd(form, text, clauses, i, found, near));
    // "刚才的旅游写错了，旅游产值改成4.6亿元": a later clause that corrects the same field says its value
    const restated = clauses.slice(i + 1).map((c) => detect(form, c, near)).find((d) => d?.field === found.field && d.value !== undefined);
    if (restated) return strip(restated);
    // "第1项抄错了，年产值应该是218.5亿元": a field named with its value outranks an item number, which may be the writer's own row
    const byItem = found.phrase !== undefined && fieldAtItem(form, found.phrase) !== undefined;
    const named = byItem ? clauses.slice(i + 1).map((c) => detect(form, c, near)).find((d) => d?.value !== undefined) : undefined;
    if (named) return strip(named);
    // the new value comes after the clause naming the field, else before it; an apology is none
    const value = valueBeside(form, found, clauses, i, near) ?? selfEvident(form, found.field, text);
    return value ? withValueFor(form, found, value, near) : strip(found);
  }
  const changedTo = changeToBesideNamed(form, clauses, filled);
  if (changedTo) return changedTo;
  const whole = detect(form, text, near);
  return (whole && whole.value === undefined ? namedWithValue(form, whole, clauses) : undefined) ?? strip(whole) ?? contrast(form, text, filled) ?? labelledBesideChange(form, clauses, near) ?? slipBeside(form, clauses, filled);
}

const clausesOf = (text: string): string[] => text.trim().replace(DISCOURSE, '').split(CLAUSE).map((c) => c.trim()).filter(Boolean);
/** Said without a stop (voice input), a message's clauses are parted by the spaces between its words ("…是去年的数 今年是…"). */
const spokenClausesOf = (text: string): string[] => (STOPS.test(text) ? clausesOf(text) : clausesOf(text).flatMap((c) => c.split(SPOKEN_BREAK)));

/**
 * "扶持措施改成县里出台了办法，每年安排500万元专项资金": free text put right runs from its new value to the
 * end of the message, or to a clause that changes another field; its commas are its own.
 */
function textToEnd(form: Form, text: string, clauses: readonly string[], at: number, found: Found, near: string | undefined): Found {
  if (form.field(found.field)?.type !== 'longtext' || found.value === undefined) return found;
  const start = text.indexOf(found.value, text.indexOf(clauses[at] ?? ''));
  const stop = clauses.slice(at + 1).findIndex((c) => {
    const other = detect(form, c, near);
    return other !== undefined && other.field !== found.field;
  });
  const end = stop < 0 ? text.length : text.indexOf(clauses[at + 1 + stop] ?? '', start);
  if (start < 0 || end < start) return found;
  const whole = text.slice(start, end).trim().replace(/[，,；;、]+$/u, '');
  return whole.length > found.value.length ? { ...found, value: whole } : found;
}

/** Of `fields`, the one whose name comes first in `text`. */
function firstNamed(form: Form, text: string, fields: FormField[]): FormField | undefined {
  for (let end = 1; end <= text.length; end += 1) {
    const found = fieldsNamedIn(form, text.slice(0, end)).filter((f) => fields.includes(f));
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** "132是手误", "前面那个是笔误": the old value was a slip of the hand. */
const SLIP = /^(?:[^，,。；;]{0,12}?)(?:是|那个是|属于)?(?:手误|笔误|口误)(?:了|啦)?[。.!！]?$/u;

/** "用标单位是123家，132是手误": the one labelled value beside a clause calling the old one a slip, for a field given before. */
function slipBeside(form: Form, clauses: string[], filled: Filled): Correction | undefined {
  if (!clauses.some((c) => SLIP.test(c))) return undefined;
  return onlyLabelledValue(form, clauses, (label, value) => fieldsNamedIn(form, label).find((f) => f.id in filled && parseField(f, value).ok));
}

/** The one clause whose label names a field (as `fieldOf` reads it) that its value parses for. */
function onlyLabelledValue(form: Form, clauses: string[], fieldOf: (label: string, value: string) => FormField | undefined): Correction | undefined {
  const labelled = clauses.flatMap((clause) => {
    const { label, value } = labelOf(form, clause);
    const field = label === undefined || !value ? undefined : fieldOf(label, value);
    return field && parseField(field, value).ok ? [{ field: field.id, value }] : [];
  });
  return labelled.length === 1 ? labelled[0] : undefined;
}

/** "改成168亿", "就按168亿报", "以7.9万为准": a new value with no field named in its own clause. */
const CHANGE_TO = /^(?:那|那就|就|麻烦|请|帮我|还是)?(?:(?:改成|改为|更正为|按|(?:改用|改按|换用|换成)(?:[^，,。\d]{1,10}?的)?)\s*(.+?)(?:报|填|吧|了|哈)*|(?:以|按照?)\s*(.+?)\s*为准(?:吧|了|哈)*)$/u;

/**
 * "产值210亿是集团口径，地标产品本身是168亿，改成168亿": a bare change beside clauses that name
 * fields goes to the one named field its value reads as.
 */
function changeToBesideNamed(form: Form, clauses: string[], filled: Filled): Correction | undefined {
  const at = clauses.findIndex((c) => CHANGE_TO.test(c) && fieldsNamedIn(form, c).length === 0);
  const change = at < 0 ? undefined : CHANGE_TO.exec(clauses[at] as string);
  const value = (change?.[1] ?? change?.[2])?.trim();
  if (!value) return undefined;
  const named = new Set(clauses.flatMap((c, i) => (i === at ? [] : fieldsNamedIn(form, c))));
  const fits = [...named].filter((f) => parseField(f, value).ok);
  // ("产值46亿含了加工…，改成39亿": a change is to a value given before, and to the field the message is about,
  // which it names first)
  const changed = fits.length > 1 ? fits.filter((f) => f.id in filled) : fits;
  const topic = changed.length > 1 ? firstNamed(form, clauses.slice(0, at).join('，'), changed) : changed[0];
  return topic ? { field: topic.id, value } : undefined;
}

/** "需要修改两处：", "改几个地方：": the changes follow the colon. */
const ANNOUNCES_CHANGES = /^(?:我|还)?(?:需要|要|得|想)?(?:修改|更改|更正|改)(?:一下)?(?:[一两二三几\d]?(?:处|个地方|个|项|点))?[：:]\s*(\S.*)$/su;

/** A request to change that names nothing: "更新一下", "帮我改下". */
const BARE_CHANGE = /^(?:请|麻烦)?(?:帮我)?(?:更新|修改|更正|改)一?下(?:吧|哈|啊|哦)?$/u;

/** "从业人员那个数是十五万七千人，更新一下": a bare request to change beside the one labelled value it is about. */
function labelledBesideChange(form: Form, clauses: string[], near?: string): Correction | undefined {
  if (!clauses.some((c) => BARE_CHANGE.test(c))) return undefined;
  return onlyLabelledValue(form, clauses, (label, value) => fieldNamed(form, label.replace(/(?:那个|这个)(?:数字?|数据)?(?:是|为)?$/u, ''), value, near));
}

/** "等一下，用标的是三百四十家，刚才记错了": the clause labelled with the field corrected says its value. */
function namedWithValue(form: Form, found: Found, clauses: string[]): Correction | undefined {
  const field = form.field(found.field);
  if (!field) return undefined;
  for (const clause of clauses) {
    const { label, value } = labelOf(form, clause);
    if (label !== undefined && value && fieldsNamedIn(form, label).includes(field) && parseField(field, value).ok) return { field: field.id, value };
  }
  return undefined;
}

/** A heading that says the text after it replaces an answer: "刚才措施发得不全，以这个为准：…", "计划有误，更正如下：…". */
const HEADED = /^([^：:\n]{2,30})[：:]\s*(\S.*)$/su;
const REPLACES = new RegExp(`${CORRECTION_MARKER.source}|为准|不全|不完整|补全|完整版|最新版|更新`, 'u');

/**
 * The answer a heading replaces and the text after it, taken whole (free text keeps its commas):
 * the heading must say that it replaces and name exactly one field, by a name or a head noun
 * only that field's names end in (措施, 计划, 范围).
 */
function headedCorrection(form: Form, text: string): Correction | undefined {
  const headed = HEADED.exec(text.trim());
  if (!headed?.[1] || !headed[2] || !REPLACES.test(headed[1]) || /\d/u.test(headed[1])) return undefined;
  const named = fieldsInHeading(form, headed[1]);
  return named.length === 1 ? { field: (named[0] as FormField).id, value: headed[2].trim() } : undefined;
}

/** Fields a heading names: by one of their names, or by a head noun only their names end in. */
function fieldsInHeading(form: Form, heading: string): FormField[] {
  const byName = fieldsNamedIn(form, heading);
  if (byName.length > 0) return byName;
  const heads = new Map<string, Set<FormField>>();
  for (const field of form.fields) {
    for (const name of [field.label, ...field.keywords]) {
      const head = name.replace(/[（(].*?[）)]/gu, '').slice(-2);
      if (/^\p{Script=Han}{2}$/u.test(head)) heads.set(head, (heads.get(head) ?? new Set()).add(field));
    }
  }
  const found = new Set<FormField>();
  for (const [head, fields] of heads) if (fields.size === 1 && heading.includes(head)) for (const f of fields) found.add(f);
  return [...found];
}

/**
 * The clause giving the new value for the field named (without one) in clause `i`: after it, else
 * before it; of those, the first the field reads ("电话错了，最后两位是09，18685523109" → the number),
 * else the first. The old value said after 不是 is no part of it.
 */
function valueBeside(form: Form, found: Found, clauses: string[], i: number, near?: string, onlyAfter = false): string | undefined {
  // among several corrections, a field's value is in the clauses up to the next field named
  const upToNextNamed = (): string[] => {
    const next = clauses.findIndex((c, k) => k > i && detect(form, c, near) !== undefined);
    return clauses.slice(i + 1, next < 0 ? undefined : next);
  };
  const others = onlyAfter ? upToNextNamed() : [...clauses.slice(i + 1), ...clauses.slice(0, i).reverse()];
  // "申请人不对，保护产品的申请人是保山市人民政府": a clause naming the field again gives its value after the copula
  const ownValue = (c: string): string => {
    const read = labelOf(form, c);
    const best = read.label !== undefined && read.value ? matchLabel(form, read.label)[0] : undefined;
    return best && best.field.id === found.field && best.score >= COPULA_SCORE ? read.value : c;
  };
  const candidates = others
    .map((c) => withoutOldValue(ownValue(c).replace(VALUE_LEAD_WORDS, '')))
    .filter((c) => c && !CORRECTION_MARKER.test(c) && !APOLOGY.test(c) && !UNCHANGED_CLAUSE.test(c) && !/^(?:刚才|之前|前面|上面)/u.test(c));
  // "其实有的，采摘节这些一年八千万左右": the clause that reads as the field, else the figure a clause describes
  const read = (value: string): string | undefined => {
    const field = form.field(withValueFor(form, found, value, near).field);
    if (!field) return undefined;
    return parseField(field, value).ok ? value : describedFigure(form, field, value)?.raw;
  };
  for (const candidate of candidates) {
    const value = read(candidate);
    if (value !== undefined) return value;
  }
  return candidates[0];
}

/** "29家不是92家", "29家，而不是92家" → "29家". */
const withoutOldValue = (value: string): string => value.replace(/[，,]?\s*(?:而)?不是.*$/su, '').trim();

/** A correction named without its value, given the value: the field is decided again by it (名字 → the contact for "李婷"). */
const withValueFor = (form: Form, found: Found, value: string, near?: string): Correction => ({
  field: (found.phrase !== undefined ? fieldNamed(form, found.phrase, value, near)?.id : undefined) ?? found.field,
  value,
});

/**
 * Every clause that changes a field with a value: "联系人改成王磊，电话改成13905591234" → two;
 * "产值写错了，应该是2.3亿；从业人员也改一下，是三千四百人" → two (a clause naming a field is
 * followed by its value).
 */
export function findCorrections(form: Form, text: string, near?: string, filled: Filled = {}): Array<Required<Correction>> {
  if (typeof text !== 'string' || text.length > MAX_TEXT || !CORRECTION_MARKER.test(text)) return [];
  // "联系人换成小王，王海燕，…": the nickname and the full name after it are one person
  return spokenFirst(form, withNicknameNamed(text), (t) => correctionsIn(form, t, near, filled), (found) => found.map((c) => c.field));
}

/** The clause after "联系人不是程刚" that says what it is: "是周丽华", "应该是38.6亿元". */
const CONTRAST_REST = /^(?:而|应该|其实|实际上?)?(?:是|为)\S/u;

function correctionsIn(form: Form, text: string, near: string | undefined, filled: Filled): Array<Required<Correction>> {
  const exchanged = swappedFields(form, text, filled);
  if (exchanged) return exchanged;
  const clauses = text.split(CLAUSE).map((c) => c.trim()).filter(Boolean);
  const found: Array<Required<Correction>> = [];
  for (const [i, clause] of clauses.entries()) {
    // "联系人不是程刚，是周丽华，电话也改成…": the old value and the new one in two clauses
    const next = clauses[i + 1];
    const contrasted = next !== undefined && clause.includes('不是') && CONTRAST_REST.test(next) ? contrast(form, `${clause}，${next}`, filled) : undefined;
    if (contrasted?.value !== undefined) {
      found.push({ field: contrasted.field, value: contrasted.value });
      continue;
    }
    const c = detect(form, clause, near);
    const value = c && c.value === undefined ? valueBeside(form, c, clauses, i, near, true) : c?.value;
    if (!c || value === undefined) continue;
    const field = withValueFor(form, c, value, near).field;
    // "电话也改成她的手机13971312345": the number itself
    found.push({ field, value: selfEvident(form, field, value) ?? value });
  }
  return found.filter((c, i) => found.findIndex((d) => d.field === c.field) === i);
}

/** A correction as detected, with the words that named its field when no value came with it. */
type Found = Correction & { phrase?: string };

const strip = (found: Found | undefined): Correction | undefined =>
  found && (found.value === undefined ? { field: found.field } : { field: found.field, value: found.value });

/** A request to change a field (see `detect`). */
export function detectCorrection(form: Form, text: string, near?: string): Correction | undefined {
  return strip(detect(form, text, near));
}

/**
 * A request to change a field: "产值改成3.5亿" / "把联系人改为李四" → field and new value;
 * "修改联系人" / "联系人填错了" → the field alone (the dialog asks for the new value).
 */
function detect(form: Form, text: string, near?: string): Found | undefined {
  if (typeof text !== 'string' || text.length > MAX_TEXT) return undefined;
  const message = text.trim();
  const withValue = WITH_VALUE.exec(message);
  if (withValue?.[1] && withValue[2]) {
    const target = withValue[1].replace(/^(?:修改|更改|更正)/u, '');
    // "应该是126家不是162家": the old value after 不是 is not part of the new one
    // ("电话也改一下": 一下 is no value)
    const value = withoutOldValue(withValue[2]).replace(/^一?下[。.!！]?$/u, '').trim();
    const field = value ? fieldNamed(form, target, value, near) : undefined;
    if (field) return { field: field.id, value };
  }
  const settled = SETTLED.exec(message);
  const settledValue = settled?.[2] ?? settled?.[3];
  const settledField = settled?.[1] && settledValue ? fieldNamed(form, settled[1], settledValue, near) : undefined;
  if (settledField && settledValue) return { field: settledField.id, value: settledValue };
  const verbFirst = VERB_FIRST.exec(message);
  const named = verbFirst?.[1] ? fieldNamed(form, verbFirst[1], verbFirst[2]?.trim(), near) : undefined;
  if (named && verbFirst?.[2]) return { field: named.id, value: verbFirst[2].trim() };
  const only = FIELD_ONLY.exec(message) ?? FIELD_RETURN.exec(message) ?? FIELD_WRONG.exec(message);
  if (only?.[1]) {
    const field = fieldNamed(form, only[1], undefined, near);
    if (field) return { field: field.id, phrase: only[1] };
  }
  return undefined;
}

/**
 * A phone number or e-mail address written anywhere in a correction of that field, the last one
 * said: "电话错了 最后一位是7 0718-8223457" (no other words tell one apart from a description).
 */
function selfEvident(form: Form, id: string, text: string): string | undefined {
  const field = form.field(id);
  if (field?.type !== 'phone' && field?.type !== 'email') return undefined;
  const pieces = text.split(/[\s，,。；;]+|(?<=[\p{Script=Han}])(?=[\d０-９a-z])/iu).filter(Boolean);
  return pieces.reverse().find((piece) => /\d|@/u.test(piece) && parseField(field, piece).ok);
}
