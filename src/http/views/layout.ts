import { t } from '../../texts.js';
import { formatLocalTime } from '../../local-time.js';
import { isWebAdmin } from '../identity.js';
import type { WebSession } from '../../store/sessions.js';
import { html, type SafeHtml } from './html.js';
import { platformName } from './labels.js';

export type Section = 'nominations' | 'reminders' | 'knowledge' | 'chat' | 'status';

const SECTIONS: { key: Section; href: string }[] = [
  { key: 'nominations', href: '/nominations' },
  { key: 'reminders', href: '/reminders' },
  { key: 'knowledge', href: '/knowledge' },
  { key: 'chat', href: '/chat' },
  { key: 'status', href: '/status' },
];

/** How the signed-in user is named in the header. */
export function whoLabel(session: WebSession): string {
  if (isWebAdmin(session)) return t('web.who.admin');
  return session.role.kind === 'coordinator'
    ? t('web.who.coordinator', { scope: session.role.scope === '*' ? t('web.who.all') : session.role.scope })
    : t('web.who.officer', { platform: platformName(session.platform) });
}

/** A bare document (the login pages use it without navigation). */
export function documentShell(title: string, body: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t('web.brand')}</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/console.css">
<script src="/assets/console.js" defer></script>
</head>
<body>
${body}
</body>
</html>`;
}

/** A console page: header with navigation, the signed-in user, sign-out, then the content. */
export function layout(options: { title: string; section: Section; session: WebSession; body: SafeHtml; notice?: string }): SafeHtml {
  const { title, section, session, body, notice } = options;
  const nav = SECTIONS.map(
    (item) => html`<a href="${item.href}" class="${item.key === section ? 'active' : ''}">${t(`web.nav.${item.key}`)}</a>`,
  );
  return documentShell(
    title,
    html`<header class="top">
  <span class="brand">${t('web.brand')}</span>
  <nav>${nav}</nav>
  <span class="who">${whoLabel(session)}</span>
  <form method="post" action="/logout" class="inline">
    <input type="hidden" name="_csrf" value="${session.csrfToken}">
    <button type="submit" class="link">${t('web.logout')}</button>
  </form>
</header>
<main data-csrf="${session.csrfToken}">
<h1>${title}</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
${body}
</main>`,
  );
}

/** The body of a page whose provider was not wired in. */
export const disabled = (feature: string): SafeHtml => html`<p class="muted">${t('web.disabled', { feature })}</p>`;

/** Formats an ISO timestamp in the service time zone, e.g. 2026-05-08 17:00. */
export const formatTime = formatLocalTime;
