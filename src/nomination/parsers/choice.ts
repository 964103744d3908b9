import type { FormField } from '../form.js';
import { parseNumber } from './numbers.js';
import { fail, ok, type ParseResult } from './result.js';
import { spansOf, type Span } from '../../text/spans.js';
import { dictionaryWords } from '../../text/segmenter.js';
import { soundAlikeReader } from '../../text/sound-alike.js';

/**
 * One of the field's choices, by number ("2", "第二个", "选3"), by name, by an alias from the
 * form file ("集体商标"), or by a phrase that contains exactly one choice's name or alias; failing
 * these, by the same read with its homophone typos of the names ("正明商标").
 */

const squash = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s“”"'《》「」]/gu, '');

export function parseChoice(field: FormField, input: string, raw: string): ParseResult {
  const read = chosen(field, input, raw);
  if (read.ok) return read;
  const heard = hearing(field)(input);
  return heard === input ? read : chosen(field, heard, raw);
}

const readers = new WeakMap<FormField, (text: string) => string>();

/** The field's names of its choices, as typos of their sound are read. */
function hearing(field: FormField): (text: string) => string {
  let reader = readers.get(field);
  if (!reader) {
    const choices = field.choices ?? [];
    reader = soundAlikeReader([...choices, ...choices.flatMap((c) => field.choiceAliases[c] ?? [])]);
    readers.set(field, reader);
  }
  return reader;
}

function chosen(field: FormField, input: string, raw: string): ParseResult {
  const choices = field.choices ?? [];
  const listed = choices.map((c, i) => `${i + 1}. ${c}`).join('；');
  const text = squash(input).replace(/^(?:选择?|选项|第)/u, '').replace(/(?:个|项|种|类)?$/u, '');
  const index = /^[\d一二三四五六七八九十]{1,2}$/u.test(text) ? parseNumber(text) : undefined;
  if (index !== undefined) {
    const chosen = choices[index - 1];
    return chosen ? pick(raw, chosen) : fail(field, 'not_choice', { choices: listed });
  }
  const names = (c: string): string[] => [c, ...(field.choiceAliases[c] ?? [])].map(squash);
  const whole = squash(input);
  const exact = choices.find((c) => names(c).includes(whole));
  if (exact) return pick(raw, exact);
  const scored = choices
    .map((c) => ({ c, spans: spansOf(names(c), whole).filter((span) => span[1] - span[0] > SHORT_NAME || startsWord(whole, span[0])) }))
    .map((s) => ({ ...s, len: Math.max(0, ...s.spans.map(([from, to]) => to - from)) }))
    .filter((s) => s.len > 0)
    .sort((a, b) => b.len - a.len);
  const [best, second] = scored;
  // ("既有证明商标也有地标产品": two choices named apart is no choice; one inside the other's name is)
  const apart = scored.filter((s) => s.spans.some((span) => !scored.some((o) => o !== s && o.spans.some((other) => inside(span, other)))));
  if (best && (!second || best.len > second.len) && apart.length <= 1) return pick(raw, best.c);
  const partial = whole.length >= 2 ? choices.filter((c) => names(c).some((n) => n.includes(whole))) : [];
  if (partial.length === 1 && partial[0]) return pick(raw, partial[0]);
  const candidates = scored.length > 1 ? scored.map((s) => s.c) : partial;
  return candidates.length > 1
    ? fail(field, 'choice_ambiguous', { choices: candidates.join('、') })
    : fail(field, 'not_choice', { choices: listed });
}

/** A name this short counts inside a phrase only where it starts a word: 产品 is no choice in "农产品地理标志". */
const SHORT_NAME = 2;

/** Whether the dictionary's reading of `text` has a word starting at `index`. */
function startsWord(text: string, index: number): boolean {
  let at = 0;
  for (const word of dictionaryWords(text)) {
    if (at >= index) return at === index;
    at += word.length;
  }
  return at === index;
}

/** Whether `span` lies within `other` and is shorter. */
const inside = (span: Span, other: Span): boolean => other[0] <= span[0] && span[1] <= other[1] && other[1] - other[0] > span[1] - span[0];

const pick = (raw: string, choice: string): ParseResult => ok({ raw, value: choice, display: choice });
