import { t } from '../../bot/texts.js';
import type { Readiness } from '../health.js';
import { html, type SafeHtml } from './html.js';

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

/** Database, index, bot core, adapters, outbox backlog and (when the WeChat adapter serves one) the login QR code. */
export function statusBody(readiness: Readiness, wechatQr: boolean): SafeHtml {
  const yes = (ok: boolean) => html`<span class="tag ${ok ? 'sent' : 'failed'}">${ok ? t('web.status_page.ok') : t('web.status_page.not_ok')}</span>`;
  return html`<p>${t('web.status_page.ready')}: ${yes(readiness.ready)}</p>
<table class="compact"><tbody>
<tr><th>${t('web.status_page.database')}</th><td>${yes(readiness.database.ok)} ${readiness.database.error ?? ''}</td></tr>
<tr><th>${t('web.status_page.index')}</th><td>${yes(readiness.index.ok)} ${t('web.status_page.documents', { n: readiness.index.documents })}</td></tr>
<tr><th>${t('web.status_page.core')}</th><td>${yes(readiness.core.running)} ${t(readiness.core.thread ? 'web.status_page.core_thread' : 'web.status_page.core_inline', { restarts: readiness.core.restarts })}</td></tr>
</tbody></table>
<h2>${t('web.status_page.adapters')}</h2>
${
  readiness.adapters.length
    ? html`<table class="compact"><tbody>${readiness.adapters.map(
        (a) => html`<tr><th>${a.platform}</th><td>${yes(a.connected)} ${a.detail ?? ''}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">${t('web.status_page.no_adapters')}</p>`
}
<h2>${t('web.status_page.outbox')}</h2>
${
  readiness.outbox.length
    ? html`<table class="compact"><thead><tr><th></th><th>${t('web.status_page.pending')}</th><th>${t('web.status_page.failed')}</th></tr></thead><tbody>${readiness.outbox.map(
        (row) => html`<tr><th>${row.platform}</th><td>${row.pending}</td><td>${row.failed}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="muted">${t('web.status_page.outbox_empty')}</p>`
}
${wechatQr ? html`<h2>${t('web.status_page.wechat_qr')}</h2><p class="muted">${t('web.status_page.wechat_qr_hint')}</p><img class="qr" src="/wechat/qr" alt="${t('web.status_page.wechat_qr')}" width="240" height="240">` : ''}`;
}
