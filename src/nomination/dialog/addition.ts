import type { Form, FormField } from '../form.js';
import { matchLabel } from '../labels.js';
import { parseField } from '../parsers/index.js';
import { CORRECTION_MARKER, findCorrection } from '../extract.js';
import { INTERJECTION } from '../parsers/lead.js';
import { labelOf } from '../segment.js';
import { lastSetField } from '../../store/audit.js';
import type { FieldValue } from '../../store/nomination-types.js';
import { fieldById } from './flow.js';
import type { DialogSession } from './session.js';
import { isFormRemark } from '../form-remark.js';

/**
 * The rest of a free-text answer sent in a message of its own, after the next question went out:
 * "还有，建设冷链物流中心。" or "补充一下：…" (words that say it adds), or "3.开展执法检查" when the
 * answer just given is a numbered list that ends at item 2. It goes on the end of that answer (the
 * one the question before asked, or, while a figure is asked, the free text stored last); anything
 * labelled is an answer of its own and is read as such.
 */

/** Words said to the bot that more follows ("补充一下：…"): not part of the text. */
const TELLS_ADDING = /^(?:还有一条|再补充一下|再补充一点|补充一下|补充一点|再加一条|补充)\s*[，,、。:：\s]?\s*/u;
/** Words that link a sentence to the one before ("另外…", "还有，…"): the text goes on with them, as written. */
const LINKS = /^(?:再加上|再就是|再一个|再有|还有|另外|此外)(?=\s*[，,、。:：\s]?\s*\S)/u;
const ITEM = /^(\d{1,2})\s*[.、．)）]/u;
const ITEMS = /(?:^|[\s，,；;。\n])(\d{1,2})\s*[.、．)）]/gu;
/** A value that ends a sentence is joined as it is; otherwise a semicolon parts the two, as between a 申报书's items. */
const ENDS_CLAUSE = /[。；;，,、\n]$/u;
const MIN_REST = 4;

/** Words that surely name a field open the text ("联系人：…", "年产值是…"): an answer of its own. */
export function labelled(form: Form, text: string): boolean {
  const read = labelOf(form, text);
  return read.label !== undefined && (read.labelKind === 'colon' || (matchLabel(form, read.label)[0]?.score ?? 0) >= NAMES_FIELD);
}
const NAMES_FIELD = 70;

const lastItem = (text: string): number | undefined => {
  const items = [...text.matchAll(ITEMS)];
  return items.length > 0 ? Number(items.at(-1)?.[1]) : undefined;
};

/**
 * The free text a message may go on with: the one the question before asked, or, while a question
 * free text cannot answer is open (a figure, a phone number), the free text the last change stored.
 */
function answeredBefore(session: DialogSession): FormField | undefined {
  const isOpenText = (field: FormField | undefined): field is FormField => field?.type === 'longtext' && field.id !== session.current?.id;
  const before = fieldById(session.form, session.state.back.at(-1));
  if (isOpenText(before)) return before;
  if (session.current && ['text', 'longtext'].includes(session.current.type)) return undefined;
  const last = fieldById(session.form, session.ctx.read((db) => lastSetField(db, session.record.id)));
  return isOpenText(last) ? last : undefined;
}

/** Words beside a field's name saying more of it follows: "扶持措施再补一句：…", "再补充一下计划：…". */
const ADDS = '(?:再|还|还要|另外)?(?:补充|补|加|添)(?:上|一下|一句|一条|一点|几句|两句)?';
const NAME_THEN_ADDS = new RegExp(`^(.{2,12}?)(?:这(?:一?项|块|里))?${ADDS}\\s*[：:]\\s*(\\S.*)$`, 'su');
const ADDS_THEN_NAME = new RegExp(`^${ADDS}\\s*(?:一下)?(.{2,12}?)\\s*[：:]\\s*(\\S.*)$`, 'su');

/** A filled free text named with words saying more of it follows, and what follows. */
function namedAddition(session: DialogSession, text: string): { field: FormField; said: string } | undefined {
  for (const pattern of [NAME_THEN_ADDS, ADDS_THEN_NAME]) {
    const [, name, said] = pattern.exec(text) ?? [];
    const best = name && said ? matchLabel(session.form, name)[0] : undefined;
    const field = best && best.score >= NAMES_FIELD ? best.field : undefined;
    if (field?.type === 'longtext' && typeof session.record.fields[field.id]?.value === 'string' && said) return { field, said: said.trim() };
  }
  return undefined;
}

/** The stored text with `said` going on after it, as the field's value; undefined when the field refuses it. */
function appended(field: FormField, old: string, said: string, typed = said, item = false): FieldValue | undefined {
  // (a list laid out line by line, or sent item by item, goes on on a line of its own)
  const joiner = old.includes('\n') || item ? '\n' : ENDS_CLAUSE.test(old) ? '' : '；';
  // (a new sentence after a full stop goes on as typed, "。另外建成了…"; an item the join parts with ；or a line needs no link word)
  const text = `${old}${joiner}${joiner === '' && /[。.!！]$/u.test(old) ? typed : said}`;
  const parsed = parseField(field, text);
  if (!parsed.ok) return undefined;
  // the stored text stays as it is ("明年计划新增…" read as a label would lose its first words)
  return text.endsWith(String(parsed.value.value)) ? { ...parsed.value, raw: text, value: text } : parsed.value;
}

/** The answer before the question asked, with `typed` added to it; undefined when `typed` adds nothing to it. */
export function addition(session: DialogSession, typed: string): { field: FormField; value: FieldValue } | undefined {
  const named = namedAddition(session, typed.trim().replace(INTERJECTION, ''));
  if (named && [...named.said].length >= MIN_REST) {
    const value = appended(named.field, String(session.record.fields[named.field.id]?.value), named.said);
    return value ? { field: named.field, value } : undefined;
  }
  const field = answeredBefore(session);
  const old = field && session.record.fields[field.id];
  if (!field || typeof old?.value !== 'string' || isFormRemark(typed)) return undefined;
  const text = typed.trim().replace(INTERJECTION, '');
  const told = TELLS_ADDING.exec(text);
  const linked = told ? null : LINKS.exec(text);
  const item = ITEM.exec(text);
  const continues = item !== null && lastItem(old.value) === Number(item[1]) - 1;
  if (!told && !linked && !continues) return undefined;
  const rest = (told ? text.slice(told[0].length) : text).trim();
  const said = linked ? rest.slice(linked[0].length).replace(/^\s*[，,、。:：]?\s*/u, '') : rest;
  if ([...said].length < MIN_REST || labelled(session.form, said)) return undefined;
  // "还有溢价率改成百分之四十五": another change, not more of the text
  const change = CORRECTION_MARKER.test(said) ? findCorrection(session.form, said, undefined, session.record.fields) : undefined;
  if (change && change.field !== field.id) return undefined;
  // (items the officer closes with a stop, "2.…；" or the last "2.…。", had ；after the item before too,
  // which the stored text was trimmed of, as a list's items do)
  const kept = continues && /[；;。]$/u.test(said) && !/[；;。.!！]$/u.test(old.value) ? `${old.value}；` : old.value;
  // (an item after a list laid out in one line, "1.…；2.…；", goes on in that line)
  const value = appended(field, kept, said, rest, continues && lastItem(old.value) === 1);
  return value ? { field, value } : undefined;
}
