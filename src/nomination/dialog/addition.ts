import type { Form, FormField } from '../form.js';
import { matchLabel } from '../labels.js';
import { parseField } from '../parsers/index.js';
import { CORRECTION_MARKER, findCorrection } from '../extract.js';
import { INTERJECTION } from '../parsers/lead.js';
import { labelOf } from '../segment.js';
import type { FieldValue } from '../../store/nomination-types.js';
import { fieldById } from './flow.js';
import type { DialogSession } from './session.js';

/**
 * The rest of a free-text answer sent in a message of its own, after the next question went out:
 * "还有，建设冷链物流中心。" or "补充一下：…" (words that say it adds), or "3.开展执法检查" when the
 * answer just given is a numbered list that ends at item 2. It goes on the end of that answer;
 * anything labelled is an answer of its own and is read as such.
 */

const ADDING = /^(?:还有一条|再补充一下|再补充一点|补充一下|补充一点|再加一条|再加上|再就是|再一个|再有|还有|另外|此外|补充)\s*[，,、。:：\s]?\s*/u;
const ITEM = /^(\d{1,2})\s*[.、．)）]/u;
const ITEMS = /(?:^|[\s，,；;。\n])(\d{1,2})\s*[.、．)）]/gu;
/** A value that ends a sentence is joined as it is; otherwise a semicolon parts the two, as between a 申报书's items. */
const ENDS_CLAUSE = /[。；;，,、\n]$/u;
const MIN_REST = 4;

/** Words that surely name a field open the text ("联系人：…", "年产值是…"): an answer of its own. */
function labelled(form: Form, text: string): boolean {
  const read = labelOf(form, text);
  return read.label !== undefined && (read.labelKind === 'colon' || (matchLabel(form, read.label)[0]?.score ?? 0) >= NAMES_FIELD);
}
const NAMES_FIELD = 70;

const lastItem = (text: string): number | undefined => {
  const items = [...text.matchAll(ITEMS)];
  return items.length > 0 ? Number(items.at(-1)?.[1]) : undefined;
};

/** The answer before the question asked, with `typed` added to it; undefined when `typed` adds nothing to it. */
export function addition(session: DialogSession, typed: string): { field: FormField; value: FieldValue } | undefined {
  const field = fieldById(session.form, session.state.back.at(-1));
  const old = field && session.record.fields[field.id];
  if (!field || field.type !== 'longtext' || field.id === session.current?.id || typeof old?.value !== 'string') return undefined;
  const text = typed.trim().replace(INTERJECTION, '');
  const adding = ADDING.exec(text);
  const item = ITEM.exec(text);
  const continues = item !== null && lastItem(old.value) === Number(item[1]) - 1;
  if (!adding && !continues) return undefined;
  const rest = (adding ? text.slice(adding[0].length) : text).trim();
  if ([...rest].length < MIN_REST || labelled(session.form, rest)) return undefined;
  // "还有溢价率改成百分之四十五": another change, not more of the text
  const change = CORRECTION_MARKER.test(rest) ? findCorrection(session.form, rest, undefined, session.record.fields) : undefined;
  if (change && change.field !== field.id) return undefined;
  // (a list laid out line by line goes on on a line of its own)
  const joiner = old.value.includes('\n') ? '\n' : ENDS_CLAUSE.test(old.value) ? '' : '；';
  const parsed = parseField(field, `${old.value}${joiner}${rest}`);
  return parsed.ok ? { field, value: parsed.value } : undefined;
}
