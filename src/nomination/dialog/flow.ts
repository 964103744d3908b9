import type { Form, FormField } from '../form.js';
import type { NominationRecord } from '../../store/nomination-types.js';
import type { DialogState } from '../../store/nominations.js';

/** Failed answers to one field before skipping a required field (flagged) is offered. */
export const MAX_FAILURES = 3;

/** Whether the record holds neither a value nor a flag for `field`: a question still to answer. */
export const unanswered = (record: NominationRecord, field: FormField): boolean => !(field.id in record.fields) && !record.flagged.includes(field.id);

/**
 * Which field to ask, in form order: the first one not filled, flagged or skipped. When the user
 * answered ahead (up to the field `after`), the optional fields they passed over wait until the end;
 * a required field the user skipped comes back last.
 */
export function nextField(form: Form, record: NominationRecord, state: Pick<DialogState, 'skipped'>, after?: string): FormField | undefined {
  const open = (field: FormField) => unanswered(record, field) && !state.skipped.includes(field.id);
  const passed = after === undefined ? 0 : form.fields.findIndex((field) => field.id === after) + 1;
  const deferred = (field: FormField) => field.required && unanswered(record, field);
  return form.fields.find((field, i) => open(field) && (field.required || i >= passed)) ?? form.fields.find(open) ?? form.fields.find(deferred);
}

export const fieldById = (form: Form, id: string | undefined): FormField | undefined =>
  id === undefined ? undefined : form.fields.find((field) => field.id === id);

/** 1-based position of a field in the form. */
export const fieldNumber = (form: Form, field: FormField): number => form.fields.indexOf(field) + 1;

/** How many of the form's fields the record has (only fields of this form version count). */
export const filledCount = (form: Form, record: NominationRecord): number =>
  form.fields.filter((field) => field.id in record.fields).length;
