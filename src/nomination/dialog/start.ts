import type { TurnContext } from '../../turn.js';
import { t } from '../../texts.js';
import type { ConversationRef } from '../../platform.js';
import { createNomination, getNomination, listDrafts, saveDialog, type DialogState } from '../../store/nominations.js';
import type { NominationRecord } from '../../store/nomination-types.js';
import type { DialogDeps } from './deps.js';
import { filledCount } from './flow.js';
import { parseField } from '../parsers/index.js';
import { confirmMessage, displayValue, draftListMessage, titleOf } from './render.js';
import { DialogSession } from './session.js';
import { readMessage } from '../reading.js';
import { storeReading } from './answer.js';
import { opensWithAnswers } from './answers-opening.js';
import { introductionValues } from '../introduction.js';

/** Starting, resuming and choosing among drafts. */

const emptyState = (ctx: TurnContext, nominationId?: string): DialogState => ({
  platform: ctx.message.platform,
  userId: ctx.message.senderId,
  nominationId,
  failures: 0,
  back: [],
  skipped: [],
});

/** Where the dialog goes: the sender's private chat, announced in the group when started there. */
async function dialogChat(ctx: TurnContext): Promise<ConversationRef> {
  const to = await ctx.senderPrivateChat();
  if (ctx.isGroup) ctx.reply(t('nomination.moved_to_private', { name: ctx.message.senderName ?? '您' }));
  return to;
}

/** What a start request carries besides the wish: the product named, answers after it, who writes. */
export interface Opening {
  name?: string;
  rest?: string;
  intro?: string;
}

/**
 * Creates a fresh draft and asks its first field; what followed the request is read as answers,
 * and a self-introduction before it for the contact only (the sender's unit is no answer).
 */
export function startNew(ctx: TurnContext, deps: DialogDeps, to: ConversationRef, opening: Opening = {}): void {
  // "帮忙填一下申报书：安化黑茶，湖南省，地理标志产品，…": data after the request opens with the product's name
  const data = !opening.name && opening.rest ? opensWithAnswers(deps.form, opening.rest) : undefined;
  const { name, rest, intro } = data ? { ...opening, ...data } : opening;
  const session = ctx.commit((db) => {
    const record = createNomination(db, {
      formVersion: deps.form.version,
      owner: { platform: ctx.message.platform, id: ctx.message.senderId },
      ownerName: ctx.message.senderName,
      at: ctx.clock(),
    });
    const started = new DialogSession(ctx, deps, emptyState(ctx, record.id), record, to);
    started.say(
      t('nomination.started', {
        total: deps.form.fields.length,
        required: deps.form.fields.filter((field) => field.required).length,
      }),
    );
    // "我想申报南丰蜜桔": the product named in the request is the first answer
    const first = deps.form.fields[0];
    const parsed = first && name ? parseField(first, name) : undefined;
    if (first && parsed?.ok) {
      started.set(db, first.id, parsed.value);
      started.say(t('nomination.saved', { label: first.label, value: displayValue(parsed.value) }));
    }
    saveDialog(db, started.state, ctx.clock());
    return started;
  });
  // Only labelled or unmistakable values: "…，产品是X" is read, a bare "材料我直接贴过来" is no answer.
  const reading = rest ? readMessage(deps.form, session.record.fields, undefined, rest) : undefined;
  const contact = intro ? introductionValues(deps.form, session.record.fields, intro) : {};
  const values = { ...contact, ...reading?.values };
  if (Object.keys(values).length + Object.keys(reading?.conflicts ?? {}).length > 0) {
    return storeReading(session, { conflicts: {}, unread: [], skipped: [], ...reading, values });
  }
  session.advance();
  session.commit();
}

/** Continues `record` where the dialog stopped (or at its first open field). */
function continueDraft(ctx: TurnContext, deps: DialogDeps, state: DialogState, record: NominationRecord, to: ConversationRef): void {
  const same = state.nominationId === record.id;
  const next: DialogState = same ? { ...state, pending: undefined } : emptyState(ctx, record.id);
  const session = new DialogSession(ctx, deps, next, record, to);
  session.say(t('nomination.resumed', { title: titleOf(record), filled: filledCount(deps.form, record), total: deps.form.fields.length }));
  if (same && session.current) session.reask();
  else session.advance();
  session.commit();
}

function offerChoice(ctx: TurnContext, deps: DialogDeps, state: DialogState, drafts: NominationRecord[], to: ConversationRef): void {
  const next: DialogState = { ...state, pending: { kind: 'choose', payload: drafts.map((draft) => draft.id) } };
  ctx.sendTo(to, draftListMessage(deps.form, drafts));
  ctx.commit((db) => saveDialog(db, next, ctx.clock()));
}

/**
 * A product named alone ("洛川苹果"): the form is offered, and kept in mind for the next message,
 * with what was `told` beside the name ("郫县豆瓣 四川": the province) to be read once it is taken.
 */
export function offerForm(ctx: TurnContext, state: DialogState | undefined, name: string, told?: string): void {
  const next: DialogState = { ...(state ?? emptyState(ctx)), pending: { kind: 'offer', payload: name, ...(told ? { told } : {}) } };
  ctx.reply(t('nomination.offer', { name }));
  ctx.commit((db) => saveDialog(db, next, ctx.clock()));
}

/** The product `opening` names: the request's, else a name its answers label ("…，产品名称：X"). */
function namedIn(deps: DialogDeps, { name, rest }: Opening): string | undefined {
  const first = deps.form.fields[0];
  const told = first && rest ? readMessage(deps.form, {}, undefined, rest).values[first.id]?.value : undefined;
  return name ?? (typeof told === 'string' ? told : undefined);
}

/**
 * A request that names a product while a draft is open: the same product, or a draft without a
 * name yet, goes on in that draft (the name and what followed read as its answers); another
 * product is asked about first (`是` opens a new draft for it, anything else keeps the open one).
 */
function openRequest(ctx: TurnContext, deps: DialogDeps, to: ConversationRef, state: DialogState, record: NominationRecord, opening: Opening, name?: string): void {
  const first = deps.form.fields[0];
  const current = first ? record.fields[first.id]?.value : undefined;
  const session = new DialogSession(ctx, deps, { ...state, pending: undefined }, record, to);
  if (name && current !== undefined && current !== name) {
    session.state.pending = { kind: 'offer', payload: name };
    session.say(confirmMessage(t('nomination.another_draft', { title: titleOf(record), filled: filledCount(deps.form, record), total: deps.form.fields.length, name })));
    return session.commit();
  }
  const parsed = first && name && current === undefined ? parseField(first, name) : undefined;
  const reading = opening.rest ? readMessage(deps.form, record.fields, undefined, opening.rest) : undefined;
  const contact = opening.intro ? introductionValues(deps.form, record.fields, opening.intro) : {};
  const values = { ...contact, ...reading?.values, ...(first && parsed?.ok ? { [first.id]: parsed.value } : {}) };
  if (Object.keys(values).length + Object.keys(reading?.conflicts ?? {}).length > 0) {
    return storeReading(session, { conflicts: {}, unread: [], skipped: [], ...reading, values });
  }
  session.say(t('nomination.continued', { title: titleOf(record), filled: filledCount(deps.form, record), total: deps.form.fields.length }));
  session.reask();
  session.commit();
}

/**
 * `/申报`: a new draft, or (when drafts exist and `fresh` is false) the list to choose from. A
 * request naming a product or carrying answers while a draft is open goes to `openRequest`; a
 * fresh start after the bot asked about another product takes that product.
 */
export async function start(
  ctx: TurnContext,
  deps: DialogDeps,
  fresh: boolean,
  state: DialogState | undefined,
  opening: Opening = {},
): Promise<void> {
  const to = await dialogChat(ctx);
  const { drafts, open } = ctx.read((db) => ({
    drafts: listDrafts(db, ctx.message.platform, ctx.message.senderId),
    open: state?.nominationId ? getNomination(db, state.nominationId) : undefined,
  }));
  const offered = state?.pending?.kind === 'offer' ? state.pending.payload : undefined;
  const name = namedIn(deps, opening);
  if (state && open?.status === 'draft' && !fresh && (name || opening.rest)) return openRequest(ctx, deps, to, state, open, opening, name);
  if (fresh || drafts.length === 0 || opening.name || opening.rest) return startNew(ctx, deps, to, { name: offered, ...opening });
  offerChoice(ctx, deps, state ?? emptyState(ctx), drafts, to);
}

/** 继续申报: the draft of the product named, the active draft, the only draft, or the list. */
export async function resume(ctx: TurnContext, deps: DialogDeps, state: DialogState | undefined, name?: string): Promise<void> {
  const to = await dialogChat(ctx);
  const { active, drafts } = ctx.read((db) => ({
    active: state?.nominationId ? getNomination(db, state.nominationId) : undefined,
    drafts: listDrafts(db, ctx.message.platform, ctx.message.senderId),
  }));
  const current = state ?? emptyState(ctx);
  const first = deps.form.fields[0];
  const named = name && first ? drafts.find((draft) => draft.fields[first.id]?.value === name) : undefined;
  if (named) return continueDraft(ctx, deps, current, named, to);
  // ("继续横州茉莉花" while the open draft has no name yet: the product it names is that draft's)
  if (name && state && active?.status === 'draft' && first && active.fields[first.id] === undefined) return openRequest(ctx, deps, to, state, active, { name }, name);
  if (active?.status === 'draft') return continueDraft(ctx, deps, current, active, to);
  if (drafts.length === 1) return continueDraft(ctx, deps, current, drafts[0] as NominationRecord, to);
  if (drafts.length > 1) return offerChoice(ctx, deps, current, drafts, to);
  ctx.sendTo(to, t('nomination.no_dialog'));
  ctx.commit();
}

/** An answer to the draft list: a number or 新建. */
export function choose(ctx: TurnContext, deps: DialogDeps, state: DialogState, choice: { index?: number; fresh?: boolean }): void {
  const ids = state.pending?.kind === 'choose' ? state.pending.payload : [];
  if (choice.fresh) return startNew(ctx, deps, ctx.here);
  const id = choice.index === undefined ? undefined : ids[choice.index - 1];
  const record = id ? ctx.read((db) => getNomination(db, id)) : undefined;
  if (!record || record.status !== 'draft') {
    ctx.reply(t('nomination.choose_invalid', { count: ids.length }));
    ctx.commit();
    return;
  }
  continueDraft(ctx, deps, state, record, ctx.here);
}
