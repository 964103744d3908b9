import type { Form, FormField } from './form.js';
import { matchLabel } from './labels.js';
import { NUMERIC, parseFor } from './answer-parse.js';
import { distinctive, namesAllFirms, type Routed } from './routing.js';
import { ACTION, APPROX_TAIL, findFigure } from './segment.js';
import { NUMBER_PATTERN } from './parsers/numbers.js';
import type { FieldValue } from '../store/nomination-types.js';

/** At most this many characters of other words beside the field's name and the value. */
const ABOUT_MAX_WORDS = 16;
const CLAUSE_SPLIT = /[\r\n，,、；;。！!？?\s]+|\\n/u;

/**
 * A short message about one typed field (a figure, a registration number …) other than the one
 * asked, wherever the field is named:
 * "之前跳过的加工业产值有数了，二十三亿左右", "对了，物流那块也统计出来了，差不多五个亿".
 * It goes to that field (filled fields are asked about as usual), never into the pending free
 * text. Only when the message names exactly that field, holds exactly one figure that parses as
 * its value, and the other words are few and state no action (a plan such as "明年计划新增用标企业
 * 20家" names 用标企业 too, but it says what will be done, and it names the plan).
 */
/** Labels within this many points of the best name their fields about as well. */
const TIED = 3;
/** "先补一个", "再说一项": a count after a verb counts the items told, it is no figure. */
const VERB_MEASURE = /[补说填改问加提讲报]一(?:个|项|条|句|点|下)$/u;
/** "果汁、果酒、脐橙精油这些": what a figure covers, listed before it, says no more about the field. */
const COVERED_LIST = /(?:[^，,、；;。：:！!？?\s]{1,8}、)+[^，,、；;。：:！!？?\s]{1,8}?(?:这些|这几样|这几项|之类|等)/gu;
/** …the words before a verb of having in its first item stay: "旅游有川菜博物馆、豆瓣小镇这些" is about 旅游. */
const COVERED_HEAD = /^[^、]*?(?:有|包括|包含|含|像|比如|主要是)/u;

export function aboutOtherField(form: Form, current: FormField | undefined, text: string): { field: FormField; value: FieldValue; words: string; text: string } | undefined {
  if (text.length > 60) return undefined;
  const figures = [...text.matchAll(new RegExp(`(?:${NUMBER_PATTERN})`, 'gu'))].filter(
    (m) => findFigure(text.slice(m.index ?? 0))?.index === 0 && !VERB_MEASURE.test(text.slice(0, (m.index ?? 0) + 2)),
  );
  if (figures.length !== 1) return undefined;
  const at = (figures[0] as RegExpMatchArray).index ?? 0;
  const clauseEnd = text.slice(at).search(CLAUSE_SPLIT);
  const end = clauseEnd < 0 ? text.length : at + clauseEnd;
  const approx = APPROX_TAIL.exec(text.slice(0, at))?.[0] ?? '';
  const start = at - approx.length;
  const value = text.slice(start, end);
  const words = `${text.slice(0, start)}，${text.slice(end)}`.replace(COVERED_LIST, (list) => COVERED_HEAD.exec(list)?.[0] ?? '');
  if (/\d/u.test(words) || ACTION.test(words)) return undefined;
  const named = new Set<FormField>();
  let nameChars = 0;
  const clauses = words.split(CLAUSE_SPLIT).filter(Boolean);
  // A clause that answers a typed question, or is unmistakably another value ("证明商标，注册号…",
  // "作为证明商标注册的，注册号是…"), makes it a combined answer, read segment by segment.
  const typedQuestion = current && current.type !== 'text' && current.type !== 'longtext';
  const combined = (clause: string): boolean =>
    (typedQuestion && parseFor(form, current, clause).ok) || distinctive(form, clause, (f) => f.type !== 'registration') !== undefined;
  if (clauses.some(combined)) return undefined;
  for (const clause of clauses) {
    // (of names that fit about as well, the field asked: "收入三万八" to the income asked)
    const matches = matchLabel(form, clause);
    const match = matches.find((m) => m.field.id === current?.id && m.score >= (matches[0]?.score ?? 0) - TIED) ?? matches[0];
    // ("全县石雕石材企业1200多家": all the firms, no count of licensed ones)
    if (!match || (match.field.type === 'count' && match.field.unit !== '人' && namesAllFirms(clause))) continue;
    // "十四亿 没有出口", "14亿，出口为零": the clause naming the field holds its own answer, so the figure is another's
    if (parseFor(form, match.field, clause).ok) return undefined;
    named.add(match.field);
    nameChars += Math.max(...namesIn(match.field, clause));
  }
  const field = [...named][0];
  // (phone numbers and e-mail addresses are taken out of any message, with the words beside them)
  if (named.size !== 1 || !field || field.id === current?.id || !(NUMERIC.has(field.type) || field.type === 'registration')) return undefined;
  if ([...words.replace(/[^\p{Script=Han}\p{L}]/gu, '')].length - nameChars > ABOUT_MAX_WORDS) return undefined;
  // A number typed as "第…号" is kept as typed, so its ordinal goes with it.
  const typed = field.type === 'registration' ? `${/第\s*$/u.exec(text.slice(0, start))?.[0] ?? ''}${value}` : value;
  const parsed = parseFor(form, field, typed);
  return parsed.ok ? { field, value: parsed.value, words, text: typed } : undefined;
}

/** Lengths of the field's names found in `text` (0 when none is). */
const namesIn = (field: FormField, text: string): number[] => [0, ...field.keywords.filter((k) => text.includes(k)).map((k) => k.length)];
