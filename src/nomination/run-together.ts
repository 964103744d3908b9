import type { Form } from './form.js';
import { provinceNameEnding } from './provinces.js';
import { leadingName } from './labels.js';
import { spansOf } from '../text/spans.js';

/** The shortest choice name that marks the end of a run (shorter aliases such as 产品 or 集体 are words inside names). */
const MIN_CHOICE_NAME = 4;
/** Longer runs are sentences, not a few values typed without a break. */
const MAX_RUN = 30;
/** What is left before a value must still be a name: two characters at least. */
const MIN_HEAD = 2;
const BREAKS = /[\s，,、；;。：:！!？?]/u;
/** A copula closing the name before the type: "…是", "…属于". */
const COPULA_END = /(?:就是|也是|是|属于|属|为|系)$/u;

const choiceNamesByForm = new WeakMap<Form, readonly string[]>();
function choiceNames(form: Form): readonly string[] {
  let names = choiceNamesByForm.get(form);
  if (!names) {
    const all = form.fields.flatMap((f) => (f.type === 'choice' ? (f.choices ?? []).flatMap((c) => [c, ...(f.choiceAliases[c] ?? [])]) : []));
    names = all.filter((n) => [...n].length >= MIN_CHOICE_NAME).sort((a, b) => b.length - a.length);
    choiceNamesByForm.set(form, names);
  }
  return names;
}

/**
 * "奇台面粉新疆地理标志产品": a name, its province and its protection type typed with no break between
 * them (voice input does this) are set apart by spaces, to be read as answers given in a row. Only a
 * short run that ends on one of the form's choices is cut, and only before that choice and before a
 * province name just ahead of it; or one that opens with a choice and goes on with a field's name.
 */
export function withValuesApart(form: Form, text: string): string {
  const run = text.trim();
  if (run.length > MAX_RUN || BREAKS.test(run)) return text;
  // "集体商标注册号10283746": a choice, then another field's name with its value
  const opening = choiceNames(form).find((n) => run.startsWith(n) && leadingName(form, run.slice(n.length))?.start === 0);
  if (opening) return `${opening} ${run.slice(opening.length)}`;
  const choice = choiceNames(form).find((n) => run.endsWith(n));
  if (!choice || run.length - choice.length < MIN_HEAD) return text;
  const said = run.slice(0, -choice.length);
  // (a run naming another choice too, or whose cut would part a longer choice's word — "地标|产品保护" — is a sentence)
  const cut = said.length;
  if (choiceNames(form).some((n) => said.includes(n) || spansOf([n], run).some(([from, to]) => from < cut && cut < to))) return text;
  // "五常大米是地理标志产品": the copula between the name and its type belongs to neither
  const copula = COPULA_END.exec(said)?.[0] ?? '';
  const head = said.length - copula.length >= MIN_HEAD ? said.slice(0, said.length - copula.length) : said;
  const province = provinceNameEnding(head);
  const parts = province && head.length - province.length >= MIN_HEAD ? [head.slice(0, -province.length), province, choice] : [head, choice];
  return parts.join(' ');
}
