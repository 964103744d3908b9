import type { Form } from './form.js';
import { figuresOf, ofOneSort, type Said } from './figures-said.js';
import { fieldsNamedIn } from './labels.js';

/**
 * An answer counting out parts and then their sum: "企业31家，合作社17家，一共48家", "种植户1.2万人、
 * 加工企业3000人，加起来1.5万人". The sum is the answer; the parts (named by groups the form has no
 * field for) are its breakdown, not figures of their own. Parts named by the form's fields ("加工3亿，
 * 物流2亿，一共5亿") are answers of those fields and stay; so does a message saying more than the
 * parts and the sum (free text counts things out too: "培育龙头企业5家、合作社12家，合计17家，…").
 */

const SUM_WORD = /一共|总共|共计|合计|总计|加起来|加在一起|算下来|总数/u;
const SUM = new RegExp(`^(?:${SUM_WORD.source})(?:一共|总共)?(?:是|有|为)?\\s*$`, 'u');
const STOP = /^\s*[，,、；;]\s*/u;
const MESSAGE_END = /^\s*[。.！!~～]*\s*$/u;
/** Words a part may open with before its figure: the group counted ("合作社", "加工企业"), no figure or stop of its own. */
const PART_LABEL = /^[^\d０-９，,、；;。：:\n]{0,10}$/u;
/** A label before a colon opening the message stays with the sum ("用标主体：企业31家，…"). */
const OPENING_LABEL = /^[^，,、；;。\n：:]{1,16}[：:]\s*/u;

/** `text` with parts given before their sum left out; as typed when it is no such answer. */
export function withoutPartsOfSum(form: Form, text: string): string {
  if (!SUM_WORD.test(text)) return text;
  const figures = figuresOf(text);
  const total = figures.at(-1);
  const last = figures.at(-2);
  if (figures.length < 3 || !total || !last) return text;
  const stop = STOP.exec(text.slice(last.end, total.start));
  if (!stop || !SUM.test(text.slice(last.end + stop[0].length, total.start)) || !MESSAGE_END.test(text.slice(total.end))) return text;
  // every figure before the sum a part: a group's name and one figure, parted by stops
  const opening = OPENING_LABEL.exec(text)?.[0].length ?? 0;
  const parts = figures.slice(0, -1).every((said, i) => {
    const gap = text.slice(i === 0 ? opening : (figures[i - 1] as Said).end, said.start);
    const parted = i === 0 ? '' : STOP.exec(gap)?.[0];
    if (parted === undefined) return false;
    const label = gap.slice(parted.length);
    return ofOneSort(said, total) && PART_LABEL.test(label) && fieldsNamedIn(form, label).length === 0;
  });
  return parts ? text.slice(0, opening) + text.slice(last.end + stop[0].length) : text;
}
