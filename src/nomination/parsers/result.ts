import { t } from '../../texts.js';
import type { FormField } from '../form.js';
import type { FieldValue } from '../../store/nomination-types.js';

/** The outcome of reading one answer: a normalised value, or a Chinese reason plus an example. */
export type ParseResult = { ok: true; value: FieldValue } | { ok: false; reason: string; example: string };

/** A refusal with the text `form.<key>` and the field's example. */
export const fail = (field: FormField, key: string, vars: Record<string, string | number> = {}): ParseResult => ({
  ok: false,
  reason: t(`form.${key}`, vars),
  example: field.example ?? '',
});

export const ok = (value: FieldValue): ParseResult => ({ ok: true, value });

/** Answers longer than this are refused before any parsing work. */
export const MAX_INPUT = 4000;

/** NFKC (full-width digits, letters, ％, ＠ → ASCII), trimmed, inner whitespace collapsed. */
export const normalizeInput = (input: string): string => input.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Control characters other than tab/newline, bidi overrides and non-characters. */
export const hasControlChars = (s: string): boolean => /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/u.test(s);

/** Invisible characters that copy-paste brings along (zero-width space/joiners, BOM): dropped silently. */
export const stripInvisible = (s: string): string => s.replace(/[\u200b-\u200d\u2060\ufeff]/gu, '');
