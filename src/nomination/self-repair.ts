import { choiceNames, type Form, type FormField } from './form.js';
import { fieldsNamedIn } from './labels.js';
import { figuresOf, type Said } from './figures-said.js';
import { parseField } from './parsers/index.js';

/**
 * A figure taken back in the same breath: "从业的一共六十万人不对不对刚才说错了是六万人", "产值五十个亿，
 * 哦不，说错了，是五十五个亿"; an option too ("集体商标 不对不对 是证明商标"). Words that take back what was just said stand between two figures of
 * the same sort (both people, both money … or one without a unit), so the later figure is the
 * answer and the earlier one is dropped with the words after it: what named the figure in front
 * of the first one still names the second. "是16.8亿不是15亿" says the new value first and is no
 * such repair: a bare 不是 takes nothing back.
 */

/** Words by which a speaker takes back what they just said. */
const TAKEN_BACK = /不对|不是不是|(?:说|写|打|报|念|讲|看|记)(?:错|岔|反)了?|(?:搞|弄)错了?|错了|口误|我是说|(?:哦|噢|啊)不(?!是)/u;
/** Words of a pause to put something right. */
const PAUSE = /等下|等等|等一下|稍等|慢着|哦不|呃|嗯/u;
/** A pause to put the figure right, the new one said after it: "32亿 等下 是23亿", "120万人 等等，应该是12万". */
const PAUSED_REPAIR = new RegExp(`^[\\s，,。…]*(?:${PAUSE.source})[\\s，,。…]*(?:应该|其实|实际)?是[\\s]*$`, 'u');
/** Taking back said just after the new figure: "…是23亿 我把数字看反了" (dropped with it). */
const SLIP_OWNED = String.raw`[\s，,。]*(?:我|刚才|刚刚|刚|前面)*(?:把)?(?:数字|数|这个|那个)?(?:说|写|打|报|念|讲|看|记|抄)(?:错|岔|反)(?:行|位|了)?了?[。！!~～]*`;
const TAKEN_BACK_AFTER = new RegExp(`^${SLIP_OWNED}`, 'u');
/** A slip owned right after the figure that ends the message, with no stop: "…是六十七家刚才说反了". */
const SLIP_AT_END = new RegExp(String.raw`(?<=[\d零〇一二两三四五六七八九十百千万亿元家人户%％])(?:${SLIP_OWNED})$`, 'u');
/** Words giving the figure as the right one ("不对…是六十七家"); without them "产值3亿我写错了" says the 3亿 is wrong. */
const PUT_RIGHT = /不对|应该是|应是|其实是|实际是|改成|改为/u;

/** `text` without a slip owned at its end, right after the figure it puts right; as typed otherwise. */
export function withoutSlipOwned(text: string): string {
  const slip = SLIP_AT_END.exec(text);
  return slip && PUT_RIGHT.test(text.slice(0, slip.index)) ? text.slice(0, slip.index) : text;
}

/** The most characters a speaker puts between a figure and the one that replaces it. */
const GAP_MAX = 24;
/** …and between a figure taken back and the one put right after a reason ("不对，去年底新批了3家，应该是44家"). */
const REASON_MAX = 48;
/** Words saying the figure after them is the right one. */
const PUT_RIGHT_BEFORE = /(?:应该是|应是|其实是|实际是|实际上是|改成|改为)\s*$/u;

/**
 * The figure after figures[i] and the next one that is put right by name, of the same sort, no other
 * field named on the way: what a repair with a reason in between settles on.
 */
function putRightLater(form: Form, text: string, figures: readonly Said[], i: number, before: readonly FormField[]): Said | undefined {
  const said = figures[i] as Said;
  for (let m = i + 2; m < figures.length; m += 1) {
    const [previous, figure] = [figures[m - 1] as Said, figures[m] as Said];
    if (figure.start - said.end > REASON_MAX) return undefined;
    if (!PUT_RIGHT_BEFORE.test(text.slice(previous.end, figure.start))) continue;
    if ((said.sort && figure.sort && said.sort !== figure.sort) || Boolean(said.phone) !== Boolean(figure.phone)) return undefined;
    // (a field named on the way that could take the figure starts another answer; "漏了加工厂的两千人" names no people's field)
    const taker = fieldsNamedIn(form, text.slice(said.end, figure.start)).some((f) => !before.includes(f) && parseField(f, text.slice(figure.start, figure.end)).ok);
    return taker ? undefined : figure;
  }
  return undefined;
}
/** Where each of a field's options (or its other names, or its typical values) is said in `text`, longest names first, in order. */
function choicesSaidIn(field: FormField, text: string): Said[] {
  const names = [...choiceNames(field), ...field.typicalValues].sort((a, b) => b.length - a.length);
  const taken = new Array<boolean>(text.length).fill(false);
  const out: Said[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (taken.slice(at, at + name.length).some(Boolean)) continue;
      taken.fill(true, at, at + name.length);
      out.push({ start: at, end: at + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "集体商标 不对不对 是证明商标", "调味品吧 哦不对 …加工食品": an option (or a typical value) taken back for another of the same field. */
function withoutChoiceTakenBack(form: Form, text: string): string {
  let out = text;
  for (const field of form.fields.filter((f) => f.type === 'choice' || f.typicalValues.length > 0)) {
    const said = choicesSaidIn(field, out);
    for (let i = said.length - 2; i >= 0; i -= 1) {
      const [first, instead] = [said[i] as Said, said[i + 1] as Said];
      const gap = out.slice(first.end, instead.start);
      if (gap.length <= GAP_MAX && TAKEN_BACK.test(gap) && fieldsNamedIn(form, gap).length === 0) out = out.slice(0, first.start) + out.slice(instead.start);
    }
  }
  return out;
}

/** `text` without the figures and options taken back and the words taking them back; as typed when there are none. */
export function withoutTakenBack(form: Form, typed: string): string {
  if (!TAKEN_BACK.test(typed) && !PAUSE.test(typed)) return typed;
  const text = withoutChoiceTakenBack(form, typed);
  const figures = figuresOf(text);
  let out = text;
  let cutAt = -1;
  // from the end, so earlier positions stay
  for (let i = figures.length - 2; i >= 0; i -= 1) {
    const [said, instead] = [figures[i] as Said, figures[i + 1] as Said];
    const gap = text.slice(said.end, instead.start);
    if (gap.length > GAP_MAX || !(TAKEN_BACK.test(gap) || PAUSED_REPAIR.test(gap))) continue;
    const before = fieldsNamedIn(form, text.slice(0, said.start));
    // ("四十一家，不对，去年底新批了3家，应该是44家": the figure put right after the reason is the answer)
    const settled = cutAt < 0 && TAKEN_BACK.test(gap) ? putRightLater(form, text, figures, i, before) : undefined;
    if (settled) {
      out = out.slice(0, said.start) + out.slice(settled.start);
      cutAt = said.start;
      continue;
    }
    if ((said.sort && instead.sort && said.sort !== instead.sort) || Boolean(said.phone) !== Boolean(instead.phone)) continue;
    // ("产值50亿不对，出口是3亿": words naming another field start another answer; the figure's own
    // field is the one its clause names: "产值5.8亿，出口120万美元\n不对，产值是6.8亿" puts right no export)
    const clauseStart = Math.max(...[...'，,；;。\n'].map((mark) => text.lastIndexOf(mark, said.start - 1))) + 1;
    const own = fieldsNamedIn(form, text.slice(clauseStart, said.start));
    if (fieldsNamedIn(form, gap).some((f) => !(own.length > 0 ? own : before).includes(f))) continue;
    // (the words after the new figure go only while it is as said: a chain of repairs keeps them)
    const after = cutAt === instead.start ? '' : (TAKEN_BACK_AFTER.exec(text.slice(instead.end))?.[0] ?? '');
    out = out.slice(0, said.start) + out.slice(instead.start, instead.end) + out.slice(instead.end + after.length);
    cutAt = said.start;
  }
  return out;
}
