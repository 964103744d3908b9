import { t } from '../../texts.js';
import type { CalendarItem, DeliveryRow, EventRecord, ProposalRow, SubscriptionRow } from '../../web-parts.js';
import { platformName } from './labels.js';
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
  /** `YYYY-MM-DD` of today in the service time zone: what is before it is 已过期. */
  today: string;
  upcoming: CalendarItem[];
  /** What comes after an empty window. */
  next?: CalendarItem;
  events: EventRecord[];
  /** Pending deadline proposals (coordinators only). */
  proposals?: ProposalRow[];
  subscriptions: SubscriptionRow[];
  deliveries: DeliveryRow[];
  canEdit: boolean;
  /** An officer sees only their own chats. */
  ownOnly: boolean;
  timeZone: string;
  form?: { values: EventFormValues; error?: string };
  /** A refused proposal decision: its id and the reason. */
  proposalError?: { id: number; message: string };
}

const when = (date: string, end?: string): string => {
  const yearly = /^\d{2}-\d{2}$/.test(date);
  const span = end && end !== date ? `${date} ~ ${end}` : date;
  return yearly ? t('web.reminders.yearly', { date: span }) : span;
};

const pastTag = html`<span class="tag past">${t('web.reminders.past')}</span>`;

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function calendarList(items: CalendarItem[], next: CalendarItem | undefined, today: string): SafeHtml {
  if (items.length === 0) {
    const after = next
      ? t('web.reminders.next_after', { title: next.title, date: when(next.start, next.end), days: daysBetween(today, next.start) })
      : t('web.reminders.nothing_within_year');
    return html`<p class="muted" id="no-upcoming">${t('web.reminders.no_upcoming')}${after}</p>`;
  }
  return html`<ol class="calendar">${items.map(
    (item) => html`<li class="${item.kind}"><time datetime="${item.start}">${when(item.start, item.end)}</time>
<span class="tag ${item.kind}">${t(`web.reminders.kind_${item.kind}`)}</span> <strong>${item.title}</strong>
${item.unconfirmed ? html`<span class="tag late">${t('web.reminders.unconfirmed')}</span>` : ''}
${item.note ? html`<div class="muted">${item.note}</div>` : ''}</li>`,
  )}</ol>`;
}

function eventWhen(event: EventRecord): SafeHtml {
  if (event.past) return html`${when(event.date, event.end)} ${pastTag}`;
  const yearly = /^\d{2}-\d{2}$/.test(event.date);
  const next = yearly && event.next ? html`<div class="muted">${t('web.reminders.next', { date: when(event.next.start, event.next.end) })}</div>` : '';
  return html`${when(event.date, event.end)}${next}`;
}

function eventTable(events: EventRecord[], canEdit: boolean): SafeHtml {
  // Coming first (soonest next occurrence), then those over.
  const sorted = [...events].sort((a, b) => Number(a.past) - Number(b.past) || (a.next?.start ?? '9').localeCompare(b.next?.start ?? '9'));
  return html`<table class="compact" id="events"><thead><tr><th>${t('web.reminders.f_title')}</th><th>${t('web.reminders.f_kind')}</th><th>${t('web.reminders.when')}</th><th>${t('web.reminders.remind_days')}</th><th></th></tr></thead>
<tbody>${sorted.map(
    (event) => html`<tr class="${event.past ? 'past' : ''}"><td>${event.title}</td><td>${t(`web.reminders.kind_${event.kind}`)}</td><td>${eventWhen(event)}</td>
<td>${event.offsets ? t('web.reminders.offsets', { days: event.offsets.join('、') }) : html`<span class="muted">${t('web.reminders.offsets_subscriber')}</span>`}</td>
<td>${
      canEdit && event.editable
        ? html`<a href="/reminders/events/${encodeURIComponent(event.id)}/edit">${t('web.reminders.edit')}</a>`
        : event.editable
          ? ''
          : html`<span class="muted">${t('web.reminders.read_only')}</span>`
    }</td></tr>`,
  )}</tbody></table>`;
}

function proposalList(rows: ProposalRow[], data: RemindersPageData): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">${t('web.reminders.no_proposals')}</p>`;
  return html`<div class="proposals">${rows.map((p) => {
    const error = data.proposalError?.id === p.id ? html`<p class="error" role="alert">${data.proposalError.message}</p>` : '';
    return html`<article class="proposal" id="proposal-${p.id}">
<h3>${p.title} ${p.date < data.today ? pastTag : ''}</h3>
<p class="muted">${t('web.reminders.proposal_from', { doc: p.docTitle })}</p>
<blockquote>${p.quote}</blockquote>${error}
<div class="proposal-actions">
<form method="post" action="/reminders/proposals/${p.id}/accept" class="proposal-form">
  <input type="hidden" name="_csrf" value="${data.csrf}">
  <label>${t('web.reminders.p_date')}<input type="date" name="date" value="${p.date}" required></label>
  <label>${t('web.reminders.p_offsets')}<input name="offsets" value="14,7,3,1,0" required></label>
  <button type="submit">${t('web.reminders.accept')}</button>
</form>
<form method="post" action="/reminders/proposals/${p.id}/dismiss" class="inline">
  <input type="hidden" name="_csrf" value="${data.csrf}">
  <button type="submit" class="secondary">${t('web.reminders.dismiss')}</button>
</form>
</div>
</article>`;
  })}</div>`;
}

const chatLabel = (platform: string, chatType: 'p2p' | 'group' | undefined): string =>
  `${platformName(platform)}${chatType ? t(`web.reminders.chat_${chatType}`) : ''}`;

function subscriptionTable(rows: SubscriptionRow[], timeZone: string, ownOnly: boolean): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">${t(ownOnly ? 'web.reminders.no_own_subscriptions' : 'web.reminders.no_subscriptions')}</p>`;
  return html`<table class="compact" id="subscriptions"><thead><tr><th>${t('web.reminders.s_chat')}</th><th>${t('web.reminders.s_subscriber')}</th><th>${t('web.reminders.s_topic')}</th><th>${t('web.reminders.s_schedule')}</th><th>${t('web.reminders.s_since')}</th></tr></thead>
<tbody>${rows.map(
    (s) => html`<tr><td>${chatLabel(s.platform, s.chatType)}</td><td>${s.subscriber}</td>
<td>${s.events ? s.events.join('、') : t('web.reminders.all_events')}</td>
<td>${t('web.reminders.schedule', { days: s.offsets.join('、'), time: s.remindAt })}</td><td>${formatTime(s.createdAt, timeZone)}</td></tr>`,
  )}</tbody></table>`;
}

function deliveryTable(rows: DeliveryRow[], timeZone: string, ownOnly: boolean): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">${t(ownOnly ? 'web.reminders.no_own_deliveries' : 'web.reminders.no_deliveries')}</p>`;
  return html`<table class="compact" id="deliveries"><thead><tr><th>${t('web.reminders.d_at')}</th><th>${t('web.reminders.d_event')}</th><th>${t('web.reminders.d_target')}</th><th>${t('web.reminders.d_status')}</th><th></th></tr></thead>
<tbody>${rows.map(
    (d) => html`<tr><td>${formatTime(d.at, timeZone)}</td><td>${d.eventTitle}</td><td>${chatLabel(d.platform, d.chatType)}${d.subscriber ? html` <span class="muted">${t('web.reminders.by', { who: d.subscriber })}</span>` : ''}</td>
<td><span class="tag ${d.status}">${t(`web.reminders.status_${d.status}`)}</span></td><td class="muted">${[d.late && d.status !== 'missed' ? t('web.reminders.late_note') : '', d.error ? t('web.reminders.error_note', { error: d.error }) : ''].filter(Boolean).join('；')}</td></tr>`,
  )}</tbody></table>`;
}

export function remindersBody(data: RemindersPageData): SafeHtml {
  return html`<section><h2>${t('web.reminders.upcoming')}</h2>${calendarList(data.upcoming, data.next, data.today)}</section>
${data.proposals ? html`<section id="proposals"><h2>${t('web.reminders.proposals')}</h2>${proposalList(data.proposals, data)}</section>` : ''}
${
  data.canEdit
    ? html`<section><h2>${t('web.reminders.add_title')}</h2>${eventForm({ csrf: data.csrf, values: data.form?.values ?? emptyEventForm, error: data.form?.error })}</section>`
    : ''
}
<section><h2>${t('web.reminders.events')}</h2>${eventTable(data.events, data.canEdit)}</section>
<section><h2>${t(data.ownOnly ? 'web.reminders.own_subscriptions' : 'web.reminders.subscriptions')}</h2>${subscriptionTable(data.subscriptions, data.timeZone, data.ownOnly)}</section>
<section><h2>${t(data.ownOnly ? 'web.reminders.own_deliveries' : 'web.reminders.deliveries')}</h2>${deliveryTable(data.deliveries, data.timeZone, data.ownOnly)}</section>`;
}
