import type { Form, FormField } from './form.js';
import { isUnitName } from './introduction.js';
import { parseField } from './parsers/index.js';
import type { Routed } from './routing.js';

/** "我们是云南文山州知识产权局": a unit said as the writer's own is where they work, not the applicant. */
const WHO_WRITES = /^(?:我|咱|俺|本人|本单位|这里|这边)|是/u;
/** A person spoken of or to is no part of a body's name: "产值那几个数我问下农牧局" is a remark. */
const PERSON = /我|你|您|咱|俺/u;

/** "…蜜柚产业协会注册的", "…中心申请的": the body that registered or applied, the applicant. */
const REGISTERED_BY = /(?<=\p{Script=Han}{4})(?:注册|申请|申报)的$/u;

/**
 * A piece that is nothing but a body's name ("青田县石雕行业协会", "五常市大米协会"), sent while a
 * question it cannot answer is asked (a choice, a figure): the one open field shaped to hold such a
 * name (the applicant, `shape: unit`), also said as who registered it. The question asked stays open.
 */
export function unitNamed(form: Form, text: string, open: (f: FormField) => boolean): Routed | undefined {
  const name = text.trim().replace(/[。.!！，,；;]+$/u, '').replace(REGISTERED_BY, '');
  const [only, ...more] = form.fields.filter((f) => f.shape === 'unit' && open(f));
  if (!only || more.length > 0 || !isUnitName(name) || WHO_WRITES.test(name) || PERSON.test(name)) return undefined;
  const parsed = parseField(only, name);
  return parsed.ok ? { field: only, value: parsed.value } : undefined;
}
