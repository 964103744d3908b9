import type { Form } from '../form.js';
import { fieldsNamedIn } from '../labels.js';
import { readMessage } from '../reading.js';
import { resumeRequest, type ResumeRequest } from './resume-request.js';

/** Clause breaks of a chat line. */
const CLAUSE = /[，,；;。！!\s]+/u;
/** Longer than this, what comes before the request is more than a remark. */
const REMARK_MAX = 30;

/**
 * "刚才系统好像卡住了，我接着填", "群里又发了一批数据，我接着上回的往下录": a remark of the sender's own
 * before a request to go on is no answer — nothing in it is the form's (no figure, no field named,
 * nothing read) — and the message resumes the nomination.
 */
export function resumeAfterRemark(form: Form, text: string): ResumeRequest | undefined {
  const clauses = text.trim().split(CLAUSE).filter(Boolean);
  const last = clauses.at(-1);
  if (clauses.length < 2 || last === undefined) return undefined;
  const resumed = resumeRequest(last);
  const remark = clauses.slice(0, -1).join('，');
  if (!resumed || remark.length > REMARK_MAX || /[\d０-９]/u.test(remark) || fieldsNamedIn(form, remark).length > 0) return undefined;
  // (read as no answer, and as none to the form's first question: "产品是郫县豆瓣，接着填" tells the name)
  const answers = [undefined, form.fields[0]].some((asked) => Object.keys(readMessage(form, {}, asked, remark).values).length > 0);
  return answers ? undefined : resumed;
}
