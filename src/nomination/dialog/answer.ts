import { t } from '../../bot/texts.js';
import { detectCorrection, extractValues } from '../extract.js';
import type { FormField } from '../form.js';
import { parseField } from '../parsers/index.js';
import type { FieldValue } from '../types.js';
import { MAX_FAILURES } from './commands.js';
import { hasQuestionWord, isQuestionLike } from './intents.js';
import { confirmMessage, displayValue, echo, valueLines } from './render.js';
import type { DialogSession } from './session.js';

/** Values typed in answer to a question: one field, several at once, a correction, or free text for the LLM. */

/** Texts at least this long that no parser reads are offered to the LLM (a pasted paragraph). */
const LLM_MIN_LENGTH = 12;
/** Only short messages with a question word count as questions when they are not a value either. */
const QUESTION_MAX_LENGTH = 60;

/** What a message means for the form, read without changing anything. */
export type Reading =
  | { kind: 'correction'; field: FormField; value?: FieldValue; error?: { reason: string; example: string }; input?: string }
  | { kind: 'values'; values: Record<string, FieldValue> }
  | { kind: 'invalid'; field: FormField; reason: string; example: string }
  | { kind: 'question' }
  | { kind: 'unreadable' };

/** Reads a message against the current field and the whole form. */
export function read(session: DialogSession, text: string): Reading {
  const { form } = session;
  const correction = detectCorrection(form, text);
  if (correction) {
    const field = form.fields.find((f) => f.id === correction.field);
    if (field) {
      if (correction.value === undefined || correction.value.trim() === '') return { kind: 'correction', field };
      const parsed = parseField(field, correction.value);
      return parsed.ok
        ? { kind: 'correction', field, value: parsed.value }
        : { kind: 'correction', field, error: { reason: parsed.reason, example: parsed.example }, input: correction.value };
    }
  }
  if (isQuestionLike(text)) return { kind: 'question' };
  const current = session.current;
  const extracted = extractValues(form, text);
  const others = Object.keys(extracted).filter((id) => id !== current?.id);
  const short = text.length <= QUESTION_MAX_LENGTH && hasQuestionWord(text);
  if (!current) return others.length > 0 ? { kind: 'values', values: extracted } : short ? { kind: 'question' } : { kind: 'unreadable' };
  // "产值3.2亿，从业人员1.5万人": labelled values for other fields win over reading the whole
  // message as this field, except in a long free-text answer, which naturally mentions figures.
  const labelled = others.length > 1 || others.some((id) => startsWithKeyword(form.field(id), text));
  if (labelled && current.type !== 'longtext') return { kind: 'values', values: extracted };
  const parsed = parseField(current, text);
  // A short text field accepts any words, so there a question word means a question.
  if (short && (!parsed.ok || current.type === 'text') && !(current.id in extracted)) return { kind: 'question' };
  if (parsed.ok) return { kind: 'values', values: { [current.id]: parsed.value } };
  if (Object.keys(extracted).length > 0) return { kind: 'values', values: extracted };
  return { kind: 'invalid', field: current, reason: parsed.reason, example: parsed.example };
}

const startsWithKeyword = (field: FormField | undefined, text: string): boolean =>
  field !== undefined && field.keywords.some((keyword) => text.trimStart().toLowerCase().startsWith(keyword.toLowerCase()));

/** Stores values read from a message, then asks the next open field (or the same one again). */
export function storeValues(session: DialogSession, values: Record<string, FieldValue>): void {
  const ids = Object.keys(values);
  const currentId = session.current?.id;
  session.commit((db) => {
    for (const [field, value] of Object.entries(values)) session.set(db, field, value);
    if (ids.length === 1) {
      const field = session.form.fields.find((f) => f.id === ids[0]);
      session.say(t('nomination.saved', { label: field?.label ?? '', value: displayValue(values[ids[0] as string] as FieldValue) }));
    } else {
      session.say(t('nomination.saved_many', { count: ids.length, items: valueLines(session.form, values) }));
    }
    if (currentId && !ids.includes(currentId)) session.reask();
    else session.advance();
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

/** A value that failed: the reason, an example, the question again; after three, the skip offer. */
export function rejectValue(session: DialogSession, text: string, reading: Extract<Reading, { kind: 'invalid' }>): void {
  session.state.failures += 1;
  session.say(t('nomination.invalid', { input: echo(text), label: reading.field.label, reason: reading.reason, example: reading.example }));
  if (session.state.failures >= MAX_FAILURES) session.say(t('nomination.too_many_failures', { count: session.state.failures }));
  session.reask();
  session.commit();
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
