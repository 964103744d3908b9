import type { Form } from '../form.js';
import { fieldsNamedIn } from '../labels.js';
import { readMessage } from '../reading.js';
import { resumeRequest, type ResumeRequest } from './resume-request.js';

/** Clause breaks of a chat line. */
const CLAUSE = /[，,；;。！!\s]+/u;
/** Longer than this, what comes before the request is more than a remark. */
const REMARK_MAX = 30;
/** A last clause saying the material comes next: "把后面两部分发给你", "我贴过来". */
const SENDING_ON = /^(?:我|我们)?(?:把|将)?[^\d，,]{0,10}?(?:发|贴|转|传)(?:给|过来|上来)(?:你|您)?(?:们)?(?:了|吧|哈|啊)*$/u;

/**
 * "刚才系统好像卡住了，我接着填", "群里又发了一批数据，我接着上回的往下录": a remark of the sender's own
 * before a request to go on is no answer — nothing in it is the form's (no figure, no field named,
 * nothing read) — and the message resumes the nomination.
 */
export function resumeAfterRemark(form: Form, text: string): ResumeRequest | undefined {
  const said = text.trim().split(CLAUSE).filter(Boolean);
  // ("下午好，接着上午的申报，把后面两部分发给你": what is sent next is no answer)
  const clauses = said.length >= 2 && SENDING_ON.test(said.at(-1) as string) ? said.slice(0, -1) : said;
  const request = clauses === said ? undefined : resumeRequest(clauses.join('，'));
  if (request) return request;
  const last = clauses.at(-1);
  if (clauses.length < 2 || last === undefined) return undefined;
  const resumed = resumeRequest(last);
  const remark = clauses.slice(0, -1).join('，');
  if (!resumed || remark.length > REMARK_MAX || /[\d０-９]/u.test(remark) || fieldsNamedIn(form, remark).length > 0) return undefined;
  // (read as no answer, and as none to the form's first question: "产品是郫县豆瓣，接着填" tells the name)
  const answers = [undefined, form.fields[0]].some((asked) => Object.keys(readMessage(form, {}, asked, remark).values).length > 0);
  return answers ? undefined : resumed;
}

/**
 * "接着上次的铁观音申报", "领导改好了，继续填宣纸的" while the draft of 安溪铁观音 / 宣纸 is open: a request
 * to go on naming the open draft's product (whole or by its end), which a product's name read from
 * the words alone might miss (宣纸 is a common word too).
 */
export function resumesOpenDraft(form: Form, text: string, draftName: string | undefined): boolean {
  if (!draftName) return false;
  const named = [...draftName].map((_, at) => draftName.slice(at)).find((tail) => tail.length >= 2 && text.includes(tail));
  if (!named) return false;
  const rest = text.replace(named, '');
  return resumeRequest(rest) !== undefined || resumeAfterRemark(form, rest) !== undefined;
}
