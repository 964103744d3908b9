import type { FormField } from './form.js';

/** Phone numbers and e-mail addresses written anywhere in a line ("韦丽 0774-3821234"). */
// (digits inside an address are no number, "zhang13907375518@163.com", "13907375518@qq.com"; a number run on into an
// address after it is: "0593-8863127caowj_nx@163.com")
export const PHONE_NUMBER =
  /(?<![\dA-Za-z._-])(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d{4}){2}(?![\d-]|@)|(?<![\dA-Za-z._-])[（(]?0\d{2,3}[)）]?[\s-]?\d{3,4}[\s-]?\d{4}(?:\s*转\s*\d{1,6})?(?![\d-]|@)/gu;
export const EMAIL_ADDRESS = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu;

/** A note in brackets on a number, said right after it: "（微信同号）", "（座机，工作日都在）", "（办公室）". */
const NUMBER_NOTE = String.raw`\s*[（(][^（）()\d@]{1,20}[)）]`;
const NOTE_AT_END = new RegExp(`${NUMBER_NOTE}$`, 'u');
/** A contact as typed, without the note on it. */
export const withoutNumberNote = (contact: string): string => contact.replace(NOTE_AT_END, '');

/** Where contacts are written: a phone number with the note on it, if any, goes as one; numbers first, so no address takes a number run on into it. */
export const CONTACT_PATTERNS: ReadonlyArray<{ type: FormField['type']; pattern: RegExp }> = [
  { type: 'phone', pattern: new RegExp(`(?:${PHONE_NUMBER.source})(?:${NUMBER_NOTE})?`, 'gu') },
  { type: 'email', pattern: EMAIL_ADDRESS },
];

/** Whether `text` holds a phone number or an e-mail address. */
export const holdsContact = (text: string): boolean => CONTACT_PATTERNS.some((p) => new RegExp(p.pattern.source, 'u').test(text));

/** A phone number ending where `text` ends: its last digits are no figure ("13907375518（微信同号）"). */
const PHONE_AT_END = new RegExp(`(?:${PHONE_NUMBER.source})\\s*$`, 'u');
export const endsWithPhone = (text: string): boolean => PHONE_AT_END.test(text);
