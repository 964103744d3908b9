import type { Step } from '../feature.js';
import type { TurnContext } from '../turn.js';
import { t } from '../texts.js';
import { asMandarin } from './cantonese.js';
import type { Db } from '../store/db.js';
import { awaitsYesNo, clearDialog, getDialog, getNomination, latestSubmitted, listDrafts } from '../store/nominations.js';
import { displayValue, helpText, summaryText, titleOf } from './dialog/render.js';
import { applyAddition, applyCompleted, applyCorrection, applyCorrections, correctionOnLastLine, llmSecondReading, read, rejectValue, storeReading, tryLlm } from './dialog/answer.js';
import { answerPending, askHeaded, askPendingAgain, back, cancel, help, keepHeader, notKnown, noteSection, pause, review, skip, submit, wait } from './dialog/commands.js';
import { documentHeading } from './dialog/document-heading.js';
import { headerRow, underHeader } from './header-row.js';
import { coordinatorCommand } from './dialog/coordinator.js';
import { writeExport } from './dialog/export-file.js';
import type { DialogDeps, LlmExtract, WriteExport } from './dialog/deps.js';
import { actionIntent, BEGIN_ALONE, dialogIntent, globalIntent, heardRequest, isQuestionLike, type DialogIntent, type GlobalIntent } from './dialog/intents.js';
import { introducesContact, labelsAnAnswer, labelsTheProduct, opensWithAnswers } from './dialog/answers-opening.js';
import { namesField } from './labels.js';
import { addition } from './dialog/addition.js';
import { completedByUnit } from './dialog/unit-after.js';
import { completedOpening } from './dialog/text-opening.js';
import { fieldAsked } from './dialog/field-question.js';
import { unanswered } from './dialog/flow.js';
import { DialogSession } from './dialog/session.js';
import { choose, offerForm, resume, start } from './dialog/start.js';
import { answersOffer, bareProduct, besideName } from './dialog/product-offer.js';
import { resumeAfterRemark, resumesOpenDraft } from './dialog/resume-after-remark.js';
import type { Form } from './form.js';
import { withWriterName } from './person-name.js';
import { withoutOpeningWords } from './discourse.js';
import { withoutChatFraming } from './chat-framing.js';
import { withoutSerialCells, withUnitCellsJoined } from './table-layout.js';
import { withCellLinesRead } from './cell-lines.js';
import { withSoftWrapsJoined } from './soft-wraps.js';
import { isDeferral } from './none-answer.js';
import { statementField } from './routing.js';
import type { FieldValue, NominationRecord } from '../store/nomination-types.js';

export type { LlmExtract } from './dialog/deps.js';

export interface NominationDialogOptions {
  form: Form;
  /** KNOWLEDGE_DIR: the quota table and export templates live there. */
  knowledgeDir: string;
  /** Structured extraction of free text; without it the rule-based parsers do everything. */
  llmExtract?: LlmExtract;
  botName?: string;
  /** Where export files are written: a job on the work thread in the service (`entry.ts`); by default in this thread. */
  writeExport?: WriteExport;
}

export interface NominationDialog {
  step: Step;
  /** A person's drafts, most recently edited first. */
  drafts(db: Db, platform: string, userId: string): NominationRecord[];
}

/**
 * The nomination dialog as a bot step: `/申报` starts (moving to the private chat), one field at
 * a time, validated and committed before the next question; coordinator commands (`/导出`,
 * `/申报 统计`, `/名额`). Messages that are not for the dialog go on to the next step.
 */

/** A start request whose "product" names a field of the form ("从业人员先报一下吧，大概6.5万人") is an answer, no request. */
const unlessFieldNamed = (form: Form, intent: GlobalIntent | undefined): GlobalIntent | undefined =>
  intent?.kind === 'start' && intent.name && namesField(form, intent.name) ? undefined : intent;

export function createNominationDialog(options: NominationDialogOptions): NominationDialog {
  const deps: DialogDeps = {
    form: options.form,
    knowledgeDir: options.knowledgeDir,
    llmExtract: options.llmExtract,
    botName: options.botName ?? '地标助手',
    writeExport: options.writeExport ?? ((request) => writeExport({ ...request, form: options.form, knowledgeDir: options.knowledgeDir })),
  };

  const step: Step = {
    name: 'nomination',
    async run(ctx, next) {
      const pressed = actionIntent(ctx.message.action);
      if (ctx.message.action && !pressed) return next();
      // "嗯，稍等", "好的，陕西": every reader sees the message without its opening words
      // (and a table pasted one cell per line as its rows: cell-lines.ts)
      const text = withoutOpeningWords(withUnitCellsJoined(withCellLinesRead(withSoftWrapsJoined(deps.form, withoutSerialCells(deps.form, withoutChatFraming(asMandarin(ctx.message.text), (word) => namesField(deps.form, word)))))));
      const named = pressed ? undefined : unlessFieldNamed(deps.form, globalIntent(text));
      const afterRemark = named || pressed ? undefined : resumeAfterRemark(deps.form, text);
      const global: GlobalIntent | undefined = named ?? (afterRemark ? { kind: 'resume', ...afterRemark } : undefined);
      if (global && (global.kind === 'stats' || global.kind === 'export' || global.kind === 'quota')) {
        return coordinatorCommand(ctx, deps, global);
      }
      const { platform, senderId } = ctx.message;
      // One read for the dialog and its draft: every transaction costs a lock round on a file database.
      const { state, record } = ctx.read((db) => {
        const found = getDialog(db, platform, senderId);
        return { state: found, record: found?.nominationId ? getNomination(db, found.nominationId) : undefined };
      });
      // "提交申报" while a draft is open submits it: a command of the form outranks a new start
      const command = state?.nominationId ? dialogIntent(text) : undefined;
      // …and a start only the scored reading reads is an answer while a form is open ("产值我来填")
      const weakInForm = global?.kind === 'start' && global.weak && state?.nominationId;
      // …and so is a statement of plans or measures while one is asked ("…，申报黑木耳团体标准，在拉萨…推介")
      const asked = state?.nominationId && state.currentField ? deps.form.field(state.currentField) : undefined;
      const statesAsked = global?.kind === 'start' && asked?.type === 'longtext' && statementField(deps.form, text, (f) => f === asked) !== undefined;
      if (global?.kind === 'start' && !weakInForm && !statesAsked && (!command || command.kind === 'new')) return start(ctx, deps, global.fresh, state, global);
      if (global?.kind === 'resume') return resume(ctx, deps, state, global.name);
      const nameField = deps.form.fields.find((f) => f.shape === 'product');
      const draftName = record?.status === 'draft' && nameField ? record.fields[nameField.id]?.value : undefined;
      if (!global && !pressed && typeof draftName === 'string' && resumesOpenDraft(deps.form, text, draftName)) return resume(ctx, deps, state, draftName);
      // "审报地理标志" with no draft open: a request typed by its sound (a name sounding like 申报 mid-form is an answer)
      const heard = !global && !pressed && !state?.nominationId ? unlessFieldNamed(deps.form, heardRequest(text)) : undefined;
      if (heard?.kind === 'start') return start(ctx, deps, heard.fresh, state, heard);
      if (heard?.kind === 'resume') return resume(ctx, deps, state, heard.name);
      // "信阳毛尖 河南 证明商标" with no draft open: the form's data is a wish to fill it in
      const told = !global && !pressed && !state?.nominationId ? opensWithAnswers(deps.form, text) : undefined;
      if (told) return start(ctx, deps, false, state, told);
      // in a direct chat with no draft open, "开始吧" opens the form the bot offers in its greeting, and
      // "地理标志名称是霍山石斛" opens it with the labelled name
      const directWithoutDraft = !global && !pressed && !state?.nominationId && !ctx.isGroup;
      if (directWithoutDraft && BEGIN_ALONE.test(text.trim())) return start(ctx, deps, false, state);
      if (directWithoutDraft && labelsTheProduct(deps.form, text)) return start(ctx, deps, false, state, { rest: text });
      // "一、地理标志名称": a pasted form's first heading, its value to come, opens the form at that question
      const opening = directWithoutDraft ? documentHeading(deps.form, text) : undefined;
      if (opening?.kind === 'field' && opening.field === deps.form.fields[0]) return start(ctx, deps, false, state);
      // "洛川苹果" alone offers the form; a yes or an answer to the next question takes the offer
      if (state?.pending?.kind === 'offer' && !state.nominationId && !pressed && !ctx.isGroup) {
        const { payload: name, told } = state.pending;
        if (dialogIntent(text)?.kind === 'confirm') return start(ctx, deps, false, state, { name, ...(told ? { rest: told } : {}) });
        if (answersOffer(deps.form, text)) return start(ctx, deps, false, state, { name, rest: told ? `${told}\n${text}` : text });
      }
      const offered = !global && !pressed && !state && !ctx.isGroup ? bareProduct(deps.form, text) : undefined;
      if (offered) return offerForm(ctx, state, offered, besideName(deps.form, text, offered));
      // "注册号：3064759" with no draft open (a start request the bot did not read, a restart after one
      // was cancelled): the form's data opens the form rather than going to the notices unanswered
      if (directWithoutDraft && state?.pending?.kind !== 'offer' && labelsAnAnswer(deps.form, text)) return start(ctx, deps, false, state, { rest: text });
      if (directWithoutDraft && state?.pending?.kind !== 'offer' && introducesContact(deps.form, text)) return start(ctx, deps, false, state, { intro: text });
      // Other features' commands (/提醒 …) pass through even mid-form.
      const otherCommand = !pressed && /^[/／]/.test(text);
      // "提交" with no draft open submits nothing: say so, and what was submitted last
      if (!state?.nominationId && !ctx.isGroup && !pressed && dialogIntent(text)?.kind === 'submit') {
        const submitted = ctx.read((db) => latestSubmitted(db, platform, senderId));
        ctx.reply(submitted ? t('nomination.nothing_open_submitted', { title: titleOf(submitted) }) : t('nomination.no_dialog'));
        return void ctx.commit();
      }
      if (!state && !ctx.isGroup && !pressed && dialogIntent(text)?.kind === 'review') {
        const submitted = ctx.read((db) => latestSubmitted(db, platform, senderId));
        if (submitted) {
          ctx.reply(summaryText(deps.form, submitted));
          return void ctx.commit();
        }
      }
      if (!state || ctx.isGroup || otherCommand || (text === '' && !pressed)) return next();

      const intent: DialogIntent | undefined = pressed?.kind === 'answer' ? undefined : (pressed ?? dialogIntent(text));
      const input = pressed?.kind === 'answer' ? pressed.value : text;

      if (state.pending?.kind === 'choose') {
        if (intent?.kind === 'choose' || intent?.kind === 'new') {
          return choose(ctx, deps, state, intent.kind === 'new' ? { fresh: true } : { index: intent.index });
        }
        if (!state.nominationId) {
          if (isQuestionLike(input)) return next();
          if (intent?.kind === 'cancel' || intent?.kind === 'deny') {
            ctx.reply(t('nomination.choose_dropped'));
            return void ctx.commit((db) => clearDialog(db, platform, senderId));
          }
          ctx.reply(t('nomination.choose_invalid', { count: state.pending.payload.length }));
          return void ctx.commit();
        }
        state.pending = undefined;
      }

      if (!record || record.status !== 'draft') {
        ctx.commit((db) => clearDialog(db, platform, senderId));
        return next();
      }
      if (intent?.kind === 'new') return start(ctx, deps, true, state);
      return turn(new DialogSession(ctx, deps, state, record), intent, input, next);
    },
  };

  return { step, drafts: (db, platform, userId) => listDrafts(db, platform, userId) };
}

/** One turn of an active dialog. */
async function turn(session: DialogSession, said: DialogIntent | undefined, input: string, next: () => Promise<void>): Promise<void> {
  // "好的，提交" to the summary that asks 确认 is the 确认
  const intent: DialogIntent | undefined = said?.kind === 'submit' && session.state.pending?.kind === 'submit' ? { kind: 'confirm' } : said;
  if (intent?.kind === 'confirm' || intent?.kind === 'deny') {
    if (answerPending(session, intent)) return;
    // A stray 确认/不 with nothing pending is not an answer to the question.
    session.reask();
    return session.commit();
  }
  // "稍等" keeps a pending confirmation; anything else but 确认/不 drops it and is read afresh (what reads as nothing keeps it).
  // …and so does free text put off until the next message ("稍等我找一下措施那段", "措施表里是空的，我打字给你")
  if (intent?.kind === 'wait' || (session.current?.type === 'longtext' && isDeferral(input))) return wait(session);
  if (intent?.kind === 'pause') return pause(session);
  const pending = session.state.pending;
  session.state.pending = undefined;
  // an overwrite asked and answered with something else keeps the stored values: the writer is told which
  if (pending?.kind === 'overwrite') keptUnconfirmed(session, pending.payload);
  switch (intent?.kind) {
    case 'help':
      return help(session);
    case 'skip':
      return skip(session, input);
    case 'back':
      return back(session);
    case 'review':
      return review(session);
    case 'cancel':
      return cancel(session);
    case 'submit':
      return submit(session);
    case 'unknown':
      return notKnown(session, input);
    default:
      break;
  }
  // "（七）产品类别", "一、基本情况": a pasted document's heading alone, its value in the next message
  const heading = documentHeading(session.form, input, session.current);
  if (heading) return heading.kind === 'field' ? askHeaded(session, heading.field) : noteSection(session, heading.kind === 'section' ? heading.words : undefined);
  // "产值185" then "亿元": a unit alone completes the figure the message before gave without one
  const completed = completedByUnit(session, input, pending);
  if (completed) return applyCompleted(session, completed.field, completed.value);
  // "计划：新增用标企业10家，" then "接上条：建设…": the rest of a free text whose opening was kept
  const opened = completedOpening(session, input, pending);
  if (opened) return applyCompleted(session, opened.field, opened.value);
  // "还有，…", "3.…": the rest of the free-text answer before (the opening words the dialog drops say that it adds)
  const added = addition(session, session.ctx.message.text);
  if (added) return applyAddition(session, added.field, added.value);
  // "联系人就是我": the writer's own name
  // a table's header row alone waits for its row; the row after it is read under it
  const header = headerRow(session.form, input);
  if (header) return keepHeader(session, header);
  const row = pending?.kind === 'header' ? underHeader(pending.payload, input) : undefined;
  const person = session.form.fields.find((f) => f.personName);
  // "…（计划）\n另外：前面产值填的9.6亿不对，…是10.2亿，请改一下": the answer, and the correction on its last line
  const lastLine = row ? undefined : correctionOnLastLine(session, input);
  const answered = lastLine ? read(session, lastLine.body) : undefined;
  if (lastLine && answered?.kind === 'message' && Object.keys(answered.reading.values).length > 0) return storeReading(session, answered.reading, {}, lastLine.values);
  const reading = read(session, withWriterName(person, session.current === person, row ?? input, session.ctx.message.senderName));
  switch (reading.kind) {
    case 'correction':
      return applyCorrection(session, reading);
    case 'corrections':
      return applyCorrections(session, reading.values);
    case 'question':
      return interrupt(session, input, next);
    case 'message': {
      const { values, conflicts, skipped } = reading.reading;
      if (Object.keys(values).length > 0 || Object.keys(conflicts).length > 0 || skipped.length > 0) {
        return storeReading(session, reading.reading, await llmSecondReading(session, reading.reading));
      }
      if (await tryLlm(session, input)) return;
      // a reply that reads as nothing ("确人") leaves a pending 确认 pending, asked again
      if (awaitsYesNo(pending)) return askPendingAgain(session, input, pending);
      return rejectValue(session, input, reading.reading);
    }
  }
}

/** The stored values an unanswered overwrite question leaves as they were. */
function keptUnconfirmed(session: DialogSession, asked: Record<string, FieldValue>): void {
  const kept = Object.keys(asked).filter((id) => session.record.fields[id] !== undefined);
  const first = session.form.field(kept[0] ?? '');
  if (!first) return;
  const items = kept.map((id) => `${session.form.field(id)?.label ?? id} ${displayValue(session.record.fields[id] as FieldValue)}`).join('、');
  session.say(t('nomination.overwrite_unanswered', { items, label: first.label }));
}

/**
 * A question mid-form: one about filling a field in is answered by that field's help, any other by
 * the Q&A; the form keeps its place, and a reminder follows.
 */
async function interrupt(session: DialogSession, input: string, next: () => Promise<void>): Promise<void> {
  const asked = fieldAsked(session.form, session.current, input);
  if (asked) {
    session.say(helpText(asked));
    // "人均年收入按什么口径算？" while logistics is asked: the answer that follows is the income's, so the
    // income is asked now (the question before comes back in turn)
    if (asked !== session.current && unanswered(session.record, asked)) session.ask(asked);
    else session.reask();
    return session.commit();
  }
  session.save();
  await next();
  const field = session.current;
  session.ctx.reply(t('nomination.resume_hint', { prompt: field ? field.prompt : t('nomination.all_done') }));
  session.ctx.commit();
}
