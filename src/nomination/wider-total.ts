import type { Form, FormField } from './form.js';
import { matchLabel } from './labels.js';
import { findFigure, labelOf } from './segment.js';

/** A label must name a field this clearly to count as the part's or the total's field. */
const FIELD_LABEL = 70;
const PART_OPENER = /^\s*其中/u;
/** Words saying a total is the whole trade's: "全产业链产值超过1000亿元". */
export const WIDER = /全产业链|产业链|全产业|综合产值|产业总产值|总产值/u;
/** Words before a colon that open the sentence: "汇总：2022年…综合产值145亿元". */
const LEAD = /^[^：:\d]{1,12}[：:]/u;

const labelledField = (form: Form, clause: string): FormField | undefined => {
  const { label } = labelOf(form, clause.replace(PART_OPENER, '').trim());
  const best = label === undefined ? undefined : matchLabel(form, label)[0];
  return best && best.score >= FIELD_LABEL ? best.field : undefined;
};

/** The field a clause's label names; when the words before a colon name none, the label after them ("年产值：268亿元" keeps its label). */
const fieldOf = (form: Form, clause: string): FormField | undefined => labelledField(form, clause) ?? labelledField(form, clause.replace(LEAD, ''));

/** A field of the same measure named by a longer name ending in one of the total's names: 加工产值 of 产值. */
const narrowerOf = (total: FormField, field: FormField): boolean =>
  field.id !== total.id && field.type === total.type && field.keywords.some((k) => total.keywords.some((t) => k.length > t.length && k.endsWith(t)));

/**
 * "三七产业综合产值268亿元，其中三七原料产值86.5亿元，精深加工产值128亿元，商贸物流产值41亿元": a total
 * split into parts of which some are the form's narrower fields of the same measure (加工产值 of 产值)
 * is the whole trade's, not the product's: the one part naming only the total's field is the
 * product's own figure, and the total's clause goes. So too when the total says it is the whole
 * chain's ("全产业链产值超过1000亿元，其中苹果年产值386亿元"); without that, a part of the same field may
 * be one town's ("年产值15亿元，其中某镇年产值8亿元") and the total stands.
 */
export function withoutWiderTotal(form: Form, text: string): string {
  return text
    .split(/([。；;\r\n]+)/u)
    .map((sentence, s) => {
      if (s % 2 === 1) return sentence;
      const clauses = sentence.split(/[，,]/u);
      for (let i = 0; i + 1 < clauses.length; i += 1) {
        const total = findFigure(clauses[i] as string) ? fieldOf(form, clauses[i] as string) : undefined;
        if (!total || !PART_OPENER.test(clauses[i + 1] as string)) continue;
        let end = i + 1;
        while (end < clauses.length && findFigure(clauses[end] as string)) end += 1;
        const parts = clauses.slice(i + 1, end).map((clause) => fieldOf(form, clause));
        const own = parts.filter((f) => f?.id === total.id).length;
        // ("葡萄全产业产值是95亿，其中葡萄干这一块是48亿元": the whole chain's, and one part naming no other field)
        const onlyPart = parts.length === 1 && parts[0] === undefined && WIDER.test(clauses[i] as string);
        if (onlyPart || (own === 1 && (WIDER.test(clauses[i] as string) || parts.some((f) => f !== undefined && narrowerOf(total, f))))) {
          return [...clauses.slice(0, i), ...clauses.slice(i + 1)].join('，');
        }
        // (its parts are read once: a clause of the run is no total of its own, so a long run stays linear)
        i = end - 1;
      }
      return sentence;
    })
    .join('');
}
