import { t } from '../../texts.js';
import type { NominationDetail, NominationQuery, NominationRow, ProvinceQuota, ProvinceTotals } from '../../web-parts.js';
import { barChart, formatPeople, formatYuan, meter, quotaChart } from './charts.js';
import { html, query, type SafeHtml } from './html.js';
import { formatTime } from './layout.js';
import { platformName } from './labels.js';

const quotaText = (quota: number | null): string => (quota === null ? t('web.nominations.no_quota') : String(quota));
const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;
const statusLabel = (status: string): string => t(`web.status.${status}`);
/** The owner by name; one who never gave a name is “飞书用户”, not their platform id. */
const ownerLabel = (row: NominationRow): string => row.ownerName ?? t('web.nominations.someone', { platform: platformName(row.ownerPlatform) });

export interface NominationsPageData {
  rows: NominationRow[];
  /** Rows matching in all (the table shows one page). */
  total: number;
  page: number;
  pageSize: number;
  filter: NominationQuery;
  provinces: string[];
  quotas: ProvinceQuota[];
  totals: ProvinceTotals[];
  /** Coordinators get the bulk exports and the charts; officers see only their own rows. */
  coordinator: boolean;
  timeZone: string;
}

function filterForm(data: NominationsPageData): SafeHtml {
  const { filter, provinces } = data;
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value="${value}"${selected ? html` selected` : ''}>${label}</option>`;
  return html`<form method="get" action="/nominations" class="filters">
  <label>${t('web.nominations.province')}
    <select name="province">${option('', t('web.nominations.all'), !filter.province)}${provinces.map((p) => option(p, p, filter.province === p))}</select>
  </label>
  <label>${t('web.nominations.status')}
    <select name="status">${option('', t('web.nominations.all'), !filter.status)}${(['draft', 'submitted'] as const).map((s) =>
      option(s, statusLabel(s), filter.status === s),
    )}</select>
  </label>
  <label>${t('web.nominations.search')}<input type="search" name="q" value="${filter.search ?? ''}" maxlength="100"></label>
  <button type="submit">${t('web.nominations.apply')}</button>
</form>`;
}

function exportLinks(filter: NominationQuery): SafeHtml {
  const params = { province: filter.province, status: filter.status, q: filter.search };
  const link = (format: string) =>
    html`<a class="button" href="/nominations/export/${format}${query(params)}" download>${t(`web.nominations.export_${format}`)}</a>`;
  return html`<p class="exports">${t('web.nominations.exports')} ${link('csv')} ${link('xlsx')} ${link('summary')}</p>`;
}

function quotaTable(quotas: ProvinceQuota[]): SafeHtml {
  if (quotas.length === 0) return html``;
  return html`<details class="quotas" open><summary>${t('web.nominations.quota_title')}</summary>
<table class="compact"><thead><tr><th>${t('web.nominations.province')}</th><th>${t('web.nominations.quota_used')}</th><th></th></tr></thead>
<tbody>${quotas.map(
    (q) => html`<tr><td>${q.province}</td><td>${q.used} / ${quotaText(q.quota)}</td><td>${q.quota === null ? '' : meter(q.quota ? q.used / q.quota : q.used > 0 ? 2 : 0, `${q.used}/${q.quota}`)}</td></tr>`,
  )}</tbody></table></details>`;
}

function charts(data: NominationsPageData): SafeHtml {
  const quotas = data.quotas.filter((q) => q.used > 0 || (q.quota ?? 0) > 0);
  const totals = data.totals.filter((row) => row.outputValue > 0 || row.employment > 0);
  return html`<section class="charts">
${quotas.length ? quotaChart({
    title: t('web.nominations.chart_quota'),
    data: quotas.map((q) => ({ label: q.province, used: q.used, quota: q.quota })),
    format: (used, quota) => `${used} / ${quotaText(quota)}`,
  }) : ''}
${totals.length ? barChart({
    title: t('web.nominations.chart_output'),
    data: totals.map((row) => ({ label: row.province, value: row.outputValue })),
    format: (value) => formatYuan(value),
  }) : ''}
${totals.length ? barChart({
    title: t('web.nominations.chart_employment'),
    data: totals.map((row) => ({ label: row.province, value: row.employment })),
    format: (value) => formatPeople(value),
  }) : ''}
</section>`;
}

function pager(data: NominationsPageData): SafeHtml {
  const pages = Math.ceil(data.total / data.pageSize);
  if (pages <= 1) return html``;
  const params = { province: data.filter.province, status: data.filter.status, q: data.filter.search };
  const link = (page: number, label: string) => html`<a class="button secondary" href="/nominations${query({ ...params, page: String(page) })}">${label}</a>`;
  return html`<nav class="pager">${data.page > 1 ? link(data.page - 1, t('web.nominations.prev')) : ''}
<span class="muted">${t('web.nominations.page', { page: data.page, pages })}</span>
${data.page < pages ? link(data.page + 1, t('web.nominations.next')) : ''}</nav>`;
}

export function nominationsBody(data: NominationsPageData): SafeHtml {
  const { rows, coordinator, timeZone } = data;
  const table = rows.length
    ? html`<table class="list" id="nominations">
<thead><tr><th>${t('web.nominations.title_col')}</th><th>${t('web.nominations.province')}</th><th>${t('web.nominations.status')}</th><th>${t('web.nominations.completeness')}</th><th>${t('web.nominations.owner')}</th><th>${t('web.nominations.updated')}</th></tr></thead>
<tbody>${rows.map(
        (row) => html`<tr data-province="${row.province ?? ''}">
<td><a href="/nominations/${encodeURIComponent(row.id)}">${row.title}</a></td>
<td>${row.province ?? t('web.nominations.no_province')}</td>
<td><span class="tag ${row.status}">${statusLabel(row.status)}</span></td>
<td>${meter(row.completeness, percent(row.completeness))} ${percent(row.completeness)}</td>
<td>${ownerLabel(row)}</td>
<td>${formatTime(row.updatedAt, timeZone)}</td>
</tr>`,
      )}</tbody></table>`
    : data.total === 0 && !data.filter.province && !data.filter.status && !data.filter.search
      ? html`<p class="muted" id="no-nominations">${t(coordinator ? 'web.nominations.none_yet' : 'web.nominations.none_yet_own')} <a href="/chat">${t('web.nav.chat')}</a></p>`
      : html`<p class="muted">${t('web.nominations.empty')}</p>`;
  return html`${filterForm(data)}
${coordinator ? exportLinks(data.filter) : ''}
<p class="muted">${t('web.nominations.count', { n: data.total })}</p>
${table}
${pager(data)}
${coordinator ? quotaTable(data.quotas) : ''}
${coordinator ? charts(data) : ''}`;
}

export function nominationDetailBody(detail: NominationDetail, timeZone: string): SafeHtml {
  const { row, fields, audit } = detail;
  return html`<p><a href="/nominations">← ${t('web.nominations.back')}</a>
  <a class="button" href="/nominations/${encodeURIComponent(row.id)}/docx" download>${t('web.nominations.export_docx')}</a></p>
<dl class="facts">
  <dt>${t('web.nominations.province')}</dt><dd>${row.province ?? t('web.nominations.no_province')}</dd>
  <dt>${t('web.nominations.status')}</dt><dd><span class="tag ${row.status}">${statusLabel(row.status)}</span></dd>
  <dt>${t('web.nominations.completeness')}</dt><dd>${meter(row.completeness, percent(row.completeness))} ${percent(row.completeness)}</dd>
  <dt>${t('web.nominations.owner')}</dt><dd>${ownerLabel(row)}</dd>
  <dt>${t('web.nominations.updated')}</dt><dd>${formatTime(row.updatedAt, timeZone)}</dd>
</dl>
<h2>${t('web.nominations.fields')}</h2>
<table class="fields"><tbody>${fields.map(
    (field) => html`<tr class="${field.flagged ? 'flagged' : ''}"><th>${field.label}</th><td>${field.display || html`<span class="muted">${t('web.nominations.unfilled')}</span>`}${
      field.flagged ? html` <span class="tag flag">${t('web.nominations.flagged')}</span>` : ''
    }</td></tr>`,
  )}</tbody></table>
<h2>${t('web.nominations.audit')}</h2>
${
  audit.length
    ? html`<table class="compact audit"><thead><tr><th class="nowrap">${t('web.nominations.audit_at')}</th><th class="nowrap">${t('web.nominations.audit_actor')}</th><th class="nowrap">${t('web.nominations.audit_action')}</th><th class="nowrap">${t('web.nominations.audit_field')}</th><th>${t('web.nominations.audit_old')}</th><th>${t('web.nominations.audit_new')}</th></tr></thead>
<tbody>${audit.map(
        (entry) => html`<tr><td class="nowrap">${formatTime(entry.at, timeZone)}</td><td class="nowrap">${entry.actor}</td><td class="nowrap">${entry.action}</td><td class="nowrap">${entry.field ?? ''}</td><td>${entry.oldValue ?? ''}</td><td>${entry.newValue ?? ''}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">${t('web.nominations.no_audit')}</p>`
}`;
}
