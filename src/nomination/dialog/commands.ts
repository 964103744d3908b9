import { t } from '../../texts.js';
import { awaitsYesNo, clearDialog, setStatus, type PendingConfirmation } from '../../store/nominations.js';
import { missingRequired, type Form, type FormField } from '../form.js';
import type { FieldValue } from '../../store/nomination-types.js';
import { fieldsNamedIn } from '../labels.js';
import type { DialogIntent } from './intents.js';
import { declineOf } from './decline-words.js';
import { filledCount, MAX_FAILURES } from './flow.js';
import { startNew } from './start.js';
import { quotaProblem } from './quota.js';
import { confirmMessage, displayValue, helpText, summaryText, titleOf, valueLines } from './render.js';
import type { DialogSession } from './session.js';

/** Dialog commands: help, skip, back, review, cancel, submit, and answers to a pending 确认. */


/** Required fields without a value that were not skipped-and-flagged: these block submission. */
function blocking(session: DialogSession): FormField[] {
  return missingRequired(session.form, session.record.fields).filter((field) => !session.record.flagged.includes(field.id));
}

export function help(session: DialogSession): void {
  const field = session.current;
  session.say(field ? helpText(field) : t('nomination.started', counts(session)));
  session.commit();
}

const counts = (session: DialogSession) => ({
  total: session.form.fields.length,
  required: session.form.fields.filter((f) => f.required).length,
});

/** Words taking back what was given: "不填了", "算了", "删掉". */
const WITHDRAWING = /不填了|不写了|不要了|删掉|去掉|撤掉|算了/u;
/** A word asking to leave a field out: "跳过", "不填了", "空着". */
const SKIPPING = /跳过|略过|不填|不报|不写|空着|先不|不用填|不需要填/u;

/**
 * The clauses that ask to leave something out, each with the clause before it when it names no
 * field itself: "产值、从业人员按这个填，出口跳过" skips 出口 alone; "物流没有单独统计，跳过" skips 物流.
 */
function skippingClauses(form: Form, text: string): string {
  const clauses = text.split(/[，,。；;！!\n]+/u);
  const asking = clauses.flatMap((clause, i) => {
    if (!SKIPPING.test(clause)) return [];
    return fieldsNamedIn(form, clause).length > 0 || i === 0 ? [clause] : [clauses[i - 1] as string, clause];
  });
  return asking.length > 0 ? asking.join('，') : text;
}

/**
 * 跳过 for the field asked, or for the fields the message names when the one asked is not among
 * them: "溢价这个没算过，跳过" while the plan is asked skips 溢价率 and asks for the plan again.
 */
export function skip(session: DialogSession, text = ''): void {
  const field = session.current;
  if (!field) return review(session);
  const named = fieldsNamedIn(session.form, skippingClauses(session.form, text));
  if (named.length > 0 && !named.includes(field)) {
    session.commit((db) => {
      // "算了旅游这个不填了": an optional value given before is taken out, as its writer says (跳过 or
      // 先空着 only passes it by: it keeps what is stored)
      const withdrawn = WITHDRAWING.test(text) ? named.filter((f) => f.id in session.record.fields && !f.required) : [];
      for (const f of withdrawn) {
        session.say(t('nomination.withdrawn', { label: f.label, value: displayValue(session.record.fields[f.id] as FieldValue) }));
        session.set(db, f.id, undefined);
      }
      const open = named.filter((f) => !(f.id in session.record.fields) && !session.state.skipped.includes(f.id));
      session.state.skipped.push(...open.map((f) => f.id));
      const left = named.filter((f) => !withdrawn.includes(f));
      if (left.length > 0) session.say(t('nomination.skipped', { label: left.map((f) => f.label).join('、') }));
      session.reask();
    });
    return;
  }
  session.state.skipped.push(...named.filter((f) => f !== field && !(f.id in session.record.fields)).map((f) => f.id));
  if (!field.required || field.id in session.record.fields) {
    session.commit(() => {
      if (!(field.id in session.record.fields)) session.state.skipped.push(field.id);
      session.say(t('nomination.skipped', { label: field.label }));
      session.advance();
    });
    return;
  }
  // A required field skipped once waits until the other fields are asked ("注册号我得查一下，先跳过");
  // skipped again, or after repeated failures, it is flagged 待核实.
  if (!session.state.skipped.includes(field.id) && session.state.failures < MAX_FAILURES) {
    session.commit(() => {
      session.state.skipped.push(field.id);
      session.say(t('nomination.skip_required', { label: field.label }));
      session.advance();
    });
    return;
  }
  session.commit((db) => {
    session.flag(db, field.id);
    session.say(t('nomination.skipped_flagged', { label: field.label }));
    session.advance();
  });
}

/**
 * "不清楚", "没统计过" for the field asked: an optional one is skipped; a required one cannot be, so
 * the reply says so and the question stays (跳过 still defers it; it counts as a failed answer).
 */
export function notKnown(session: DialogSession, text: string): void {
  const field = session.current;
  if (!field || !field.required || field.id in session.record.fields) return skip(session, text);
  session.state.failures += 1;
  session.say(t('nomination.unknown_required', { label: field.label, example: field.example ?? '' }));
  if (session.state.failures >= MAX_FAILURES) session.say(t('nomination.too_many_failures', { count: session.state.failures }));
  session.reask();
  session.commit();
}

/** A remark mid-form ("稍等，我查一下"): nothing is stored, the question waits. */
export function wait(session: DialogSession): void {
  session.say(t('nomination.wait'));
  session.reask();
  session.commit();
}

/** A table's header row sent alone: kept for the row that follows it, the question asked stays. */
export function keepHeader(session: DialogSession, header: string[]): void {
  session.state.pending = { kind: 'header', payload: header };
  session.say(t('nomination.header_kept', { labels: header.join('、') }));
  session.commit();
}

/** "（七）产品类别" sent alone: that field is asked, so the value after the heading answers it. */
export function askHeaded(session: DialogSession, field: FormField): void {
  session.say(t('nomination.heading_field', { label: field.label }));
  session.ask(field);
  session.commit();
}

/** "一、基本情况" sent alone, or a table's header of layout words ("序号 项目 内容"): a part of a pasted document begins; the question stays. */
export function noteSection(session: DialogSession, words: string | undefined): void {
  session.say(words === undefined ? t('nomination.layout_header') : t('nomination.heading_section', { words }));
  session.reask();
  session.commit();
}

/** Leaving the form for now ("今天先到这", "退出"): nothing is stored, the draft waits for 继续申报. */
export function pause(session: DialogSession): void {
  session.say(t('nomination.paused', { title: titleOf(session.record), filled: filledCount(session.form, session.record), total: session.form.fields.length }));
  session.commit();
}

export function back(session: DialogSession): void {
  const previous = session.state.back.pop();
  const field = session.form.fields.find((f) => f.id === previous);
  if (!field) {
    session.say(t('nomination.back_none'));
    session.reask();
  } else {
    session.ask(field, false);
  }
  session.commit();
}

export function review(session: DialogSession): void {
  session.say(summaryText(session.form, session.record));
  session.reask();
  session.commit();
}

/**
 * 取消 asks first; a draft with nothing in it that the officer says they will not nominate
 * ("算了，今年不报了") is dropped at once: there is nothing to lose.
 */
export function cancel(session: DialogSession): void {
  const empty = Object.keys(session.record.fields).length === 0;
  if (empty && declineOf(session.ctx.message.text) === 'not-nominating') {
    session.state.pending = { kind: 'cancel' };
    answerPending(session, { kind: 'confirm' });
    return;
  }
  session.state.pending = { kind: 'cancel' };
  session.say(confirmMessage(t('nomination.cancel_confirm'), true));
  session.commit();
}

/** Refuses (saying why) when required fields are missing or the province's quota is used up. */
function refusal(session: DialogSession): string | undefined {
  const missing = blocking(session);
  if (missing.length > 0) {
    const labels = missing.map((field) => field.label);
    return t('nomination.submit_missing', { fields: labels.map((label) => `· ${label}`).join('\n'), first: labels[0] as string });
  }
  const quota = quotaProblem(session.ctx, session.deps, session.record.province);
  return quota && t('nomination.quota_full', quota);
}

export function submit(session: DialogSession): void {
  const problem = refusal(session);
  if (problem) {
    session.say(problem);
    if (session.current) session.reask();
    session.commit();
    return;
  }
  session.state.pending = { kind: 'submit' };
  session.say(summaryText(session.form, session.record));
  session.say(confirmMessage(t('nomination.submit_confirm')));
  session.commit();
}

/** 确认 / 不 to whatever is pending. Returns false when nothing was pending. */
export function answerPending(session: DialogSession, intent: Extract<DialogIntent, { kind: 'confirm' | 'deny' }>): boolean {
  const pending = session.state.pending;
  if (!awaitsYesNo(pending)) return false;
  session.state.pending = undefined;
  const { ctx } = session;
  const title = titleOf(session.record);
  // another product named while this draft is open (start.ts): 是 opens a draft for it
  if (pending.kind === 'offer') {
    if (intent.kind === 'confirm') {
      startNew(ctx, session.deps, session.to, { name: pending.payload });
      return true;
    }
    session.say(t('nomination.another_kept', { title }));
    session.reask();
    session.commit();
    return true;
  }
  if (intent.kind === 'deny') {
    const key = { cancel: 'cancel_kept', submit: 'submit_kept', extracted: 'extracted_dropped', overwrite: 'overwrite_kept' }[pending.kind];
    session.say(t(`nomination.${key}`));
    session.reask();
    session.commit();
    return true;
  }
  if (pending.kind === 'extracted') {
    session.commit((db) => {
      for (const [field, value] of Object.entries(pending.payload)) session.set(db, field, value);
      session.say(t('nomination.extracted_saved', { count: Object.keys(pending.payload).length }) + '\n' + valueLines(session.form, pending.payload));
      session.advance();
    });
    return true;
  }
  if (pending.kind === 'overwrite') {
    session.commit((db) => {
      for (const [field, value] of Object.entries(pending.payload)) {
        session.set(db, field, value);
        session.say(t('nomination.correction_saved', { label: session.form.field(field)?.label ?? field, value: displayValue(value) }));
      }
      session.reask();
    });
    return true;
  }
  if (pending.kind === 'submit') {
    const problem = refusal(session);
    if (problem) {
      session.say(problem);
      session.reask();
      session.commit();
      return true;
    }
  }
  const status = pending.kind === 'submit' ? 'submitted' : 'cancelled';
  ctx.commit((db) => {
    setStatus(db, session.record.id, status, session.actor, ctx.clock());
    clearDialog(db, session.state.platform, session.state.userId);
    session.say(status === 'submitted' ? t('nomination.submitted', { title, id: session.record.id }) : t('nomination.cancelled', { title }));
  });
  return true;
}

/**
 * A reply that reads as nothing while a 确认 is pending ("确人", a typo): the confirmation stays
 * pending and is asked again plainly, with its buttons, instead of being dropped.
 */
export function askPendingAgain(session: DialogSession, input: string, pending: Exclude<PendingConfirmation, { kind: 'choose' | 'header' }>): void {
  session.state.pending = pending;
  const title = titleOf(session.record);
  const question = t(`nomination.pending_again.${pending.kind}`, { title, name: pending.kind === 'offer' ? pending.payload : '' });
  session.say(confirmMessage(`${t('nomination.pending_unread', { input: input.trim().slice(0, 30) })}\n${question}`, pending.kind === 'cancel'));
  session.commit();
}
