import type { FormField } from './form.js';
import { provinceNameOpening } from './provinces.js';
import { escapeRegExp } from '../text/regexp.js';

/**
 * A region said with its own name run into it ("范围黑龙江省五常市…", "地域范围为福建省…"): the
 * name is dropped when a province's name follows at once, so nothing but the place is stored.
 * The head noun alone (范围, the label's last two characters) counts as a name here, where a
 * province after it leaves no doubt which field it names.
 */
export function withoutPlaceLabel(field: FormField, text: string): string {
  if (field.shape !== 'place') return text;
  const match = leadOf(field).exec(text);
  const rest = match ? text.slice(match[0].length) : text;
  if (match && provinceNameOpening(rest)) return rest;
  // "比较长，江苏省苏州市…": a remark in front of the region, before a clause opening with a province
  const remark = REMARK.exec(rest);
  const after = remark ? rest.slice(remark[0].length) : '';
  return remark && !provinceNameOpening(rest) && provinceNameOpening(after) ? after : text;
}

/** A short clause without a figure, ended by a stop. */
const REMARK = /^[^，,。；;：:\d]{1,10}[，,。；;：:]\s*/u;

const leads = new WeakMap<FormField, RegExp>();

function leadOf(field: FormField): RegExp {
  let re = leads.get(field);
  if (!re) {
    const bare = field.label.replace(/[（(].*?[）)]/gu, '');
    const names = [...new Set([field.label, bare, ...field.keywords, bare.slice(-2)])].sort((a, b) => b.length - a.length);
    re = new RegExp(`^(?:${names.map(escapeRegExp).join('|')})(?:是|为|在)?[:：\\s]*`, 'u');
    leads.set(field, re);
  }
  return re;
}
