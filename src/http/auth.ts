import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { WEB_ADMIN_ID } from '../roles.js';
import type { Clock } from '../clock.js';
import type { Db } from '../store/db.js';
import {
  consumeLoginLink,
  deleteSession,
  findSession,
  insertSession,
  loginLinkUsable,
  purgeExpiredWebAuth,
  type WebPrincipal,
} from '../store/sessions.js';
import type { HttpEnv, HttpServerOptions } from './types.js';
import { loginLinkPage, loginPage } from './views/login.js';

export const SESSION_COOKIE = 'gi_session';
const LOGIN_CSRF_COOKIE = 'gi_login_csrf';

/** The operator signed in with ADMIN_TOKEN: a coordinator for every province. */
export const ADMIN_PRINCIPAL: WebPrincipal = { platform: 'web', userId: WEB_ADMIN_ID, role: { kind: 'coordinator', scope: '*' } };

/** Constant-time string comparison (length differences return false early, which leaks only the length). */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const wantsHtml = (c: Context): boolean => c.req.method === 'GET' && (c.req.header('accept') ?? '').includes('text/html');

/**
 * Requires a live session. Pages (`kind: 'page'`) redirect a browser to /login; API calls and
 * downloads get 401. Every POST must carry the session's CSRF token (form field `_csrf` or
 * header `x-csrf-token`), else 403.
 */
export function requireSession(db: Db, clock: Clock, kind: 'page' | 'api'): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const id = getCookie(c, SESSION_COOKIE);
    const session = id ? findSession(db, id, clock()) : undefined;
    if (!session) {
      if (id) deleteCookie(c, SESSION_COOKIE, { path: '/' });
      if (kind === 'page' && wantsHtml(c)) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
      return c.json({ error: 'unauthorized' }, 401);
    }
    if (c.req.method === 'POST') {
      let token = c.req.header('x-csrf-token');
      if (!token && (c.req.header('content-type') ?? '').match(/^(multipart\/form-data|application\/x-www-form-urlencoded)/)) {
        const field = (await c.req.parseBody())['_csrf'];
        token = typeof field === 'string' ? field : undefined;
      }
      if (!token || !sameSecret(token, session.csrfToken)) {
        c.get('log').warn({ path: c.req.path }, 'csrf token missing or wrong');
        return c.json({ error: 'csrf' }, 403);
      }
    }
    c.set('session', session);
    await next();
  };
}

/** Only where `next` is a local path: never `//host` or a scheme, so login cannot redirect off-site. */
function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])[^\s]*$/.test(next) ? next : '/';
}

/** Platforms where a user can send /登录 to get a new link (WeCom group robots only push). */
const CHAT_PLATFORMS = new Set(['feishu', 'wechat', 'wecom-bot']);

export function mountAuth(app: Hono<HttpEnv>, options: HttpServerOptions): void {
  const { db, clock, config } = options;
  const chatPlatforms = (): boolean => options.status().some((adapter) => CHAT_PLATFORMS.has(adapter.platform));
  const ttlMs = config.SESSION_TTL_HOURS * 3600 * 1000;

  const startSession = (c: Context<HttpEnv>, principal: WebPrincipal, next: string) => {
    purgeExpiredWebAuth(db, clock());
    const { id } = insertSession(db, principal, clock(), ttlMs);
    setCookie(c, SESSION_COOKIE, id, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      // Behind a TLS-terminating proxy the request itself is http; PUBLIC_URL says how users reach us.
      secure: new URL(c.req.url).protocol === 'https:' || Boolean(config.PUBLIC_URL?.startsWith('https:')),
      maxAge: Math.floor(ttlMs / 1000),
    });
    deleteCookie(c, LOGIN_CSRF_COOKIE, { path: '/login' });
    c.get('log').info({ platform: principal.platform, userId: principal.userId, role: principal.role.kind }, 'web sign-in');
    return c.redirect(safeNext(next), 303);
  };

  // The sign-in form is protected by a double-submit cookie, since there is no session yet.
  const loginCsrf = (c: Context<HttpEnv>): string => {
    const token = randomBytes(24).toString('base64url');
    setCookie(c, LOGIN_CSRF_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/login' });
    return token;
  };
  const loginCsrfOk = (c: Context<HttpEnv>, field: unknown): boolean => {
    const cookie = getCookie(c, LOGIN_CSRF_COOKIE);
    return typeof field === 'string' && cookie !== undefined && sameSecret(field, cookie);
  };

  app.get('/login', (c) =>
    c.html(loginPage({ csrf: loginCsrf(c), next: safeNext(c.req.query('next')), adminEnabled: Boolean(config.ADMIN_TOKEN) }).value),
  );

  app.post('/login', async (c) => {
    const body = await c.req.parseBody();
    const next = safeNext(typeof body.next === 'string' ? body.next : undefined);
    if (!loginCsrfOk(c, body._csrf)) return c.json({ error: 'csrf' }, 403);
    const token = typeof body.token === 'string' ? body.token.trim() : '';
    if (!config.ADMIN_TOKEN || !sameSecret(token, config.ADMIN_TOKEN)) {
      c.get('log').warn('web sign-in with a wrong admin token');
      const page = loginPage({ csrf: loginCsrf(c), next, adminEnabled: Boolean(config.ADMIN_TOKEN), error: 'bad_token' });
      return c.html(page.value, 401);
    }
    return startSession(c, ADMIN_PRINCIPAL, next);
  });

  // GET only shows a button: link previews (Feishu unfurls URLs) must not use up the link.
  app.get('/login/:token', (c) => {
    const token = c.req.param('token');
    const usable = loginLinkUsable(db, token, clock());
    return c.html(loginLinkPage({ token, usable, csrf: usable ? loginCsrf(c) : '', chatPlatforms: chatPlatforms() }).value, usable ? 200 : 410);
  });

  app.post('/login/:token', async (c) => {
    const body = await c.req.parseBody();
    if (!loginCsrfOk(c, body._csrf)) return c.json({ error: 'csrf' }, 403);
    const principal = consumeLoginLink(db, c.req.param('token'), clock());
    if (!principal) return c.html(loginLinkPage({ token: '', usable: false, csrf: '', chatPlatforms: chatPlatforms() }).value, 410);
    return startSession(c, principal, '/');
  });

  app.post('/logout', requireSession(db, clock, 'api'), (c) => {
    const id = getCookie(c, SESSION_COOKIE);
    if (id) deleteSession(db, id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });
}
