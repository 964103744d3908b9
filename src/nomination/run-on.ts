import type { FieldType, Form } from './form.js';
import { fieldsNamedIn, leadingName } from './labels.js';

/**
 * Voice input runs answers together without a stop: "产值五十个亿左右然后出口没有加工的话十个亿物流
 * 三个亿", "申请单位是…协会然后类别的话就是水产品". A field's name after a figure's unit or after a
 * spoken link (然后, 还有 …) starts a new answer there. Only a long run of words without any stop
 * that names at least two fields is cut so; free text (typed while a free-text field is asked)
 * keeps its words together.
 */

/** A run shorter than this is typed, not spoken. */
const MIN_RUN = 12;
/** Where a new answer may begin: after a figure's unit (and a word of approximation) or a word for none, or before a spoken link. */
const BREAK = /(?<=[亿万元人家户个%](?:左右|上下|出头|多|来|吧)?|没有)(?=\p{Script=Han})|(?=然后|还有|另外|再就是|接着)/gu;
const FIGURES: ReadonlySet<FieldType> = new Set(['money', 'count', 'percent']);
const SHORT_ANSWER = 16;
const FIGURE = /[0-9零〇一二两三四五六七八九十百千万亿]|没有/u;
const STOP = /[，,、；;。！!？?：:\n]/u;

export function withSpokenBreaks(form: Form, text: string): string {
  if (STOP.test(text) || text.length < MIN_RUN || fieldsNamedIn(form, text).length < 2) return text;
  const named = [...text.matchAll(BREAK)]
    .map((match) => ({ at: match.index ?? 0, field: leadingName(form, text.slice(match.index ?? 0))?.field }))
    .filter((cut) => cut.at > 0 && cut.field !== undefined);
  // a field's name starts an answer only when its kind of value follows before the next one:
  // a figure (or a word for none) for a figure, a few words for a name or a choice
  const cuts = named
    .filter(({ at, field }, i) => {
      const piece = text.slice(at, named[i + 1]?.at);
      return FIGURES.has(field!.type) ? FIGURE.test(piece) : field!.type !== 'longtext' && piece.length <= SHORT_ANSWER;
    })
    .map(({ at }) => at);
  if (cuts.length === 0) return text;
  let out = '';
  let from = 0;
  for (const at of cuts) {
    out += `${text.slice(from, at)}，`;
    from = at;
  }
  return out + text.slice(from);
}
