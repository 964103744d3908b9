import type { Form, FormField } from './form.js';
import { isList, LEADING_MARK } from './block.js';
import { EXACT_SCORE, matchLabel } from './labels.js';
import type { Segment } from './segment.js';

/**
 * Whether the labels of a message sent for free text are headings of the text's own items
 * ("1.品牌建设：举办采茶节…；2.标准化：制定地方标准3项", "【政策扶持】…【标准与溯源】…",
 * "【工作目标】…【保障措施】…"), so the text is the answer as typed, rather than a pasted block whose
 * labels each name a field. Some headings name no field and the others name free text only — but
 * not two free-text fields outright, as a document's sections do ("三、已采取的扶持措施 … 四、明年打算 …");
 * or, in a numbered list ("（一）政策扶持方面：…（四）保护方面：…"), headings naming nothing outnumber
 * those naming a typed field.
 */
export function areItemHeadings(form: Form, segments: readonly Segment[], text: string): boolean {
  if (!segments.some((seg) => seg.labelKind === 'colon')) return false;
  const headings = segments.flatMap((seg) => (seg.label === undefined ? [] : [matchLabel(form, seg.label)[0]]));
  const unnamed = headings.filter((m) => m === undefined).length;
  const typed = headings.filter((m) => m !== undefined && namesTyped(m.field)).length;
  if (typed > 0) return LEADING_MARK.test(text) && isList(text) && unnamed > typed;
  const outright = new Set(headings.flatMap((m) => (m !== undefined && m.score >= EXACT_SCORE ? [m.field.id] : []))).size;
  return unnamed > 0 && outright <= 1;
}

/** A field that is no prose: a figure, a name, a choice … or the region, which is a list of places. */
const namesTyped = (field: FormField): boolean => field.type !== 'longtext' || field.shape === 'place';
