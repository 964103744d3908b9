import type { Form } from './form.js';
import { fieldsNamedIn, matchLabel } from './labels.js';
import { labelOf } from './segment.js';

/**
 * Lead-ins: a clause ending in a colon that names no field and only announces what follows
 * ("先把基本情况发您：", "先说别的：", "情况如下："). They are no label, so they are dropped.
 */

const LEAD_IN = /^([^：:，,。；;\n\d]{2,16})[：:]\s*/u;
const AT_CLAUSE = /(^|[，,；;。\n]\s*)([^：:，,。；;\n\d]{2,24})[：:]\s*/gu;

const namesNoField = (form: Form, words: string): boolean => fieldsNamedIn(form, words).length === 0 && matchLabel(form, words).length === 0;
const FIRST_CLAUSE = /^[^，,；;。\n]*/u;
/** Words saying the text after them is sent, quoted or copied: "发给你", "原文如下", "摘录". */
const SENDS = /发(?:给)?(?:你|您)|(?:转|贴)(?:给)?(?:你|您)|(?:发|贴|拷|转)过来|如下|以下是|原文|摘录|摘抄|复制|粘贴|[一这那]段|(?:都)?在里面/u;

/** The first message's lead-in, before data told with or without labels. */
export function dropOpeningLeadIn(form: Form, line: string): string {
  const lead = LEAD_IN.exec(line);
  return lead && namesNoField(form, lead[1] as string) ? line.slice(lead[0].length) : line;
}

/** Lead-ins anywhere in a message, where a labelled answer follows ("…，先说别的：申请人是…协会"). */
export function dropLeadIns(form: Form, text: string): string {
  return text.replace(AT_CLAUSE, (whole: string, before: string, words: string, at: number) => {
    // (the answer after it must be labelled in its own clause: "茶旅融合这块：八千万元" keeps its words)
    const after = FIRST_CLAUSE.exec(text.slice(at + whole.length))?.[0] ?? '';
    // (…or it says it sends what follows, "我把申报材料第一段发给你：", whatever the text after it is)
    const sends = SENDS.test(words) && fieldsNamedIn(form, words).length === 0 && after.trim() !== '';
    return sends || (namesNoField(form, words) && labelOf(form, after).label !== undefined) ? before : whole;
  });
}
