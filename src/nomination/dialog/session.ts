import type { TurnContext } from '../../turn.js';
import type { ConversationRef, OutgoingMessage } from '../../platform.js';
import { t } from '../../texts.js';
import type { Db } from '../../store/db.js';
import {
  flagField,
  getNomination,
  saveDialog,
  setField,
  type Actor,
  type DialogState,
} from '../../store/nominations.js';
import type { Form, FormField } from '../form.js';
import type { FieldValue, NominationRecord } from '../../store/nomination-types.js';
import { fieldById, nextField } from './flow.js';
import { questionMessage } from './render.js';
import type { DialogDeps } from './deps.js';

/**
 * One turn of an active dialog: the dialog state and the draft it works on. Changes are made
 * inside `commit`, which saves the state and the queued replies in one transaction, so an
 * accepted answer is durable before the next question goes out.
 */
export class DialogSession {
  constructor(
    readonly ctx: TurnContext,
    readonly deps: DialogDeps,
    public state: DialogState,
    public record: NominationRecord,
    /** The private chat the dialog lives in (differs from `ctx.here` when started in a group). */
    readonly to: ConversationRef = ctx.here,
  ) {}

  /** Queues a reply in the dialog's chat. */
  say(message: string | OutgoingMessage): void {
    this.ctx.sendTo(this.to, message);
  }

  get form(): Form {
    return this.deps.form;
  }

  get actor(): Actor {
    return { platform: this.ctx.message.platform, id: this.ctx.message.senderId };
  }

  get current(): FormField | undefined {
    return fieldById(this.form, this.state.currentField);
  }

  /** Stores a value (or clears it) and keeps the in-memory record in step. */
  set(db: Db, field: string, value: FieldValue | undefined): void {
    this.record = setField(db, this.record.id, field, value, this.actor, this.ctx.clock());
  }

  flag(db: Db, field: string): void {
    flagField(db, this.record.id, field, this.actor, this.ctx.clock());
    this.record = getNomination(db, this.record.id) ?? this.record;
  }

  /** Makes `field` (none: past the last one) the question open, remembering the one before it for 上一步. */
  private moveTo(field: FormField | undefined, pushBack = true): void {
    if (pushBack && this.state.currentField && this.state.currentField !== field?.id) this.state.back.push(this.state.currentField);
    this.state.currentField = field?.id;
    this.state.failures = 0;
  }

  /** Asks `field` (remembering the field asked before it for 上一步). */
  ask(field: FormField, pushBack = true): void {
    this.moveTo(field, pushBack);
    this.say(questionMessage(this.form, field, this.record));
  }

  /** Asks the next open field (after `after` when given), or says everything is filled. */
  advance(after?: string): void {
    const field = nextField(this.form, this.record, this.state, after);
    if (field) return this.ask(field);
    this.moveTo(undefined);
    // The full summary goes out once, with 提交 (or on 查看), not after every change past the last field.
    const empty = this.form.fields.filter((f) => !(f.id in this.record.fields)).length;
    this.say(empty === 0 ? t('nomination.all_done') : t('nomination.all_asked', { empty }));
  }

  /**
   * Moves past the current field to the next open one without asking it: a confirmation is asked
   * first, and its answer (or a message ignoring it) meets the next question, not the answered one.
   */
  passOn(after?: string): void {
    this.moveTo(nextField(this.form, this.record, this.state, after));
  }

  /** Re-asks the current field (or, past the last one, says what is left). */
  reask(): void {
    const field = this.current;
    if (field) this.say(questionMessage(this.form, field, this.record));
    else this.advance();
  }

  /**
   * Runs `change`, saves the dialog state and sends the queued replies, in one transaction that
   * also ends the turn (`TurnContext.close`): a dialog turn commits once, at its end.
   */
  commit(change: (db: Db) => void = () => undefined): void {
    this.ctx.close((db) => {
      change(db);
      saveDialog(db, this.state, this.ctx.clock());
    });
  }

  /** Like `commit`, for a turn that goes on afterwards (it commits again later). */
  save(): void {
    this.ctx.commit((db) => saveDialog(db, this.state, this.ctx.clock()));
  }
}
