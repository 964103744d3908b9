import type { Form, FormField } from '../form.js';
import { matchLabel } from '../labels.js';

/**
 * A question mid-form about filling a field in, not about the policy: "保护类型是啥意思啊？",
 * "年产值是写去年的吗？", "这个类别怎么填？". The field's own help answers it; the notices would not.
 */

/** Asking what a field means, what goes in it, or how it is counted ("按什么口径算"). */
const ABOUT_FILLING = /意思|指什么|指啥|指的是|是指|怎么填|咋填|如何填|填什么|填啥|怎么写|咋写|如何写|写什么|写啥|怎么算|咋算|如何算|怎么计算|如何计算|怎么核算|怎么统计|按什么算|按啥算|(?:什么|啥|哪个|哪种)口径|口径(?:是|怎么|如何)|是写|要写|是填|要填|填哪|写哪/u;
/** Asking what a field covers: of the question asked now only ("支持政策包括哪些" may ask about the policy). */
const ABOUT_SCOPE = /包括|包含|算不算|算是/u;
/** The question asked now, pointed at: "这个怎么填", "这一项是指什么". */
const THIS_ONE = /^(?:这个?|这一?项|这里|这块|这栏|这一栏)/u;
/** A clause names a field this well or better (a label alone scores 100; with a question around it, 60–70). */
const NAMED_MIN = 60;

/** The field a question asks how to fill, if it asks that: named in it, or the one asked now when it points at "这个". */
export function fieldAsked(form: Form, current: FormField | undefined, question: string): FormField | undefined {
  for (const clause of question.split(/[？?。！!；;\n]+/u).map((c) => c.trim())) {
    const filling = ABOUT_FILLING.test(clause);
    if (!filling && !ABOUT_SCOPE.test(clause)) continue;
    const best = matchLabel(form, clause)[0];
    if (best && best.score >= NAMED_MIN && (filling || best.field === current)) return best.field;
    if (current && THIS_ONE.test(clause)) return current;
  }
  return undefined;
}
