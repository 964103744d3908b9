import type { FormField } from '../form.js';
import { parseField } from '../parsers/index.js';
import { normalizeInput } from '../parsers/result.js';
import { lastSetField } from '../../store/audit.js';
import type { PendingConfirmation } from '../../store/nominations.js';
import type { FieldValue } from '../../store/nomination-types.js';
import { fieldById } from './flow.js';
import type { DialogSession } from './session.js';

/**
 * A figure and its unit sent as two messages ("产值185" then "亿元👌", "从业人员15" then "万人",
 * "用标企业156" then "家"): the unit alone completes the figure the message before gave without one,
 * whether that figure was refused for want of a unit or stored as a bare count.
 */

/** What a unit alone is: a scale, a currency, a measure word, or both ("万人", "个亿", "万美元"). */
const LONE_UNIT = /^(?:[十百千万亿]|十万|百万|千万|个亿|万亿)?(?:元|块钱?|人民币|美元|人|个|家|户|名)?$|^[%％]$/u;
/** Fillers around the unit ("亿元👌", "家 🙏", "万人哈", "单位是万元"). */
const FILLER = /[\p{Extended_Pictographic}\p{P}\p{S}\s\u200d\ufe0f]|^(?:单位(?:是|为)?|是)|(?:哈+|啊|呀|吧|哦|噢|嘞|了|的)+$/gu;
/** A figure at the end of a message, with no unit after it ("产值185", "从业人员 15"). */
const BARE_FIGURE = /(\d+(?:\.\d+)?)\s*(?:[\p{Extended_Pictographic}\p{P}\s\u200d\ufe0f]|[哈啊呀吧哦噢嘞])*$/u;
const FIGURE_TYPES = ['money', 'count'];

/** The unit a message consists of, or undefined when it says more than a unit. */
export function loneUnit(text: string): string | undefined {
  const unit = normalizeInput(text).replace(FILLER, '');
  return unit && LONE_UNIT.test(unit) ? unit : undefined;
}

/** The figure a message ends on without a unit, if any. */
export const bareFigure = (text: string): string | undefined => BARE_FIGURE.exec(normalizeInput(text))?.[1];

/** The pending state a refusal leaves when the answer to a figure lacked only its unit. */
export function awaitingUnit(field: FormField | undefined, text: string): PendingConfirmation | undefined {
  const figure = field && FIGURE_TYPES.includes(field.type) ? bareFigure(text) : undefined;
  return figure && field ? { kind: 'unit', payload: { field: field.id, figure } } : undefined;
}

/** The field and value a unit alone completes; undefined when the message is no unit or completes nothing. */
export function completedByUnit(session: DialogSession, text: string, pending: PendingConfirmation | undefined): { field: FormField; value: FieldValue } | undefined {
  const unit = loneUnit(text);
  if (!unit) return undefined;
  const target = pending?.kind === 'unit' ? { id: pending.payload.field, figure: pending.payload.figure } : storedBare(session);
  const field = fieldById(session.form, target?.id);
  if (!field || !target) return undefined;
  const parsed = parseField(field, `${target.figure}${unit}`);
  return parsed.ok ? { field, value: parsed.value } : undefined;
}

/** The figure the last change stored as it was typed, without a unit (a count needs none). */
function storedBare(session: DialogSession): { id: string; figure: string } | undefined {
  const id = session.ctx.read((db) => lastSetField(db, session.record.id));
  const field = fieldById(session.form, id);
  const stored = field ? session.record.fields[field.id] : undefined;
  const figure = field && stored && FIGURE_TYPES.includes(field.type) ? bareFigure(stored.raw) : undefined;
  return field && figure && Number(figure) === Number(stored?.value) ? { id: field.id, figure } : undefined;
}
