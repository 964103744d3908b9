import type { Form } from './form.js';
import { matchLabel } from './labels.js';

/**
 * "物流和旅游分别是2.3亿和9.1亿", "加工、物流、旅游分别为4.2亿、2.3亿、9.1亿": several fields
 * named, then their values in the same order after 分别. Rewritten as one labelled pair per field
 * ("物流2.3亿，旅游9.1亿") so each value is read against its own field; only when every name is a
 * field's and there are as many values as names. Voice input parts both lists with spaces
 * ("相关产业产值 加工 物流 旅游 分别是 三亿 一点五亿 八亿"), where a heading may stand before the names.
 */

const RESPECTIVELY = /([^，,；;。\n]{2,40}?)分别(?:是|为|有|达到?|约为?|在)?\s*([^；;。\n]+)/gu;
const NAME_JOINT = /以及|[、和与及跟／/]|\s+/u;
const VALUE_JOINT = /[、，,／/]|以及|和|与|及|\s+/u;
const FIGURE = /[0-9０-９零〇一二两三四五六七八九十百千万亿]/u;
/** A value saying there is none to give: "没有统计", "无". */
const NONE = /^(?:没有?统计|没有?|无|暂无|不清楚|没数)$/u;

export function withRespectivelyPaired(form: Form, text: string): string {
  if (!text.includes('分别')) return text;
  return text.replace(RESPECTIVELY, (whole: string, names: string, values: string) => {
    const said = names.split(NAME_JOINT).map((s) => s.trim()).filter(Boolean);
    // (who gave the figures may close the names: "加工 物流 旅游 李明那边分别是…")
    let end = said.length;
    while (end > 0 && matchLabel(form, said[end - 1] as string).length === 0) end -= 1;
    const named = said.slice(0, end);
    const pieces = values.trim().split(VALUE_JOINT).filter(Boolean);
    const isValue = (v: string): boolean => FIGURE.test(v) || NONE.test(v.trim());
    const figures = pieces.findIndex((v) => !isValue(v));
    // (a heading over the names said: "相关产业产值 加工 物流 旅游")
    const labels = named.length === (figures < 0 ? pieces.length : figures) + 1 && /\s/u.test(names.trim()) ? named.slice(1) : named;
    if (labels.length < 2 || labels.some((label) => label === '' || matchLabel(form, label).length === 0)) return whole;
    const fields = labels.map((label) => matchLabel(form, label)[0]?.field.id);
    if (new Set(fields).size !== fields.length) return whole;
    const given = pieces.slice(0, labels.length).map((s) => s.trim());
    if (given.length < labels.length || given.some((v) => !isValue(v))) return whole;
    const rest = pieces.slice(labels.length).join('，').trim();
    const paired = labels.map((label, i) => `${label}${given[i]}`).join('，');
    return rest === '' ? paired : `${paired}，${rest}`;
  });
}
