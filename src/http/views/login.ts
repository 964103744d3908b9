import { t } from '../../texts.js';
import { html, type SafeHtml } from './html.js';
import { documentShell } from './layout.js';

export function loginPage(options: { csrf: string; next: string; adminEnabled: boolean; error?: 'bad_token' }): SafeHtml {
  const { csrf, next, adminEnabled, error } = options;
  return documentShell(
    t('web.login.title'),
    html`<main class="login">
<h1>${t('web.brand')}</h1>
<p>${t('web.login.intro')}</p>
${error ? html`<p class="error" role="alert">${t(`web.login.${error}`)}</p>` : ''}
${
  adminEnabled
    ? html`<form method="post" action="/login">
  <input type="hidden" name="_csrf" value="${csrf}">
  <input type="hidden" name="next" value="${next}">
  <label>${t('web.login.token_label')}<input type="password" name="token" autocomplete="current-password" required></label>
  <button type="submit">${t('web.login.submit')}</button>
</form>`
    : html`<p class="muted">${t('web.login.admin_disabled')}</p>`
}
<p class="muted">${t('web.login.link_hint')}</p>
</main>`,
  );
}

/** The page a one-time link opens: a button, so that link previews cannot use the link up. */
export function loginLinkPage(options: { token: string; usable: boolean; csrf: string; chatPlatforms: boolean }): SafeHtml {
  const { token, usable, csrf } = options;
  return documentShell(
    t('web.login.title'),
    html`<main class="login">
<h1>${t('web.brand')}</h1>
${
  usable
    ? html`<p>${t('web.login.link_intro')}</p>
<form method="post" action="/login/${token}">
  <input type="hidden" name="_csrf" value="${csrf}">
  <button type="submit">${t('web.login.link_submit')}</button>
</form>`
    : html`<p class="error" role="alert">${t(options.chatPlatforms ? 'web.login.link_invalid' : 'web.login.link_invalid_no_chat')}</p><p><a href="/login">${t('web.login.title')}</a></p>`
}
</main>`,
  );
}
