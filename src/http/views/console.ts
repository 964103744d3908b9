import { t } from '../../texts.js';
import type { Readiness } from '../health.js';
import type { AdapterStatus } from '../../platform.js';
import { html, type SafeHtml } from './html.js';
import { platformName } from './labels.js';

/** The test chat: messages go through the same bot core as Feishu/WeChat (see /assets/console.js). */
export function chatBody(botName: string): SafeHtml {
  return html`<p class="muted">${t('web.chat.intro', { bot: botName })}</p>
<div class="chat" id="chat" aria-live="polite">
  <div class="bubble bot">${t('web.chat.greeting', { bot: botName })}</div>
</div>
<form class="chat-input" id="chat-form">
  <input type="text" name="text" id="chat-text" maxlength="5000" autocomplete="off" placeholder="${t('web.chat.placeholder')}" required>
  <button type="submit">${t('web.chat.send')}</button>
</form>
<template id="chat-error">${t('web.chat.error')}</template>`;
}

/** What the status page knows besides readiness. */
export interface StatusContext {
  /** Chats subscribed to reminders through WeCom group robots. */
  wecomRobots: number;
  wechatQr: boolean;
}

type Health = 'ok' | 'bad' | 'idle';

/**
 * How each platform's row reads. A platform without an entry shows its connection state;
 * an adapter with more to say (a WeCom robot nobody uses yet) adds one here.
 */
const ADAPTER_HEALTH: Record<string, (adapter: AdapterStatus, context: StatusContext) => { health: Health; note?: string }> = {
  wecom: (adapter, context) => (context.wecomRobots === 0 ? { health: 'idle', note: t('web.status_page.wecom_idle') } : connection(adapter)),
};

function connection(adapter: AdapterStatus): { health: Health; note?: string } {
  return { health: adapter.connected ? 'ok' : 'bad', note: adapter.detail && t('web.status_page.last_error', { detail: adapter.detail }) };
}

const TAGS: Record<Health, { css: string; key: string }> = {
  ok: { css: 'sent', key: 'web.status_page.ok' },
  bad: { css: 'failed', key: 'web.status_page.not_ok' },
  idle: { css: 'queued', key: 'web.status_page.idle' },
};

const tag = (health: Health) => html`<span class="tag ${TAGS[health].css}">${t(TAGS[health].key)}</span>`;
const yes = (ok: boolean) => tag(ok ? 'ok' : 'bad');

function adapterRow(adapter: AdapterStatus, context: StatusContext): SafeHtml {
  const { health, note } = (ADAPTER_HEALTH[adapter.platform] ?? connection)(adapter, context);
  return html`<tr><th>${platformName(adapter.platform)}</th><td>${tag(health)} ${note ?? ''}</td></tr>`;
}

/** Database, index, bot core, adapters, outbox backlog and (when the WeChat adapter serves one) the login QR code. */
export function statusBody(readiness: Readiness, context: StatusContext): SafeHtml {
  return html`<p>${t('web.status_page.ready')}: ${yes(readiness.ready)}</p>
<table class="compact"><tbody>
<tr><th>${t('web.status_page.database')}</th><td>${yes(readiness.database.ok)} ${readiness.database.error ?? ''}</td></tr>
<tr><th>${t('web.status_page.index')}</th><td>${yes(readiness.index.ok)} ${t('web.status_page.documents', { n: readiness.index.documents })}</td></tr>
<tr><th>${t('web.status_page.core')}</th><td>${yes(readiness.core.running)} ${readiness.core.restarts > 0 ? t('web.status_page.core_restarts', { restarts: readiness.core.restarts }) : ''}</td></tr>
</tbody></table>
<h2>${t('web.status_page.adapters')}</h2>
${
  readiness.adapters.length
    ? html`<table class="compact" id="adapters"><tbody>${readiness.adapters.map((a) => adapterRow(a, context))}</tbody></table>`
    : html`<p class="muted">${t('web.status_page.no_adapters')}</p>`
}
<h2>${t('web.status_page.outbox')}</h2>
${
  readiness.outbox.length
    ? html`<table class="compact"><thead><tr><th></th><th>${t('web.status_page.pending')}</th><th>${t('web.status_page.failed')}</th></tr></thead><tbody>${readiness.outbox.map(
        (row) => html`<tr><th>${platformName(row.platform)}</th><td>${row.pending}</td><td>${row.failed}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">${t('web.status_page.outbox_empty')}</p>`
}
${context.wechatQr ? html`<h2>${t('web.status_page.wechat_qr')}</h2><p class="muted">${t('web.status_page.wechat_qr_hint')}</p><img class="qr" src="/wechat/qr" alt="${t('web.status_page.wechat_qr')}" width="240" height="240">` : ''}`;
}
