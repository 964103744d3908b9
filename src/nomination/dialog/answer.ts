import { t } from '../../texts.js';
import { CORRECTION_MARKER, findCorrection, findCorrections, type Correction } from '../extract.js';
import { relativeFigure, withSharesOfFiguresRead } from '../relative-figure.js';
import { CHECKED_CLAUSE, CLAUSE, HOLD_CLAUSE, UNCHANGED_TAIL } from '../correction-words.js';
import { fieldsNamedIn, leadingName } from '../labels.js';
import type { Form, FormField } from '../form.js';
import { parseField } from '../parsers/index.js';
import { readMessage, type MessageReading } from '../reading.js';
import { figuresAsMeant } from '../settle.js';
import { withoutSlipOwned, withoutTakenBack } from '../self-repair.js';
import { withProvinceOfRegion } from '../places.js';
import { isCourtesy, withoutSelfIntro } from '../person-name.js';
import { isAboutSending } from '../lead-in.js';
import type { FieldValue } from '../../store/nomination-types.js';
import { NUMERIC } from '../answer-parse.js';
import { FUTURE } from '../routing.js';
import { MAX_FAILURES } from './flow.js';
import { hasQuestionWord, isQuestionLike } from './intents.js';
import { confirmMessage, displayValue, echo, valueLines } from './render.js';
import { awaitingUnit } from './unit-after.js';
import { afterGoesOn, UNFINISHED } from './goes-on.js';
import { awaitingRest } from './text-opening.js';
import { withPhoneMailbox } from './phone-mailbox.js';
import { digitsPutRight } from './digits-put-right.js';
import type { DialogSession } from './session.js';
import { SPACE_RUN } from '../../text/regexp.js';
import { meantField } from './meant-field.js';

/** Values typed in answer to a question: one field, several at once, a correction, or free text for the LLM. */

/** Texts at least this long that no parser reads are offered to the LLM (a pasted paragraph). */
const LLM_MIN_LENGTH = 12;
/** A correction is said in a short message; in a long one (a pasted report) 为准/不对 belong to its prose. */
const CORRECTING_MAX = 100;
/** Only short messages with a question word count as questions when they are not a value either. */
const QUESTION_MAX_LENGTH = 60;
/** Free text takes words of any kind: there only a short message with a question word is a question ("这个截止日期是啥时候"). */
const LONGTEXT_QUESTION_MAX = 24;

/** What a message means for the form, read without changing anything. */
export type Reading =
  | { kind: 'correction'; field: FormField; value?: FieldValue; error?: { reason: string; example: string }; input?: string }
  | { kind: 'corrections'; values: Record<string, FieldValue> }
  | { kind: 'message'; reading: MessageReading }
  | { kind: 'question' };

/**
 * "从业人员 六十万人 不对 六万人 我看错行了": a value put right in the same breath, for fields still
 * empty, is the answer as put right (no correction is asked); undefined when the message puts
 * nothing right or names a field stored already (that one is corrected as usual).
 */
function freshRepair(session: DialogSession, text: string): string | undefined {
  const repaired = withoutTakenBack(session.form, text);
  if (repaired === text || CORRECTION_MARKER.test(repaired)) return undefined;
  const named = fieldsNamedIn(session.form, repaired);
  return named.length > 0 && named.every((f) => !(f.id in session.record.fields)) ? repaired : undefined;
}

/** Reads a message against the current field and the whole form. */
export function read(session: DialogSession, message: string): Reading {
  // ("哎不对用标企业是六十七家刚才说反了": the slip owned after the figure is no part of it)
  const { form } = session;
  // ("邮箱就是手机号@163.com": the mailbox is the number)
  const typed = withoutSlipOwned(withPhoneMailbox(form, session.record.fields, message));
  const product = form.fields.find((f) => f.shape === 'product');
  const named = product && session.record.fields[product.id]?.value;
  const meant = figuresAsMeant(typed, typeof named === 'string' ? named : undefined);
  const repaired = freshRepair(session, meant);
  const text = repaired ?? meant;
  // ("…力争产值突破12亿": a plan's target said in the plan asked is no correction of the figure stored)
  const corrected = statesPlan(session, text) ? undefined : correctionReading(session, text, typed, repaired);
  if (corrected) return corrected;
  const current = session.current;
  const left = [...session.state.skipped, ...session.record.flagged];
  // "溢价率就是比普通酥梨贵多少是吧？那贵一倍": a question about the field asked, answered at once
  // (a figure's field named in the question: free text would take any words after a question)
  const [, head, after] = ANSWER_AFTER_QUESTION.exec(text.trim()) ?? [];
  if (head && after && current && isTyped(form, current.id) && fieldsNamedIn(form, head).some((f) => f.id === current.id)) {
    const answered = readMessage(form, session.record.fields, current, after, left);
    if (current.id in answered.values) return { kind: 'message', reading: answered };
  }
  // "2021年是83亿，2022年是92.6亿元，填去年的就行对吧？": an answer to the figure asked, then a check
  // that it is the one meant — the receipt answers the check
  const checked = CHECKING_TAIL.exec(text.trim());
  if (checked && current && isTyped(form, current.id)) {
    const answered = readMessage(form, session.record.fields, current, text.trim().slice(0, checked.index), left);
    if (current.id in answered.values) return { kind: 'message', reading: answered };
  }
  if (isQuestionLike(text)) return { kind: 'question' };
  // "同上", "比去年翻了一番，去年是28家", "占产值的一成左右": the figure asked, worked out from another
  const relative = current ? relativeFigure(form, current, session.record.fields, text) : undefined;
  if (relative && !(relative.field.id in session.record.fields)) return { kind: 'message', reading: { values: { [relative.field.id]: relative.value }, conflicts: {}, unread: [], skipped: [] } };
  const reading = withSharesOfFiguresRead(form, session.record.fields, readMessage(form, session.record.fields, current, text, left));
  const stored = Object.keys(reading.values);
  const onlyCurrentText = stored.length === 1 && stored[0] === current?.id && (current?.type === 'text' || (current?.type === 'longtext' && text.length <= LONGTEXT_QUESTION_MAX));
  const short = text.length <= QUESTION_MAX_LENGTH && hasQuestionWord(text);
  // A short text field accepts any words, so there a question word means a question.
  if (short && Object.keys(reading.conflicts).length === 0 && (stored.length === 0 || onlyCurrentText)) return { kind: 'question' };
  const correctingWords = text.length <= CORRECTING_MAX && CORRECTION_MARKER.test(text);
  return { kind: 'message', reading: correctingWords ? correcting(session, reading) : reading };
}

/** Words pointing back at a value given before: a line saying one of them corrects it. */
const BACK_REFERENCE = /前面|刚才|之前|上面|上次|原来|先前|(?:填|写|报)的|(?:填|写|报|打)错/u;

/**
 * "…力争产值增长10%。\n另外：前面产值填的9.6亿不对，统计部门最后核定的是10.2亿，请改一下": a last
 * line correcting a value given before, after the answer to the question asked; the answer (the lines
 * before) and the corrected values, or undefined when the last line corrects nothing filled.
 */
export function correctionOnLastLine(session: DialogSession, text: string): { body: string; values: Record<string, FieldValue> } | undefined {
  const lines = text.trimEnd().split('\n');
  const last = lines.at(-1)?.trim() ?? '';
  if (lines.length < 2 || !CORRECTION_MARKER.test(last) || !BACK_REFERENCE.test(last)) return undefined;
  const reading = read(session, last);
  const values = reading.kind === 'correction' && reading.value ? { [reading.field.id]: reading.value } : reading.kind === 'corrections' ? reading.values : undefined;
  const filledOthers = values !== undefined && Object.keys(values).every((id) => id in session.record.fields && id !== session.current?.id);
  return values && filledOthers && Object.keys(values).length > 0 ? { body: lines.slice(0, -1).join('\n'), values } : undefined;
}

/** Verbs that change a value: with one a message corrects, whatever else it says ("下一年度计划改成…"). */
const CHANGED = /改成|改为|修改|更改|更正|换成|改一下|改下/u;

/** Free text asked, stating plans or targets, pointing back at nothing given before and changing nothing by name. */
const statesPlan = (session: DialogSession, text: string): boolean =>
  session.current?.type === 'longtext' && FUTURE.test(text) && !BACK_REFERENCE.test(text) && !CHANGED.test(text);

/** The message read as a correction of values given before; undefined when it corrects nothing. */
function correctionReading(session: DialogSession, text: string, typed: string, repaired: string | undefined): Reading | undefined {
  const { form } = session;
  const near = session.current?.id;
  const continued = continuation(session, text);
  if (continued) return continued;
  const headed = headedCorrections(session, text);
  if (headed) return { kind: 'corrections', values: headed };
  const several = findCorrections(form, text, near, session.record.fields);
  if (several.length > 1) {
    const values = parsedCorrections(form, several);
    if (Object.keys(values).length === several.length) return { kind: 'corrections', values: { ...values, ...alsoCorrected(session, text, Object.keys(values)) } };
  }
  // (the figure settled on takes the rough one's place in `text`; "…，以7.9万为准" as typed still says it corrects)
  const correction = findCorrection(form, text, near, session.record.fields) ?? (text === typed || repaired ? undefined : findCorrection(form, typed, near, session.record.fields));
  const field = correction && form.field(correction.field);
  if (correction && field) {
    if (correction.value === undefined || correction.value.trim() === '') return { kind: 'correction', field };
    // "联系人换成我同事王钰婷": the name without who the person is to the writer
    // ("换成我同事刘一鸣，电话还是那个": what stays as it is is no part of the new value)
    const parsed = parseField(field, withoutSelfIntro(field, correction.value.replace(UNCHANGED_TAIL, '')));
    if (!parsed.ok) {
      // "刚才产值报错了，65亿是今年的预计数，2022年实际是58.3亿元": of the figures the clauses give, the
      // stored one is what was wrong; one other figure is the new value
      const restated = newFigureIn(session, field, text);
      if (restated) return { kind: 'correction', field, value: restated };
      // "联系人改为李娜 电话13912345678": the new value with more after it (a space between words
      // parts them), read as an answer to the field
      const again = readMessage(form, {}, field, correction.value.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '，')).values;
      if (field.id in again) return { kind: 'corrections', values: { ...again, ...alsoCorrected(session, text, Object.keys(again)) } };
      // "联系人和电话都改成我的：朴英子，0433-3228765": the fields named take the values the whole message gives them
      const whole = wholeReading(session, text);
      if (field.id in whole.values) {
        const given = Object.fromEntries(Object.entries(whole.values).filter(([id]) => whole.named.includes(id)));
        return { kind: 'corrections', values: { ...given, ...alsoCorrected(session, text, Object.keys(given), whole) } };
      }
      return { kind: 'correction', field, error: { reason: parsed.reason, example: parsed.example }, input: correction.value };
    }
    const also = alsoCorrected(session, text, [field.id]);
    return Object.keys(also).length > 0
      ? { kind: 'corrections', values: { [field.id]: parsed.value, ...also } }
      : { kind: 'correction', field, value: parsed.value };
  }
  const amended = amendedByValue(session, text);
  if (amended) return amended;
  // "不好意思，出口是2300万美元，用标企业是104家，我看串行了", "不对不对，联系人是周婷，多打了个字": a
  // message that says it corrects, with no field named beside the correction word, gives new values
  // for filled fields (free text only under its field's name)
  if (text.length <= CORRECTING_MAX && CORRECTION_MARKER.test(text)) {
    const { values, named } = wholeReading(session, text);
    const restated = Object.entries(values).filter(([id, value]) => (named.includes(id) || isSelfEvident(form, id)) && session.record.fields[id]?.value !== value.value);
    if (restated.length > 0 && restated.every(([id]) => id in session.record.fields)) return { kind: 'corrections', values: Object.fromEntries(restated) };
  }
  // "注册号后两位是86": digits of a stored number said again
  const digits = digitsPutRight(session, text);
  return digits ? { kind: 'correction', ...digits } : undefined;
}

/** The words before a value said as what the answer should have been: "按统计公报是28.6亿", "应该是480亿". */
const SAID_INSTEAD = /^.*(?:是|为)|^/u;
/** A value said as what it is: "是16.5亿", "其实是16.5亿", "应该为…". */
const SAID_WITH_COPULA = /^(?:应该|其实|实际上?|准确(?:地|的)?说)?(?:是|为)/u;

/**
 * A correction whose new value stands in a clause of its own: "哦不对，打错了，是四百八十亿" or
 * "等等，我查了下表，是16.5亿" sent while the next field is asked corrects the answer just given (the
 * field asked before this one);
 * "更正一下，上次年产值写的25亿不准，按统计公报是28.6亿" the one field it names. The other
 * clauses say what was wrong or name the field; the value must be of the field's type and differ
 * from the stored one. A value alone ("应该是3000万吧") answers the question asked.
 */
function amendedByValue(session: DialogSession, text: string): Reading | undefined {
  const { form } = session;
  const clauses = text.split(CLAUSE).map((clause) => clause.trim()).filter(Boolean);
  const correcting = CORRECTION_MARKER.test(text);
  if (text.length > CORRECTING_MAX || clauses.length < 2 || !(correcting || clauses.some((c) => HOLD_CLAUSE.test(c)))) return undefined;
  const target = meantField(session, fieldsNamedIn(form, text));
  const stored = target && session.record.fields[target.id];
  if (!target || !stored) return undefined;
  // "等等", "我查了下表": holding back and looking up again say no value
  const values = clauses.filter((clause) => fieldsNamedIn(form, clause).length === 0 && !HOLD_CLAUSE.test(clause) && !CHECKED_CLAUSE.test(clause));
  // ("不对不对 三点九个亿 我看串行了": with a correction word, a clause run on with a remark on why is read word by word)
  const spoken = (value: string): string[] =>
    !CORRECTION_MARKER.test(value) ? [value] : correcting ? value.split(SPACE_RUN).filter((piece) => !CORRECTION_MARKER.test(piece)) : [];
  const said = values.map((clause) => clause.replace(SAID_INSTEAD, '')).flatMap(spoken).filter(Boolean);
  if (said.length === 0 || (said.length > 1 && !correcting)) return undefined;
  // held back without a correction word ("等等，我查了下表，是16.5亿"), only a value said with 是 replaces the
  // answer given; a value alone after 等等 may still answer the question asked
  if (!correcting && !values.some((clause) => SAID_WITH_COPULA.test(clause))) return undefined;
  // ("不对 是三点九个亿 统计局给的新数": with a correction word, remarks on why stand beside the one value of the field's type)
  const read = said.flatMap((value) => {
    const whole = parseField(target, value);
    if (whole.ok || !correcting) return [whole];
    return value.split(SPACE_RUN).map((piece) => parseField(target, piece)).filter((piece) => piece.ok);
  });
  const [parsed, other] = read;
  return parsed?.ok && !other && parsed.value.value !== stored.value ? { kind: 'correction', field: target, value: parsed.value } : undefined;
}

/**
 * A message that says it corrects ("不对，电话是0911-3621243，后两位写反了") changes the filled
 * fields it gives typed values for without asking again, and its remarks about the mistake are
 * no unread values. Free text still needs its own correction clause (see findCorrection).
 */
function correcting(session: DialogSession, reading: MessageReading): MessageReading {
  const typed = (id: string): boolean => isTyped(session.form, id);
  const changed = Object.entries(reading.conflicts).filter(([id]) => typed(id));
  if (changed.length === 0) return reading;
  const conflicts = Object.fromEntries(Object.entries(reading.conflicts).filter(([id]) => !typed(id)));
  const unread = reading.unread.filter((u) => !CORRECTION_MARKER.test(u) || /\d/u.test(u));
  return { ...reading, values: { ...reading.values, ...Object.fromEntries(changed) }, conflicts, unread };
}

/** A last clause asking to confirm what was said: "…，填去年的就行对吧？", "…，表里应该填葡萄干的吧？". */
const CHECKING_TAIL = /[，,。]\s*[^，,。？?]{0,16}?(?:(?:对|是|没错|行|可以)吧|对不对|是不是|吧[?？])[?？]*\s*$/u;
/** A question, and the words after it read as the answer they may give. */
const ANSWER_AFTER_QUESTION = /^([^?？]{4,})[?？]+\s*([^?？]+?)\s*$/u;

/** "前面有两个数填错了：…", "范围和申请人都要改：…": a remark about changing, then the new values. */
const HEADED = /^([^：:]{1,24})[：:]\s*(.+)$/su;
const CHANGE_REMARK = /改|错|不对|有误|更正|修正|变更/u;
/** "…应为…", "…改成…" between a field's name and its new value. */
const SHOULD_BE = /(?<=\p{Script=Han})\s*(?:应该是|应该为|应当是|应为|改为|改成|更正为|修改为)\s*/gu;

/**
 * The values after a heading that says they change earlier answers: "前面有两个数填错了：产值是2.4亿，
 * 从业人员是一万三千人". The heading covers every value after it, free text too; values equal to
 * what is stored are left out. Undefined when the heading names no change or nothing is read.
 */
/** The corrections whose new values read as their fields' ("联系人换成我同事王钰婷": the name without who the person is). */
function parsedCorrections(form: Form, corrections: ReadonlyArray<Required<Correction>>): Record<string, FieldValue> {
  const values: Record<string, FieldValue> = {};
  for (const c of corrections) {
    const field = form.field(c.field);
    const parsed = field ? parseField(field, withoutSelfIntro(field, c.value)) : undefined;
    if (parsed?.ok) values[c.field] = parsed.value;
  }
  return values;
}

function headedCorrections(session: DialogSession, text: string): Record<string, FieldValue> | undefined {
  const headed = HEADED.exec(text.trim());
  if (!headed?.[1] || !headed[2] || !CHANGE_REMARK.test(headed[1]) || /\d/u.test(headed[1])) return undefined;
  // "保护范围应为…": under the heading, the word for what it should be parts a field's name from its new value
  const body = headed[2].replace(SHOULD_BE, '：');
  const { values } = readMessage(session.form, {}, undefined, body);
  // free text changes only where the body names its field: "之前少算了两家合作社" is a remark, no applicant
  const named = fieldsNamedIn(session.form, body).map((f) => f.id);
  // ("年产值不是35亿元，是38.6亿元": a contrast under the heading says the new value, not the old one it names first)
  const contrasted = parsedCorrections(session.form, findCorrections(session.form, headed[2], undefined, session.record.fields));
  const read = { ...values, ...contrasted };
  const changed = Object.entries(read).filter(([id, value]) => (isTyped(session.form, id) || named.includes(id)) && session.record.fields[id]?.value !== value.value);
  if (changed.length > 1) return Object.fromEntries(changed);
  // "需要修改两处：保护范围少写了广南县，完整的是：…": one correction under the heading says its value itself
  const own = CORRECTION_MARKER.test(headed[2]) ? findCorrection(session.form, headed[2], undefined, session.record.fields) : undefined;
  const ownField = own?.value ? session.form.field(own.field) : undefined;
  const ownValue = ownField && own?.value ? parseField(ownField, own.value) : undefined;
  if (ownField && ownValue?.ok) return { [ownField.id]: ownValue.value };
  return changed.length > 0 ? Object.fromEntries(changed) : undefined;
}

/**
 * A message that says it continues the one before: its text goes on the end of the free text that
 * message answered (the question asked before this one, or the one asked now when it is filled),
 * else of the one free text that was left unfinished. After a part refused for the free text asked
 * now, with none left unfinished, the rest is that free text's answer: no earlier field's text goes on.
 */
function continuation(session: DialogSession, text: string): Reading | undefined {
  const rest = afterGoesOn(text);
  if (!rest) return undefined;
  const stored = (field: FormField): FieldValue | undefined => {
    const value = session.record.fields[field.id];
    return field.type === 'longtext' && typeof value?.value === 'string' ? value : undefined;
  };
  const longFilled = (id: string | undefined) => {
    const field = id ? session.form.field(id) : undefined;
    return field && stored(field) ? field : undefined;
  };
  // (the stop the first part ended on is kept: the stored text is trimmed of it); two messages are
  // two sentences of the answer, joined as an official text joins them, with ；
  const typed = (field: FormField): string => {
    const value = stored(field);
    return value && value.raw.trim().startsWith(String(value.value)) ? value.raw.trim() : String(value?.value ?? '');
  };
  const unfinished = session.form.fields.filter((f) => stored(f) && UNFINISHED.test(typed(f)));
  const asked = session.current;
  if (asked?.type === 'longtext' && !stored(asked) && session.state.failures > 0 && unfinished.length === 0) {
    const own = parseField(asked, rest);
    if (own.ok) return { kind: 'message', reading: { values: { [asked.id]: own.value }, conflicts: {}, unread: [], skipped: [] } };
  }
  const target = longFilled(session.state.back.at(-1)) ?? longFilled(session.current?.id) ?? (unfinished.length === 1 ? unfinished[0] : undefined);
  if (!target) return undefined;
  const before = typed(target);
  const parsed = parseField(target, UNFINISHED.test(before) || /[。.!！]$/u.test(before) ? `${before}${rest}` : `${before}；${rest}`);
  return parsed.ok ? { kind: 'corrections', values: { [target.id]: parsed.value } } : undefined;
}

/**
 * The other values a correction message gives: "不对，联系人应该是李娜，手机13912345678" corrects
 * the phone as well, "年产值和出口额都填错了，年产值应该是68亿，出口额1800万美元" the export too.
 * The correction word covers the whole message, so values of a type that shows what they are
 * (figures, phone numbers, e-mail addresses …) replace what is stored; free text needs a
 * correction word of its own, and unchanged values are left out.
 */
function alsoCorrected(session: DialogSession, text: string, corrected: string[], whole = wholeReading(session, text)): Record<string, FieldValue> {
  const { values, named } = whole;
  // Free text needs a correction word of its own: "…，联系人没错" changes nothing; a figure changes
  // only the field named with it ("不是3400，是4300" is the head count corrected, no premium of 4300%)
  const changed = Object.entries(values).filter(
    ([id, value]) =>
      !corrected.includes(id) && isTyped(session.form, id) && (named.includes(id) || isSelfEvident(session.form, id)) && session.record.fields[id]?.value !== value.value,
  );
  return Object.fromEntries(changed);
}

/** What the whole message gives, read without the draft, and the ids of the fields it names. */
function wholeReading(session: DialogSession, text: string): { values: Record<string, FieldValue>; named: string[] } {
  // (a clause may open with a word of the synonym table that names a field: "茶旅那块是16亿")
  const opening = text.split(/[，,；;。！!\n]+/u).flatMap((clause) => leadingName(session.form, clause.trim())?.field.id ?? []);
  const named = [...new Set([...fieldsNamedIn(session.form, text).map((f) => f.id), ...opening])];
  return { values: readMessage(session.form, {}, undefined, text).values, named };
}

/** A field whose values show what they are (figures, phone numbers …), unlike free text. */
const isTyped = (form: Form, id: string): boolean => !['text', 'longtext'].includes(form.field(id)?.type ?? 'text');

/** A field whose values say by their shape which field they are: a phone number, an e-mail address. */
const isSelfEvident = (form: Form, id: string): boolean => ['phone', 'email'].includes(form.field(id)?.type ?? '');

/** Of the fields just stored, the one that comes last in the form. */
const lastInForm = (session: DialogSession, ids: string[]): string | undefined =>
  session.form.fields.filter((f) => ids.includes(f.id)).at(-1)?.id;

const labelOf = (session: DialogSession, id: string): string => session.form.field(id)?.label ?? id;

/**
 * The receipt of a message: what was recorded, what was not understood, what waits for 确认,
 * then the next question (the same one when it is still open).
 */
export function storeReading(
  session: DialogSession,
  reading: MessageReading,
  suggested: Record<string, FieldValue> = {},
  corrected: Record<string, FieldValue> = {},
): void {
  const { conflicts, skipped } = reading;
  const values = withProvinceOfRegion(session.form, session.record.fields, reading.values);
  // "等会儿，…", "麻烦了", "小武把表发我了": holding back, courtesy or the sending said beside the answers is nothing left unread
  const unread = reading.unread.filter((u) => !HOLD_CLAUSE.test(u.trim()) && !isCourtesy(u) && !isAboutSending(u));
  const ids = Object.keys(values);
  const currentId = session.current?.id;
  const conflictIds = Object.keys(conflicts);
  session.commit((db) => {
    for (const [field, value] of Object.entries(values)) session.set(db, field, value);
    const lines: string[] = [];
    session.state.skipped.push(...skipped.filter((id) => !session.state.skipped.includes(id)));
    if (skipped.length > 0) lines.push(t('nomination.skipped', { label: skipped.map((id) => labelOf(session, id)).join('、') }));
    if (ids.length === 1) lines.push(t('nomination.saved', { label: labelOf(session, ids[0] as string), value: displayValue(values[ids[0] as string] as FieldValue) }));
    else if (ids.length > 1) lines.push(t('nomination.saved_many', { count: ids.length, items: valueLines(session.form, values) }));
    if (unread.length > 0) lines.push(t('nomination.unread', { items: unread.map((u) => `“${echo(u)}”`).join('、') }));
    for (const [id, value] of Object.entries(corrected)) {
      session.set(db, id, value);
      lines.push(t('nomination.correction_saved', { label: labelOf(session, id), value: displayValue(value) }));
    }
    if (lines.length > 0) session.say(lines.join('\n'));
    // (the question just answered is behind, whatever the confirmation below is about)
    const answered = currentId !== undefined && currentId in values;
    if (answered && (conflictIds.length > 0 || Object.keys(suggested).length > 0)) session.passOn(lastInForm(session, ids));
    if (conflictIds.length === 0 && Object.keys(suggested).length > 0) {
      session.state.pending = { kind: 'extracted', payload: suggested };
      session.say(confirmMessage(t('nomination.extracted', { items: valueLines(session.form, suggested) })));
      return;
    }
    if (conflictIds.length > 0) {
      session.state.pending = { kind: 'overwrite', payload: conflicts };
      const asks = conflictIds.map((id) =>
        t('nomination.conflict', {
          label: labelOf(session, id),
          old: displayValue(session.record.fields[id] as FieldValue),
          value: displayValue(conflicts[id] as FieldValue),
        }),
      );
      session.say(confirmMessage(asks.join('\n')));
      return;
    }
    const current = session.current;
    const currentOpen = current !== undefined && !(current.id in session.record.fields);
    // A required question stays until answered; past an optional one the user has moved on.
    if (current?.required && currentOpen) session.reask();
    else if (!current && ids.length === 0 && skipped.length === 0) session.reask();
    else session.advance(lastInForm(session, ids));
  });
}

/** Several corrections in one message, all readable: each stored and confirmed. */
export function applyCorrections(session: DialogSession, values: Record<string, FieldValue>): void {
  session.commit((db) => {
    for (const [id, value] of Object.entries(values)) {
      session.set(db, id, value);
      session.say(t('nomination.correction_saved', { label: labelOf(session, id), value: displayValue(value) }));
    }
    if (session.current && session.current.id in values) session.advance();
    else session.reask();
  });
}

/** The rest of the free-text answer before: stored on its end, and the question asked stays. */
export function applyAddition(session: DialogSession, field: FormField, value: FieldValue): void {
  session.commit((db) => {
    session.set(db, field.id, value);
    session.say(t('nomination.added', { label: field.label, value: displayValue(value) }));
    session.reask();
  });
}

/**
 * A unit sent alone completing a figure: the answer to the question asked (the figure was refused
 * for want of it), or the figure the message before stored, put right ("15" then "万人").
 */
export function applyCompleted(session: DialogSession, field: FormField, value: FieldValue): void {
  const stored = session.record.fields[field.id];
  session.commit((db) => {
    if (stored?.value !== value.value) session.set(db, field.id, value);
    const key = stored === undefined || stored.value === value.value ? 'saved' : 'correction_saved';
    session.say(t(`nomination.${key}`, { label: field.label, value: displayValue(value) }));
    if (session.current?.id === field.id) session.advance();
    else session.reask();
  });
}

export function applyCorrection(session: DialogSession, reading: Extract<Reading, { kind: 'correction' }>): void {
  const { field, value, error } = reading;
  if (value) {
    const wasCurrent = session.current?.id === field.id;
    session.commit((db) => {
      session.set(db, field.id, value);
      session.say(t('nomination.correction_saved', { label: field.label, value: displayValue(value) }));
      if (wasCurrent || !session.current) session.advance();
      else session.reask();
    });
    return;
  }
  if (error) {
    session.say(t('nomination.invalid', { input: echo(reading.input ?? ''), label: field.label, reason: error.reason, example: error.example }));
  } else {
    session.say(t('nomination.correction_ask', { label: field.label }));
  }
  session.ask(field);
  session.commit();
}

/** Nothing in the message could be read: the reason, an example, the same question again (never the next). */
export function rejectValue(session: DialogSession, text: string, reading: MessageReading): void {
  const field = session.current;
  if (!field) {
    session.say(t('nomination.unread', { items: `“${echo(text)}”` }));
    session.reask();
    return session.commit();
  }
  const opening = awaitingRest(session.form, field, text);
  if (opening) {
    session.state.pending = opening;
    session.say(t('nomination.opening_kept', { input: echo(text), label: field.label }));
    return session.commit();
  }
  session.state.failures += 1;
  session.state.pending = awaitingUnit(field, text);
  const failure = reading.failure ?? { reason: t('nomination.unread_reason'), example: field.example ?? '' };
  session.say(t('nomination.invalid', { input: echo(text), label: field.label, reason: failure.reason, example: failure.example }));
  if (session.state.failures >= MAX_FAILURES) session.say(t('nomination.too_many_failures', { count: session.state.failures }));
  session.reask();
  session.commit();
}

/**
 * What the LLM (when configured) reads in the parts of a message the rules left unread, for
 * fields the rules did not just fill; empty without an LLM, for short leftovers, or on failure.
 */
export async function llmSecondReading(session: DialogSession, reading: MessageReading): Promise<Record<string, FieldValue>> {
  const extract = session.deps.llmExtract;
  const rest = reading.unread.join('，');
  if (!extract || rest.length < LLM_MIN_LENGTH) return {};
  try {
    const found = await extract(rest);
    const fresh = Object.entries(found).filter(
      ([id, value]) => !(id in reading.values) && !(id in reading.conflicts) && session.record.fields[id]?.value !== value.value,
    );
    return Object.fromEntries(fresh);
  } catch {
    return {};
  }
}

/**
 * Free text no parser reads goes to the LLM when one is configured; what it extracts waits for
 * the user's 确认. Returns false when there is no LLM, the text is short, or nothing came out.
 */
export async function tryLlm(session: DialogSession, text: string): Promise<boolean> {
  const extract = session.deps.llmExtract;
  if (!extract || text.length < LLM_MIN_LENGTH) return false;
  let values: Record<string, FieldValue>;
  try {
    values = await extract(text);
  } catch {
    return false;
  }
  if (Object.keys(values).length === 0) return false;
  session.state.pending = { kind: 'extracted', payload: values };
  session.say(confirmMessage(t('nomination.extracted', { items: valueLines(session.form, values) })));
  session.commit();
  return true;
}

/** The one value for `field`, other than the stored one, that the clauses of a correction give. */
function newFigureIn(session: DialogSession, field: FormField, text: string): FieldValue | undefined {
  const stored = session.record.fields[field.id];
  if (!stored || !NUMERIC.has(field.type)) return undefined;
  const found = text
    .split(CLAUSE)
    .map((clause) => readMessage(session.form, {}, field, clause.trim()).values[field.id])
    .filter((value): value is FieldValue => value !== undefined);
  const fresh = found.filter((value) => value.value !== stored.value);
  return found.length <= 2 && fresh.length === 1 ? fresh[0] : undefined;
}
