import type { Form } from '../form.js';
import type { FieldValue } from '../../store/nomination-types.js';

/** "邮箱就是手机号@163.com": the mailbox named by the mobile number, before the domain given. */
const NAMED_BY_PHONE = /(?:手机号码?|手机|电话号码?|电话)\s*(?=@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/u;
/** A mainland mobile number, the one a mailbox is named by (a landline names none). */
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/u;

/**
 * `text` with a mailbox named by the phone written as that number: the mobile said in the message,
 * else the one stored; as typed when there is none.
 */
export function withPhoneMailbox(form: Form, fields: Readonly<Record<string, FieldValue>>, text: string): string {
  if (!NAMED_BY_PHONE.test(text)) return text;
  const phone = form.fields.find((field) => field.type === 'phone');
  const stored = phone ? fields[phone.id]?.value : undefined;
  const mobile = MOBILE.exec(text.replace(/[\s-]/gu, ''))?.[0] ?? (typeof stored === 'string' ? MOBILE.exec(stored.replace(/\D/gu, ''))?.[0] : undefined);
  return mobile ? text.replace(new RegExp(NAMED_BY_PHONE.source, 'gu'), mobile) : text;
}
