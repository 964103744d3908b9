import type { Form } from './form.js';
import { fieldsNamedIn, matchLabel } from './labels.js';
import { ACTION, labelOf } from './segment.js';
import { endsWithPhone } from './contact-numbers.js';

/**
 * "用标企业119家（县里96家、合作社23家）", "436家（之前说的是估的）": a figure's breakdown or a remark in
 * brackets right after it is no answer of its own; its commas and 、 would otherwise part the clause.
 * A breakdown into the form's own fields ("相关产业产值合计95亿（加工60亿，物流25亿，旅游10亿）") gives
 * those fields, and the total goes. A statement of actions keeps its brackets as typed ("设立资金500万元（其中省级200万元）").
 */
const BREAKDOWN =
  /([\d零〇一二两三四五六七八九十百千万亿][\d.]*\s*[万亿千百]*\s*(?:来|多)?(?:个)?(?:家|个|人|户|元|万元|亿元|美元|%|％)?\s*(?:左右|上下|出头|多)?)[（(]([^（）()]*\p{Script=Han}[^（）()]*)[）)]/gu;
const CLAUSE_ENDS = /[，,。；;\n]/gu;
const PART = /[，,、；;]/u;
/** A label must name a field this clearly for a part of a breakdown to be that field's answer. */
const FIELD_LABEL = 70;

const namesFieldPair = (form: Form, part: string): boolean => {
  const { label, value } = labelOf(form, part.trim().replace(/^其中/u, ''));
  return label !== undefined && value.trim() !== '' && (matchLabel(form, label)[0]?.score ?? 0) >= FIELD_LABEL;
};

export function withoutBreakdowns(form: Form, text: string): string {
  return withListsUnbracketed(form, withoutFigureBreakdowns(form, withoutPartsAfter(form, text)));
}

/** "用标的有37家，其中合作社21家、企业16家": the parts of the figure before, counted out after 其中 to the clause's end (two or more). */
const PARTS_AFTER = /(?<=[\d零〇一二两三四五六七八九十百千万亿](?:来|多)?(?:个)?(?:家|个|人|户|元|万元|亿元|美元|%|％)?\s*(?:左右|上下|出头|多)?)\s*[，,]\s*其中([^，,。；;\n]+)(?=[。；;\n]|$)/gu;

/**
 * The figure's parts after 其中 left out, none naming another field of the form than the figure's own
 * ("企业16家" of 用标的有37家 is its part); a part naming one ("其中出口3亿") keeps them all.
 */
function withoutPartsAfter(form: Form, text: string): string {
  return text.replace(PARTS_AFTER, (whole: string, inside: string, at: number) => {
    const own = fieldsNamedIn(form, text.slice(0, at).split(CLAUSE_ENDS).at(-1) ?? '');
    const parts = inside.split('、').filter((p) => p.trim());
    const another = (part: string): boolean => {
      if (!namesFieldPair(form, part)) return false;
      const named = matchLabel(form, labelOf(form, part.trim()).label ?? '')[0]?.field;
      return !(named && own.includes(named));
    };
    // (one part alone is the figure narrowed, "其中湄潭翠芽的产值是56.8亿元", read as such elsewhere)
    return parts.length > 1 && parts.every((p) => FIGURE_IN.test(p)) && !parts.some(another) ? '' : whole;
  });
}
const FIGURE_IN = /\d|[一二两三四五六七八九十百千]/u;

/** Brackets holding answers for several fields, a remark in brackets inside one of them allowed. */
const BRACKETED = /[（(]((?:[^（）()]|[（(][^（）()]*[）)])+)[）)]/gu;
/** Where a bracketed list parts: its stops, or a space after a figure's unit ("加工6.5亿 物流3亿"). */
const LIST_PART = /[，,、；;]|(?<=[\d亿万元家人%％])[ \t\u3000]+/u;

/**
 * "相关产业（加工：已含在年产值中；物流9.2亿；旅游1.5亿）", "相关产业：（加工6.5亿 物流3亿 旅游（文化节）2.5亿）":
 * answers for several fields in brackets after a heading stand for the whole clause, heading and all.
 */
function withListsUnbracketed(form: Form, text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(BRACKETED)) {
    const [whole, inside = ''] = match;
    const at = match.index ?? 0;
    const parts = inside.split(LIST_PART).filter((p) => p.trim());
    const last = [...text.slice(0, at).matchAll(CLAUSE_ENDS)].at(-1);
    const clauseAt = Math.max(from, last ? (last.index ?? 0) + 1 : 0);
    // (a heading names no figure of its own: "用标企业119家（…）" is a figure's breakdown, read above)
    if (/\d/u.test(text.slice(clauseAt, at)) || parts.filter((p) => namesFieldPair(form, p)).length < 2) continue;
    out += `${text.slice(from, clauseAt)}${parts.join('，')}`;
    from = at + whole.length;
  }
  return out + text.slice(from);
}

function withoutFigureBreakdowns(form: Form, text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(BREAKDOWN)) {
    const [whole, figure = '', inside = ''] = match;
    const at = match.index ?? 0;
    const last = [...text.slice(0, at).matchAll(CLAUSE_ENDS)].at(-1);
    const clauseAt = last ? (last.index ?? 0) + 1 : 0;
    // (a phone number's last digits are no figure: "13907375518（微信同号）" is a note on the number)
    if (ACTION.test(text.slice(clauseAt, at)) || endsWithPhone(text.slice(0, at + figure.length))) continue;
    const parts = inside.split(PART).filter((p) => p.trim());
    // (a breakdown into fields takes the place of the whole clause, its own label and total with it)
    const intoFields = parts.length > 1 && parts.every((p) => namesFieldPair(form, p));
    out += intoFields ? `${text.slice(from, Math.max(from, clauseAt))}${parts.join('，')}` : `${text.slice(from, at)}${figure}`;
    from = at + whole.length;
  }
  return out + text.slice(from);
}
