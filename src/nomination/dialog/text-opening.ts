import type { Form, FormField } from '../form.js';
import { matchLabel } from '../labels.js';
import { parseField } from '../parsers/index.js';
import { labelOf } from '../segment.js';
import type { PendingConfirmation } from '../../store/nominations.js';
import type { FieldValue } from '../../store/nomination-types.js';
import { labelled } from './addition.js';
import { fieldById } from './flow.js';
import { afterGoesOn, UNFINISHED } from './goes-on.js';
import { hasQuestionWord, isQuestionLike } from './intents.js';
import type { DialogSession } from './session.js';

/**
 * A free text's opening sent alone and cut mid-clause ("下一年度工作计划：新增用标企业10家，"), too
 * short for its field: it is kept, not refused, and the next message ("接上条：建设…园区…") completes it.
 */

/** Fewer characters than this before the stop is a word said, not the start of a text ("好的，"). */
const OPENING_MIN = 4;

/** The text a message gives the free text asked: without that field's own label, if it has one. */
function ownText(form: Form, field: FormField, text: string): string | undefined {
  const read = labelOf(form, text.trim());
  if (read.label === undefined) return text.trim();
  return matchLabel(form, read.label)[0]?.field.id === field.id ? read.value.trim() : undefined;
}

/** The pending state for a free text's opening the field asked could not take, or undefined when it is no opening. */
export function awaitingRest(form: Form, field: FormField | undefined, text: string): PendingConfirmation | undefined {
  if (field?.type !== 'longtext') return undefined;
  const opening = ownText(form, field, text);
  if (!opening || !UNFINISHED.test(opening) || [...opening].length - 1 < OPENING_MIN || isQuestionLike(opening) || hasQuestionWord(opening)) return undefined;
  return { kind: 'opening', payload: { field: field.id, text: opening } };
}

/** The free text an opening kept and this message make together; undefined when the message is something else. */
export function completedOpening(session: DialogSession, text: string, pending: PendingConfirmation | undefined): { field: FormField; value: FieldValue } | undefined {
  if (pending?.kind !== 'opening' || session.current?.id !== pending.payload.field) return undefined;
  const field = fieldById(session.form, pending.payload.field);
  const rest = afterGoesOn(text) ?? text.trim();
  if (!field || !rest || labelled(session.form, rest) || isQuestionLike(rest)) return undefined;
  const parsed = parseField(field, `${pending.payload.text}${rest}`);
  return parsed.ok ? { field, value: parsed.value } : undefined;
}
