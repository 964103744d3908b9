import type { Form } from '../form.js';
import { fieldsNamedIn } from '../labels.js';
import { isUnitName } from '../introduction.js';
import { couldBePersonName, SELF_INTRO } from '../person-name.js';

/** The clause opening `text` and what follows its mark. */
const FIRST_CLAUSE = /^([^，,。；;：:\n]+)[，,。；;\s]+/u;

/** "盟局", "县局的", "省厅": an office named short, as colleagues say it. */
const SHORT_OFFICE = /^\p{Script=Han}{1,3}(?:局|厅|站|科|处|办|委)$/u;

/** "自治区局的", "我是淮安市局的", "市知识产权局": the office the sender works at (a place alone may be the product's). */
const isOfficeClause = (clause: string): boolean => {
  const words = clause.replace(SELF_INTRO, '').trim().replace(/的$/u, '');
  return isUnitName(words) || SHORT_OFFICE.test(words);
};

/**
 * "哈斯巴根，自治区局的。这个是锡林郭勒羊肉…", "朱婷，淮安市局。一次性发你，你自己对一下：\n…": who sends
 * and where they work, said before the form's data, answer nothing of it; the sender's name comes
 * off only with their unit after it (a name alone may be the product's). A first line announcing
 * what follows ("一次性发你，你自己对一下：") goes with them, when it names no field.
 */
export function withoutSenderLead(form: Form, text: string): string {
  let rest = text.trim();
  for (let guard = 0; guard < 3; guard += 1) {
    const first = FIRST_CLAUSE.exec(rest);
    if (!first) break;
    const clause = (first[1] as string).trim();
    const next = FIRST_CLAUSE.exec(rest.slice(first[0].length));
    const named = couldBePersonName(clause.replace(SELF_INTRO, '')) && next !== null && isOfficeClause((next[1] as string).trim());
    if (named) rest = rest.slice(first[0].length + (next as RegExpExecArray)[0].length);
    else if (isOfficeClause(clause)) rest = rest.slice(first[0].length);
    else break;
  }
  const announce = /^([^\n]{2,30})[：:][ \t]*\n/u.exec(rest);
  if (announce && fieldsNamedIn(form, announce[1] as string).length === 0 && !/\d/u.test(announce[1] as string)) rest = rest.slice(announce[0].length);
  return rest;
}
