import type { TurnContext } from '../turn.js';
import { t } from '../texts.js';
import type { ConversationRef } from '../platform.js';
import {
  DEFAULT_OFFSETS,
  DEFAULT_REMIND_AT,
  deleteSubscription,
  getSubscription,
  saveSubscription,
  type ReminderSubscription,
} from '../store/reminder-subscriptions.js';
import type { Calendar } from './calendar.js';
import { describeSchedule, resolveNames, titlesOf, whereLabel, zoneName } from './describe.js';
import { formatTimeOfDay, parseTimeOfDay } from './dates.js';
import { MAX_OFFSET_DAYS, MAX_OFFSETS, maskWebhook, parseOffsets, splitNames } from './parse.js';
import { parseWecomWebhookUrl } from '../wecom-webhook-url.js';

/** /提醒 订阅, 退订, 设置: one subscription per chat; in a group it targets the group. */

const WECOM = /^(企业微信|企微|wecom)\s*/i;

/** Where reminders made in this chat go (no thread: reminders start their own message). */
const chatRef = (ctx: TurnContext): ConversationRef => ({ platform: ctx.message.platform, chatId: ctx.message.chatId });

function baseSubscription(ctx: TurnContext, ref: ConversationRef, chatType: 'p2p' | 'group'): Omit<ReminderSubscription, 'createdAt' | 'updatedAt'> {
  return {
    platform: ref.platform,
    chatId: ref.chatId,
    ref,
    chatType,
    subscriberId: ctx.message.senderId,
    subscriberRole: ctx.role.kind,
    events: undefined,
    excluded: [],
    offsets: DEFAULT_OFFSETS,
    remindAt: DEFAULT_REMIND_AT,
    shift: false,
  };
}

export function subscribe(ctx: TurnContext, calendar: Calendar, rest: string): void {
  if (WECOM.test(rest)) return subscribeWecom(ctx, rest.replace(WECOM, ''));
  const names = splitNames(rest);
  const events = names.length > 0 ? resolveNames(ctx, calendar, names) : [];
  if (!events) return ctx.commit();
  const where = whereLabel(ctx);
  ctx.commit((db) => {
    const existing = getSubscription(db, ctx.message.platform, ctx.message.chatId);
    const sub = existing ?? { ...baseSubscription(ctx, chatRef(ctx), ctx.message.chatType), events: [] as string[] };
    const schedule = describeSchedule(sub);
    if (events.length === 0) {
      if (existing && !existing.events && existing.excluded.length === 0) return ctx.reply(t('reminders.already_all', { where }));
      saveSubscription(db, { ...sub, events: undefined, excluded: [], subscriberId: ctx.message.senderId }, ctx.clock());
      return ctx.reply(t('reminders.subscribed_all', { where, ...schedule }));
    }
    const ids = events.map((event) => event.id);
    const next = sub.events
      ? { ...sub, events: [...new Set([...sub.events, ...ids])] }
      : { ...sub, excluded: sub.excluded.filter((id) => !ids.includes(id)) };
    saveSubscription(db, next, ctx.clock());
    ctx.reply(t('reminders.subscribed_some', { where, titles: titlesOf(events), ...schedule }));
  });
}

function subscribeWecom(ctx: TurnContext, text: string): void {
  const url = parseWecomWebhookUrl(text);
  if (!url) {
    ctx.reply(t('reminders.bad_wecom'));
    return ctx.commit();
  }
  ctx.reply(t('reminders.wecom_subscribed', { masked: maskWebhook(url) }));
  ctx.commit((db) => {
    const existing = getSubscription(db, 'wecom', url);
    const ref: ConversationRef = { platform: 'wecom', chatId: url };
    saveSubscription(db, existing ?? baseSubscription(ctx, ref, 'group'), ctx.clock());
  });
}

export function unsubscribe(ctx: TurnContext, calendar: Calendar, rest: string): void {
  if (WECOM.test(rest)) {
    const url = parseWecomWebhookUrl(rest.replace(WECOM, ''));
    if (!url) ctx.reply(t('reminders.bad_wecom'));
    return void ctx.commit((db) => {
      if (!url) return;
      const removed = deleteSubscription(db, 'wecom', url);
      ctx.reply(removed ? t('reminders.wecom_unsubscribed', { masked: maskWebhook(url) }) : t('reminders.not_subscribed', { where: t('reminders.where_wecom') }));
    });
  }
  const names = splitNames(rest);
  const events = names.length > 0 ? resolveNames(ctx, calendar, names) : [];
  if (!events) return ctx.commit();
  const where = whereLabel(ctx);
  ctx.commit((db) => {
    const { platform, chatId } = ctx.message;
    const existing = getSubscription(db, platform, chatId);
    if (!existing) return ctx.reply(t('reminders.not_subscribed', { where }));
    if (events.length === 0) {
      deleteSubscription(db, platform, chatId);
      return ctx.reply(t('reminders.unsubscribed_all', { where }));
    }
    const ids = events.map((event) => event.id);
    if (existing.events) {
      const held = events.filter((event) => existing.events!.includes(event.id));
      if (held.length === 0) return ctx.reply(t('reminders.not_subscribed_to', { where, titles: titlesOf(events) }));
      const remaining = existing.events.filter((id) => !ids.includes(id));
      if (remaining.length === 0) deleteSubscription(db, platform, chatId);
      else saveSubscription(db, { ...existing, events: remaining }, ctx.clock());
      return ctx.reply(t('reminders.unsubscribed_some', { where, titles: titlesOf(held) }));
    }
    saveSubscription(db, { ...existing, excluded: [...new Set([...existing.excluded, ...ids])] }, ctx.clock());
    ctx.reply(t('reminders.unsubscribed_some', { where, titles: titlesOf(events) }));
  });
}

const ON = /^(开|开启|打开|启用|是|on|yes|true|1)$/i;
const OFF = /^(关|关闭|停用|否|不|off|no|false|0)$/i;

export function configure(ctx: TurnContext, rest: string, tz: string): void {
  const [setting = '', ...values] = rest.split(/\s+/).filter(Boolean);
  const value = values.join(' ');
  const where = whereLabel(ctx);
  ctx.commit((db) => {
    const existing = getSubscription(db, ctx.message.platform, ctx.message.chatId);
    if (!existing) return ctx.reply(t('reminders.not_subscribed', { where }));
    if (setting === '') return ctx.reply(t('reminders.settings', { where, ...describeSchedule(existing) }));
    const shown = value.length > 30 ? `${value.slice(0, 30)}…` : value;
    if (/^(提前|提前天数|天数|offsets?)$/i.test(setting)) {
      const offsets = parseOffsets(value);
      if (!offsets) return ctx.reply(t('reminders.bad_offsets', { input: shown, max: MAX_OFFSET_DAYS, count: MAX_OFFSETS }));
      saveSubscription(db, { ...existing, offsets }, ctx.clock());
      return ctx.reply(t('reminders.set_offsets', describeSchedule({ ...existing, offsets })));
    }
    if (/^(时间|提醒时间|time)$/i.test(setting)) {
      const remindAt = parseTimeOfDay(value);
      if (remindAt === undefined) return ctx.reply(t('reminders.bad_time', { input: shown }));
      saveSubscription(db, { ...existing, remindAt }, ctx.clock());
      return ctx.reply(t('reminders.set_time', { time: formatTimeOfDay(remindAt), zone: zoneName(tz) }));
    }
    if (/^(顺延|节假日|避开节假日|shift)$/i.test(setting)) {
      const shift = ON.test(value) ? true : OFF.test(value) ? false : undefined;
      if (shift === undefined) return ctx.reply(t('reminders.bad_shift'));
      saveSubscription(db, { ...existing, shift }, ctx.clock());
      return ctx.reply(t(shift ? 'reminders.set_shift_on' : 'reminders.set_shift_off'));
    }
    ctx.reply(t('reminders.bad_setting'));
  });
}
