import { t } from '../../texts.js';
import type { CardButton, OutgoingMessage } from '../../platform.js';
import type { Form, FormField } from '../form.js';
import type { FieldValue, NominationRecord } from '../../store/nomination-types.js';
import { fieldNumber, filledCount } from './flow.js';

/** Replies of the nomination dialog. Every text stands alone; cards only add buttons. */

/** Choice fields with at most this many options get one button each. */
const MAX_CHOICE_BUTTONS = 6;
/** User input quoted back in a reply is cut to this length. */
const MAX_ECHO = 40;

export const titleOf = (record: NominationRecord): string =>
  record.fields.gi_name?.display ?? t('nomination.untitled');

export const displayValue = (value: FieldValue): string =>
  value.approximate && !value.display.startsWith('约') ? `${value.display}${t('nomination.approximate')}` : value.display;

/** Quotes user input back safely: one line, no more than a few dozen characters. */
export const echo = (input: string): string => {
  const line = input.replace(/\s+/g, ' ').trim();
  return line.length > MAX_ECHO ? `${line.slice(0, MAX_ECHO)}…` : line;
};

const action = (op: string, value?: string): Record<string, string> =>
  value === undefined ? { kind: 'nomination', op } : { kind: 'nomination', op, value };

/** The question for one field: prompt, required/optional, the current value, choices as buttons. */
export function questionMessage(form: Form, field: FormField, record: NominationRecord): OutgoingMessage {
  const lines = [
    t('nomination.question', {
      index: fieldNumber(form, field),
      total: form.fields.length,
      prompt: field.prompt,
      required: t(field.required ? 'nomination.question_required' : 'nomination.question_optional'),
    }),
  ];
  const current = record.fields[field.id];
  if (current) lines.push(t('nomination.question_current', { value: displayValue(current) }));
  const choices = field.choices ?? [];
  if (choices.length > 0) {
    lines.push(t('nomination.choice_hint', { choices: choices.map((choice, i) => `${i + 1}. ${choice}`).join('\n') }));
  }
  const buttons: CardButton[] =
    choices.length > 0 && choices.length <= MAX_CHOICE_BUTTONS
      ? choices.map((choice) => ({ text: choice, value: action('answer', choice) }))
      : [];
  const text = lines.join('\n');
  return buttons.length > 0 ? { text, card: { title: field.label, buttons } } : { text };
}

/** A yes/no question with 确认 / 不 buttons. */
export function confirmMessage(text: string, danger = false): OutgoingMessage {
  return {
    text,
    card: {
      buttons: [
        { text: t('nomination.buttons.confirm'), value: action('confirm'), style: danger ? 'danger' : 'primary' },
        { text: t('nomination.buttons.deny'), value: action('deny') },
      ],
    },
  };
}

export function helpText(field: FormField): string {
  const example = field.example ?? '';
  return field.help ? t('nomination.help', { label: field.label, help: field.help, example }) : t('nomination.help_none', { label: field.label, example });
}

/** The whole nomination, one line per field, flagged and empty ones marked. */
export function summaryText(form: Form, record: NominationRecord): string {
  const lines = form.fields.map((field, i) => {
    const value = record.fields[field.id];
    const shown = value ? displayValue(value) : t('nomination.summary_empty');
    const flag = record.flagged.includes(field.id) ? t('nomination.summary_flagged') : '';
    return t('nomination.summary_line', { index: i + 1, label: field.label, value: `${shown}${flag}` });
  });
  const head = t('nomination.summary_title', {
    title: titleOf(record),
    status: t(`nomination.status.${record.status}`),
    filled: filledCount(form, record),
    total: form.fields.length,
  });
  return [head, ...lines].join('\n');
}

/** "label：value" lines for values about to be stored or just stored. */
export function valueLines(form: Form, values: Record<string, FieldValue>): string {
  return Object.entries(values)
    .map(([id, value]) => `· ${form.fields.find((f) => f.id === id)?.label ?? id}：${displayValue(value)}`)
    .join('\n');
}

/** The list of a person's drafts, numbered, with a button each. */
export function draftListMessage(form: Form, drafts: NominationRecord[]): OutgoingMessage {
  const items = drafts
    .map((draft, i) =>
      t('nomination.choose_item', {
        index: i + 1,
        title: titleOf(draft),
        filled: filledCount(form, draft),
        total: form.fields.length,
        updated: draft.updatedAt.slice(0, 10),
      }),
    )
    .join('\n');
  const buttons: CardButton[] = drafts.slice(0, MAX_CHOICE_BUTTONS).map((draft, i) => ({
    text: `${i + 1}. ${titleOf(draft)}`,
    value: action('choose', String(i + 1)),
  }));
  buttons.push({ text: t('nomination.buttons.new'), value: action('new') });
  return { text: t('nomination.choose_draft', { count: drafts.length, items }), card: { buttons } };
}
