import { withoutChatFraming } from '../../src/nomination/chat-framing.js';
import { namesField } from '../../src/nomination/labels.js';
import { parseField } from '../../src/nomination/parsers/index.js';
import { readMessage } from '../../src/nomination/reading.js';
import type { FieldValue } from '../../src/store/nomination-types.js';
import { field, form } from './dialog-fixture.js';

/** Shared by the round-by-round reading tests: a reading's values, what a message reads as, a draft's value. */

export const plain = (values: Record<string, FieldValue>): Record<string, unknown> => Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v.value]));

/** The values `text` gives, sent while `asked` is the question (undefined: none asked). */
export const read = (asked: string | undefined, text: string, filled: Record<string, FieldValue> = {}): Record<string, unknown> =>
  plain(readMessage(form, filled, asked ? field(asked) : undefined, text).values);

/** `text` without a forwarded chat's framing, the form's fields telling labels from speakers. */
export const framed = (text: string): string => withoutChatFraming(text, (word) => namesField(form, word));

/** A draft holding `raw` as `id`'s value. */
export const stored = (id: string, raw: string): Record<string, FieldValue> => {
  const parsed = parseField(field(id), raw);
  if (!parsed.ok) throw new Error(`${raw} does not parse for ${id}`);
  return { [id]: parsed.value };
};
