import { t } from '../../bot/texts.js';
import type { CalendarItem, DeliveryRow, EventRecord, SubscriptionRow } from '../providers.js';
import { html, type SafeHtml } from './html.js';
import { formatTime } from './layout.js';

/** Form values as typed (strings), so a refused form comes back as the user left it. */
export interface EventFormValues {
  title: string;
  kind: string;
  date: string;
  end: string;
  description: string;
}

export const emptyEventForm: EventFormValues = { title: '', kind: 'event', date: '', end: '', description: '' };

export function eventFormValues(event: EventRecord): EventFormValues {
  return { title: event.title, kind: event.kind, date: event.date, end: event.end ?? '', description: event.description ?? '' };
}

export function eventForm(options: { csrf: string; values: EventFormValues; id?: string; error?: string }): SafeHtml {
  const { csrf, values, id, error } = options;
  const kind = (value: string) =>
    html`<option value="${value}"${values.kind === value ? html` selected` : ''}>${t(`web.reminders.kind_${value}`)}</option>`;
  return html`<form method="post" action="${id ? `/reminders/events/${encodeURIComponent(id)}` : '/reminders/events'}" class="event-form">
  ${error ? html`<p class="error wide" role="alert">${error}</p>` : ''}
  <input type="hidden" name="_csrf" value="${csrf}">
  <label>${t('web.reminders.f_title')}<input name="title" value="${values.title}" required maxlength="100"></label>
  <label>${t('web.reminders.f_kind')}<select name="kind">${kind('event')}${kind('deadline')}</select></label>
  <label>${t('web.reminders.f_date')}<input name="date" value="${values.date}" required placeholder="2026-05-10 / 05-10"></label>
  <label>${t('web.reminders.f_end')}<input name="end" value="${values.end}" placeholder="${t('web.reminders.f_end_hint')}"></label>
  <label class="wide">${t('web.reminders.f_note')}<textarea name="description" maxlength="500" rows="2">${values.description}</textarea></label>
  <div><button type="submit">${id ? t('web.reminders.save') : t('web.reminders.add')}</button></div>
</form>`;
}

export interface RemindersPageData {
  csrf: string;
  upcoming: CalendarItem[];
  events: EventRecord[];
  subscriptions: SubscriptionRow[];
  deliveries: DeliveryRow[];
  canEdit: boolean;
  timeZone: string;
  form?: { values: EventFormValues; error?: string };
}

const when = (date: string, end?: string): string => {
  const yearly = /^\d{2}-\d{2}$/.test(date);
  const span = end && end !== date ? `${date} ~ ${end}` : date;
  return yearly ? t('web.reminders.yearly', { date: span }) : span;
};

function calendarList(items: CalendarItem[]): SafeHtml {
  if (items.length === 0) return html`<p class="muted">${t('web.reminders.no_upcoming')}</p>`;
  return html`<ol class="calendar">${items.map(
    (item) => html`<li class="${item.kind}"><time datetime="${item.start}">${when(item.start, item.end)}</time>
<span class="tag ${item.kind}">${t(`web.reminders.kind_${item.kind}`)}</span> <strong>${item.title}</strong>
${item.unconfirmed ? html`<span class="tag late">${t('web.reminders.unconfirmed')}</span>` : ''}
${item.note ? html`<div class="muted">${item.note}</div>` : ''}</li>`,
  )}</ol>`;
}

function eventTable(events: EventRecord[], canEdit: boolean): SafeHtml {
  return html`<table class="compact" id="events"><thead><tr><th>${t('web.reminders.f_title')}</th><th>${t('web.reminders.f_kind')}</th><th>${t('web.reminders.when')}</th><th></th></tr></thead>
<tbody>${events.map(
    (event) => html`<tr><td>${event.title}</td><td>${t(`web.reminders.kind_${event.kind}`)}</td><td>${when(event.date, event.end)}</td>
<td>${
      canEdit && event.editable
        ? html`<a href="/reminders/events/${encodeURIComponent(event.id)}/edit">${t('web.reminders.edit')}</a>`
        : event.editable
          ? ''
          : html`<span class="muted">${t('web.reminders.read_only')}</span>`
    }</td></tr>`,
  )}</tbody></table>`;
}

function subscriptionTable(rows: SubscriptionRow[], timeZone: string): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">${t('web.reminders.no_subscriptions')}</p>`;
  return html`<table class="compact"><thead><tr><th>${t('web.reminders.s_platform')}</th><th>${t('web.reminders.s_chat')}</th><th>${t('web.reminders.s_topic')}</th><th>${t('web.reminders.s_schedule')}</th><th>${t('web.reminders.s_since')}</th></tr></thead>
<tbody>${rows.map(
    (s) => html`<tr><td>${s.platform}</td><td>${s.chatId} <span class="muted">${t(`web.reminders.chat_${s.chatType}`)}</span></td>
<td>${s.events ? s.events.join('、') : t('web.reminders.all_events')}</td>
<td>${t('web.reminders.schedule', { days: s.offsets.join('、'), time: s.remindAt })}</td><td>${formatTime(s.createdAt, timeZone)}</td></tr>`,
  )}</tbody></table>`;
}

function deliveryTable(rows: DeliveryRow[], timeZone: string): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">${t('web.reminders.no_deliveries')}</p>`;
  return html`<table class="compact" id="deliveries"><thead><tr><th>${t('web.reminders.d_at')}</th><th>${t('web.reminders.d_event')}</th><th>${t('web.reminders.d_target')}</th><th>${t('web.reminders.d_status')}</th><th></th></tr></thead>
<tbody>${rows.map(
    (d) => html`<tr><td>${formatTime(d.at, timeZone)}</td><td>${d.eventTitle}</td><td>${d.target}</td><td><span class="tag ${d.status}">${t(`web.reminders.status_${d.status}`)}</span></td><td class="muted">${
      d.detail === 'queued' ? t('web.reminders.queued') : (d.detail ?? '')
    }</td></tr>`,
  )}</tbody></table>`;
}

export function remindersBody(data: RemindersPageData): SafeHtml {
  return html`<section><h2>${t('web.reminders.upcoming')}</h2>${calendarList(data.upcoming)}</section>
${
  data.canEdit
    ? html`<section><h2>${t('web.reminders.add_title')}</h2>${eventForm({ csrf: data.csrf, values: data.form?.values ?? emptyEventForm, error: data.form?.error })}</section>`
    : ''
}
<section><h2>${t('web.reminders.events')}</h2>${eventTable(data.events, data.canEdit)}</section>
<section><h2>${t('web.reminders.subscriptions')}</h2>${subscriptionTable(data.subscriptions, data.timeZone)}</section>
<section><h2>${t('web.reminders.deliveries')}</h2>${deliveryTable(data.deliveries, data.timeZone)}</section>`;
}
